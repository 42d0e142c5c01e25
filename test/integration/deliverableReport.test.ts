import { describe, expect, it } from 'vitest';
import type { TestBackend } from '../support/backend';
import { offerInput } from '../support/offers';
import {
  acceptOfferBetween,
  decodeOfferFile as decode,
  encodeOfferFile as encode,
  twoInstallationsEachTest,
  signOfferFileAs as signAs,
} from '../support/creatorInstall';
import { expectOfferFileRefused, importFirstAnswer } from '../support/offerFiles';

/**
 * Deliverable statuses in the creator's answer file (offer file format 2): the creator's tracker travels
 * to the brand, whose tracker follows forward only; older (format 1) files still import; a tampered or
 * refused file changes nothing.
 */
const { brand, creator, s } = twoInstallationsEachTest();

/** Brand sends, creator accepts at once; both sides then hold the accepted offer and its deliverables. */
const acceptedOnBothSides = () => acceptOfferBetween(brand, creator, s);

const statusesOf = async (b: TestBackend, id: string) =>
  (await b.call('offers.get', { id })).deliverables.map((d) => d.status);

describe('deliverable statuses in the creator’s answer file', () => {
  it('carries the creator’s 已提交 and 已发布 to the brand’s tracker and calendar', async () => {
    const { brandOffer, inbox, answer } = await acceptedOnBothSides();
    const first = decode(answer.base64);
    expect(first).toMatchObject({ formatVersion: 2, action: 'accept', state: 'accepted' });
    expect(first.deliverables?.map((d) => d.status)).toEqual(['due', 'due']);
    expect(brandOffer.deliverables.map((d) => d.status)).toEqual(['due', 'due']);

    const [video, live] = inbox.deliverables;
    await creator.call('deliverables.setStatus', { id: video!.id, status: 'submitted' });
    await creator.call('deliverables.setStatus', { id: live!.id, status: 'published' });
    const report = await creator.call('offers.exportFile', { id: inbox.id });
    expect(report.fileName).toBe('offer-xiaolu_skin-r2-accepted.mdoffer');
    expect(decode(report.base64).deliverables?.map((d) => [d.key, d.status])).toEqual([
      [video!.key, 'submitted'],
      [live!.key, 'published'],
    ]);

    const imported = await brand.call('offers.importFile', { base64: report.base64 });
    expect(imported.deliverables?.map((l) => [l.position, l.from, l.reported, l.outcome])).toEqual([
      [1, 'due', 'submitted', 'applied'],
      [2, 'due', 'published', 'applied'],
    ]);
    expect(imported.offer.deliverables.map((d) => d.status)).toEqual(['submitted', 'published']);
    expect(imported.offer.revisions).toHaveLength(brandOffer.revisions.length);
    const items = await Promise.all(
      imported.offer.deliverables.map((d) => brand.call('content.get', { id: d.contentItemId! })),
    );
    expect(items.map((i) => i.status)).toEqual(['review', 'published']);

    // The brand approves the submission; the creator's next file (still 已提交 there) does not undo it.
    await brand.call('deliverables.setStatus', {
      id: imported.offer.deliverables[0]!.id,
      status: 'approved',
    });
    const again = await brand.call('offers.importFile', {
      base64: (await creator.call('offers.exportFile', { id: inbox.id })).base64,
    });
    expect(again.deliverables?.map((l) => l.outcome)).toEqual(['kept', 'unchanged']);
    expect(await statusesOf(brand, brandOffer.id)).toEqual(['approved', 'published']);
  });

  it('lets the creator send statuses when the brand made the last move (accepting a counter)', async () => {
    const draft = await brand.call('offers.create', offerInput(s));
    const brandOffer = await brand.call('offers.send', { id: draft.id });
    const sent = await brand.call('offers.exportFile', { id: brandOffer.id });
    const inbox = (await creator.call('offers.importFile', { base64: sent.base64 })).offer;
    await creator.call('offers.counter', { id: inbox.id, feeYuan: 58_000 });
    const counter = await creator.call('offers.exportFile', { id: inbox.id });
    // Nothing to report yet: an answer without statuses stays format 1, readable by older versions.
    expect(decode(counter.base64).formatVersion).toBe(1);
    await importFirstAnswer(counter.base64, creator, inbox.id, brand, brandOffer.id);
    await brand.call('offers.accept', { id: brandOffer.id });
    const acceptance = await brand.call('offers.exportFile', { id: brandOffer.id });
    const atCreator = (await creator.call('offers.importFile', { base64: acceptance.base64 })).offer;
    // The brand's acceptance carries its (new, all 待交付) tracker: the brand's statuses are format 3.
    expect(decode(acceptance.base64)).toMatchObject({
      formatVersion: 3,
      deliverables: [{ status: 'due' }, { status: 'due' }],
    });
    expect(atCreator).toMatchObject({ state: 'accepted', canExport: true });

    await creator.call('deliverables.setStatus', { id: atCreator.deliverables[0]!.id, status: 'submitted' });
    const report = await creator.call('offers.exportFile', { id: inbox.id });
    expect(report.fileName).toBe('offer-xiaolu_skin-r3-deliverables.mdoffer');
    const imported = await brand.call('offers.importFile', { base64: report.base64 });
    expect(imported.deliverables?.map((l) => l.outcome)).toEqual(['applied', 'unchanged']);
    expect(await statusesOf(brand, brandOffer.id)).toEqual(['submitted', 'due']);
    expect(await statusesOf(creator, inbox.id)).toEqual(['submitted', 'due']);
  });

  it('still imports a format-1 answer from an older MatrixDesk', async () => {
    const draft = await brand.call('offers.create', offerInput(s));
    const brandOffer = await brand.call('offers.send', { id: draft.id });
    const sent = await brand.call('offers.exportFile', { id: brandOffer.id });
    const inbox = (await creator.call('offers.importFile', { base64: sent.base64 })).offer;
    await creator.call('offers.accept', { id: inbox.id });
    const current = decode((await creator.call('offers.exportFile', { id: inbox.id })).base64);
    const { signature: _signature, deliverables: _deliverables, ...rest } = current;
    const old = signAs(creator, { ...rest, formatVersion: 1 });
    const atBrand = await importFirstAnswer(old, creator, inbox.id, brand, brandOffer.id);
    expect(atBrand).toMatchObject({ state: 'accepted' });
    expect(atBrand.deliverables.map((d) => d.status)).toEqual(['due', 'due']);
  });
});

describe('deliverable statuses that are refused, changing nothing', () => {
  it('refuses a tampered status (the signature no longer matches)', async () => {
    const { inbox } = await acceptedOnBothSides();
    await creator.call('deliverables.setStatus', { id: inbox.deliverables[0]!.id, status: 'submitted' });
    const file = decode((await creator.call('offers.exportFile', { id: inbox.id })).base64);
    file.deliverables![1]!.status = 'published';
    await expectOfferFileRefused(brand, encode(file), 'bad_signature', { reason: 'offerFile.badSignature' });
  });

  it('refuses a file that approves on the brand’s behalf, whole, naming the deliverable', async () => {
    const { brandOffer, inbox } = await acceptedOnBothSides();
    const [video, live] = inbox.deliverables;
    await creator.call('deliverables.setStatus', { id: video!.id, status: 'approved' });
    await creator.call('deliverables.setStatus', { id: live!.id, status: 'submitted' });
    const base64 = (await creator.call('offers.exportFile', { id: inbox.id })).base64;
    const err = await expectOfferFileRefused(brand, base64, 'illegal_transition', {
      code: 'invalid_state',
      reason: 'deliverableReport.refused',
    });
    expect(err.issues?.slice(1)).toEqual([
      expect.objectContaining({
        path: ['deliverables', 1],
        code: 'deliverableReport.brandApproves',
        params: expect.objectContaining({ position: 1, from: 'due', to: 'approved' }),
      }),
    ]);
    // Nothing half-applied: the live session's legal 已提交 did not go through either.
    expect(await statusesOf(brand, brandOffer.id)).toEqual(['due', 'due']);
  });

  it('refuses statuses on a format-1 file, unknown deliverables and a completed offer', async () => {
    const { brandOffer, inbox } = await acceptedOnBothSides();
    const current = decode((await creator.call('offers.exportFile', { id: inbox.id })).base64);
    const { signature: _signature, ...unsigned } = current;
    await expectOfferFileRefused(brand, signAs(creator, { ...unsigned, formatVersion: 1 }), 'malformed', {
      reason: 'offerFile.damaged',
    });
    const unknown = unsigned.deliverables!.map((d, i) => (i === 0 ? { ...d, key: 'nope' } : d));
    await expectOfferFileRefused(
      brand,
      signAs(creator, { ...unsigned, deliverables: unknown }),
      'malformed',
      { reason: 'deliverableReport.unknownDeliverable' },
    );

    for (const d of brandOffer.deliverables)
      await brand.call('deliverables.setStatus', { id: d.id, status: 'published' });
    await brand.call('offers.complete', { id: brandOffer.id });
    await creator.call('deliverables.setStatus', { id: inbox.deliverables[0]!.id, status: 'submitted' });
    const late = (await creator.call('offers.exportFile', { id: inbox.id })).base64;
    // The brand's completion (revision 3) is newer than the accepted revision the creator's file restates.
    await expectOfferFileRefused(brand, late, 'stale', {
      code: 'conflict',
      reason: 'offerFile.alreadyFinal',
    });
  });
});
