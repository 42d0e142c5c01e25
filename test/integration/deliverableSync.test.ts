import { describe, expect, it } from 'vitest';
import { createTestBackend, snapshotTables, type TestBackend } from '../support/backend';
import {
  acceptOfferBetween,
  decodeOfferFile as decode,
  encodeOfferFile as encode,
  setUpCreatorProfile,
  twoInstallationsEachTest,
  signOfferFileAs as signAs,
} from '../support/creatorInstall';
import { expectOfferFileRefused } from '../support/offerFiles';

/**
 * So both trackers agree (issue 11 §6): the brand's status file (offer file format 3) carries its
 * verdicts (已审核, its completion) to the creator, whose tracker follows forward only; the creator's
 * answer file carries the published link to the brand. Tampered files, files for another offer or
 * installation, stale revisions and bad links are refused whole, nothing written.
 */
const { brand, creator, s } = twoInstallationsEachTest();

/** Brand sends, the creator (installation `c`) accepts, codes confirmed: both hold the accepted offer. */
const acceptedWith = (c: TestBackend) => acceptOfferBetween(brand, c, s);

const tracker = async (b: TestBackend, id: string) =>
  (await b.call('offers.get', { id })).deliverables.map((d) => [d.status, d.publishedUrl]);

const LINK = 'https://v.douyin.com/iRkQ8aB/';

/** A file whose deliverable lines break the format's rules: refused as damaged, nothing written. */
const expectDamaged = (b: TestBackend, base64: string) =>
  expectOfferFileRefused(b, base64, 'malformed', { reason: 'offerFile.damaged' });

describe('the brand’s verdicts reach the creator’s tracker', () => {
  it('round trip: creator 已提交 with link → brand 已审核 → creator sees 已审核 → 已发布 → brand', async () => {
    const { brandOffer, inbox } = await acceptedWith(creator);
    const [video, live] = inbox.deliverables;

    await creator.call('deliverables.setStatus', { id: video!.id, status: 'submitted', publishedUrl: LINK });
    const report = await creator.call('offers.exportFile', { id: inbox.id });
    expect(decode(report.base64)).toMatchObject({
      formatVersion: 3,
      deliverables: [{ key: video!.key, status: 'submitted', publishedUrl: LINK }, { status: 'due' }],
    });
    const atBrand = await brand.call('offers.importFile', { base64: report.base64 });
    expect(atBrand.deliverables?.map((l) => [l.outcome, l.publishedUrl, l.linkChanged])).toEqual([
      ['applied', LINK, true],
      ['unchanged', null, false],
    ]);
    expect(await tracker(brand, brandOffer.id)).toEqual([
      ['submitted', LINK],
      ['due', null],
    ]);

    await brand.call('deliverables.setStatus', { id: brandOffer.deliverables[0]!.id, status: 'approved' });
    const verdict = await brand.call('offers.exportFile', { id: brandOffer.id });
    expect(verdict.fileName).toBe('offer-xiaolu_skin-r2-deliverables.mdoffer');
    const verdictFile = decode(verdict.base64);
    expect(verdictFile).toMatchObject({ formatVersion: 3, senderRole: 'brand', state: 'accepted' });
    // Links travel from the creator only.
    expect(verdictFile.deliverables?.map((d) => [d.status, d.publishedUrl])).toEqual([
      ['approved', undefined],
      ['due', undefined],
    ]);

    const before = (await creator.call('offers.get', { id: inbox.id })).revisions.length;
    const atCreator = await creator.call('offers.importFile', { base64: verdict.base64 });
    expect(atCreator.deliverables?.map((l) => [l.position, l.from, l.reported, l.outcome])).toEqual([
      [1, 'submitted', 'approved', 'applied'],
      [2, 'due', 'due', 'unchanged'],
    ]);
    expect(atCreator.offer.revisions).toHaveLength(before);
    expect(await tracker(creator, inbox.id)).toEqual([
      ['approved', LINK],
      ['due', null],
    ]);

    // The creator publishes; the brand's calendar item goes out with the creator's link.
    await creator.call('deliverables.setStatus', { id: video!.id, status: 'published' });
    await creator.call('deliverables.setStatus', { id: live!.id, status: 'submitted' });
    const published = await brand.call('offers.importFile', {
      base64: (await creator.call('offers.exportFile', { id: inbox.id })).base64,
    });
    expect(published.deliverables?.map((l) => l.outcome)).toEqual(['applied', 'applied']);
    const item = await brand.call('content.get', { id: published.offer.deliverables[0]!.contentItemId! });
    expect(item).toMatchObject({ status: 'published', publishedUrl: LINK });

    // The brand's older verdict file arriving late moves nothing back on the creator's side.
    const late = await creator.call('offers.importFile', { base64: verdict.base64 });
    expect(late.deliverables?.map((l) => l.outcome)).toEqual(['kept', 'kept']);
    expect(await tracker(creator, inbox.id)).toEqual([
      ['published', LINK],
      ['submitted', null],
    ]);
  });

  it('the brand’s completion carries its last statuses to the creator', async () => {
    const { brandOffer, inbox } = await acceptedWith(creator);
    for (const d of brandOffer.deliverables)
      await brand.call('deliverables.setStatus', { id: d.id, status: 'published' });
    await brand.call('offers.complete', { id: brandOffer.id });
    const completion = await brand.call('offers.exportFile', { id: brandOffer.id });
    expect(decode(completion.base64)).toMatchObject({
      formatVersion: 3,
      action: 'complete',
      state: 'completed',
    });
    const atCreator = await creator.call('offers.importFile', { base64: completion.base64 });
    expect(atCreator.offer.state).toBe('completed');
    expect(atCreator.deliverables?.map((l) => l.outcome)).toEqual(['applied', 'applied']);
    expect(await tracker(creator, inbox.id)).toEqual([
      ['published', null],
      ['published', null],
    ]);
  });
});

describe('brand status files that are refused at the creator, changing nothing', () => {
  it('refuses a tampered verdict (the signature no longer matches)', async () => {
    const { brandOffer } = await acceptedWith(creator);
    await brand.call('deliverables.setStatus', { id: brandOffer.deliverables[0]!.id, status: 'approved' });
    const file = decode((await brand.call('offers.exportFile', { id: brandOffer.id })).base64);
    file.deliverables![1]!.status = 'approved';
    await expectOfferFileRefused(creator, encode(file), 'bad_signature', {
      reason: 'offerFile.badSignature',
    });
  });

  it('refuses a verdict for another offer, and one made for another creator’s installation', async () => {
    const { brandOffer } = await acceptedWith(creator);
    const other = await createTestBackend();
    try {
      await setUpCreatorProfile(other);
      const { brandOffer: theirs } = await acceptedWith(other);
      await brand.call('deliverables.setStatus', { id: theirs.deliverables[0]!.id, status: 'submitted' });
      const forOther = (await brand.call('offers.exportFile', { id: theirs.id })).base64;
      await expectOfferFileRefused(creator, forOther, 'wrong_recipient', {
        reason: 'offerFile.wrongRecipient',
      });

      const { signature: _s, ...mine } = decode(
        (await brand.call('offers.exportFile', { id: brandOffer.id })).base64,
      );
      await expectOfferFileRefused(
        creator,
        signAs(brand, { ...mine, offerId: theirs.exchangeId }),
        'unknown_offer',
        { code: 'not_found', reason: 'offerFile.notInInbox' },
      );
    } finally {
      other.close();
    }
  });

  it('refuses a stale verdict: the offer moved on, or the file restates a revision not held here', async () => {
    const { brandOffer } = await acceptedWith(creator);
    const { signature: _s, ...unsigned } = decode(
      (await brand.call('offers.exportFile', { id: brandOffer.id })).base64,
    );
    await expectOfferFileRefused(
      creator,
      signAs(brand, { ...unsigned, terms: { ...unsigned.terms, title: 'Another title' } }),
      'stale',
      { code: 'conflict', reason: 'deliverableReport.notThisRevision' },
    );

    const verdict = (await brand.call('offers.exportFile', { id: brandOffer.id })).base64;
    for (const d of brandOffer.deliverables)
      await brand.call('deliverables.setStatus', { id: d.id, status: 'published' });
    await brand.call('offers.complete', { id: brandOffer.id });
    await creator.call('offers.importFile', {
      base64: (await brand.call('offers.exportFile', { id: brandOffer.id })).base64,
    });
    await expectOfferFileRefused(creator, verdict, 'stale', {
      code: 'conflict',
      reason: 'offerFile.alreadyFinal',
    });
  });
});

describe('published links', () => {
  it('refuses a bad link, naming the field, with nothing changed', async () => {
    const { inbox } = await acceptedWith(creator);
    const id = inbox.deliverables[0]!.id;
    for (const [publishedUrl, code] of [
      ['javascript:alert(1)', 'field.webAddress'],
      ['file:///etc/passwd', 'field.webAddress'],
      ['douyin.com/video/1', 'field.webAddress'],
      [`https://v.douyin.com/${'x'.repeat(500)}`, 'field.maxLength'],
    ] as const) {
      const before = snapshotTables(creator.backend);
      const err = await creator.fail('deliverables.setStatus', { id, status: 'submitted', publishedUrl });
      expect(err.code).toBe('invalid_input');
      expect(err.issues?.[0]).toMatchObject({ path: ['publishedUrl'], code });
      expect(snapshotTables(creator.backend)).toEqual(before);
    }
    const before = snapshotTables(creator.backend);
    const err = await creator.fail('deliverables.setStatus', { id, status: 'due', publishedUrl: LINK });
    expect(err.issues?.[0]).toMatchObject({ path: ['publishedUrl'], code: 'deliverableLink.wrongStatus' });
    expect(snapshotTables(creator.backend)).toEqual(before);
  });

  it('refuses a creator file whose link is not http/https, and brand files carrying links', async () => {
    const { brandOffer, inbox } = await acceptedWith(creator);
    await creator.call('deliverables.setStatus', { id: inbox.deliverables[0]!.id, status: 'submitted' });
    const { signature: _s, ...unsigned } = decode(
      (await creator.call('offers.exportFile', { id: inbox.id })).base64,
    );
    expect(unsigned.formatVersion).toBe(2);
    const bad = unsigned.deliverables!.map((d, i) =>
      i === 0 ? { ...d, publishedUrl: 'javascript:alert(1)' } : d,
    );
    await expectDamaged(brand, signAs(creator, { ...unsigned, formatVersion: 3, deliverables: bad }));
    // A format-2 file cannot carry links at all.
    const linked = unsigned.deliverables!.map((d, i) => (i === 0 ? { ...d, publishedUrl: LINK } : d));
    await expectDamaged(brand, signAs(creator, { ...unsigned, deliverables: linked }));

    const { signature: _b, ...fromBrand } = decode(
      (await brand.call('offers.exportFile', { id: brandOffer.id })).base64,
    );
    const brandLinked = fromBrand.deliverables!.map((d) => ({ ...d, publishedUrl: LINK }));
    await expectDamaged(creator, signAs(brand, { ...fromBrand, deliverables: brandLinked }));
  });

  it('a link entered later on the same status still travels', async () => {
    const { brandOffer, inbox } = await acceptedWith(creator);
    const id = inbox.deliverables[1]!.id;
    await creator.call('deliverables.setStatus', { id, status: 'published' });
    await brand.call('offers.importFile', {
      base64: (await creator.call('offers.exportFile', { id: inbox.id })).base64,
    });
    const item = (await brand.call('offers.get', { id: brandOffer.id })).deliverables[1]!;
    expect(await brand.call('content.get', { id: item.contentItemId! })).toMatchObject({
      status: 'published',
      publishedUrl: null,
    });
    await creator.call('deliverables.setStatus', { id, status: 'published', publishedUrl: LINK });
    const again = await brand.call('offers.importFile', {
      base64: (await creator.call('offers.exportFile', { id: inbox.id })).base64,
    });
    expect(again.deliverables?.map((l) => [l.outcome, l.linkChanged])).toEqual([
      ['unchanged', false],
      ['unchanged', true],
    ]);
    expect(await tracker(brand, brandOffer.id)).toEqual([
      ['due', null],
      ['published', LINK],
    ]);
    expect(await brand.call('content.get', { id: item.contentItemId! })).toMatchObject({
      publishedUrl: LINK,
    });
  });
});
