import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshotTables, type TestBackend } from '../support/backend';
import {
  acceptOfferBetween,
  decodeOfferFile as decode,
  encodeOfferFile as encode,
  setUpTwoInstallations,
  signOfferFileAs as signAs,
  twoInstallationsEachTest,
} from '../support/creatorInstall';
import { expectOfferFileRefused } from '../support/offerFiles';

/**
 * The brand sends a deliverable back for changes (退回修改, issue 11 §6): its backward move travels in its
 * status file (offer file format 4) with the optional reason and moves the creator's tracker back when it
 * is newer than the creator's state; stale files still move nothing back; the brand enters or corrects a
 * published link itself. The clock is stepped a minute per move, so "newer" never rests on luck.
 */
let clock = Date.parse('2026-11-02T02:00:00Z');
const tick = () => vi.setSystemTime((clock += 60_000));
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  tick();
});
afterEach(() => vi.useRealTimers());
const two = twoInstallationsEachTest();

const LINK = 'https://v.douyin.com/iRkQ8aB/';
const exportOf = async (b: TestBackend, id: string) => (await b.call('offers.exportFile', { id })).base64;
const statuses = async (b: TestBackend, id: string) =>
  (await b.call('offers.get', { id })).deliverables.map((d) => [d.status, d.sentBack?.reason ?? d.sentBack]);

/** Accepted on both sides; the creator submitted the video with its link and the brand imported it. */
async function submitted() {
  const { brandOffer, inbox } = await acceptOfferBetween(two.brand, two.creator, two.s);
  tick();
  await two.creator.call('deliverables.setStatus', {
    id: inbox.deliverables[0]!.id,
    status: 'submitted',
    publishedUrl: LINK,
  });
  const creatorFile = await exportOf(two.creator, inbox.id);
  await two.brand.call('offers.importFile', { base64: creatorFile });
  tick();
  return { brandOffer, inbox, video: brandOffer.deliverables[0]!, creatorFile };
}

describe('a send-back reaches the creator', () => {
  it('round trip: 已提交 sent back with a reason → creator sees 退回修改 → resubmits → brand sees 已提交', async () => {
    const { brandOffer, inbox, video } = await submitted();
    const back = await two.brand.call('deliverables.setStatus', {
      id: video.id,
      status: 'due',
      sendBackReason: '  口播里少了产品名  ',
    });
    expect(back).toMatchObject({ status: 'due', sentBack: { reason: '口播里少了产品名' } });

    const sendBack = await exportOf(two.brand, brandOffer.id);
    const file = decode(sendBack);
    expect(file).toMatchObject({ formatVersion: 4, senderRole: 'brand' });
    expect(file.deliverables?.map((d) => [d.status, d.sentBack])).toEqual([
      ['due', { reason: '口播里少了产品名' }],
      ['due', undefined],
    ]);

    tick();
    const atCreator = await two.creator.call('offers.importFile', { base64: sendBack });
    expect(atCreator.deliverables?.map((l) => [l.from, l.reported, l.outcome, l.sendBackReason])).toEqual([
      ['submitted', 'due', 'sentBack', '口播里少了产品名'],
      ['due', 'due', 'unchanged', null],
    ]);
    expect(await statuses(two.creator, inbox.id)).toEqual([
      ['due', '口播里少了产品名'],
      ['due', null],
    ]);
    // Reading the same file again changes nothing and says so.
    const again = await two.creator.call('offers.importFile', { base64: sendBack });
    expect(again.deliverables?.map((l) => l.outcome)).toEqual(['unchanged', 'unchanged']);

    tick();
    await two.creator.call('deliverables.setStatus', { id: inbox.deliverables[0]!.id, status: 'submitted' });
    expect(await statuses(two.creator, inbox.id)).toEqual([
      ['submitted', null],
      ['due', null],
    ]);
    tick();
    const resubmitted = await two.brand.call('offers.importFile', {
      base64: await exportOf(two.creator, inbox.id),
    });
    expect(resubmitted.deliverables?.map((l) => l.outcome)).toEqual(['applied', 'unchanged']);
    expect(await statuses(two.brand, brandOffer.id)).toEqual([
      ['submitted', null],
      ['due', null],
    ]);
    // The brand's next file says nothing of a send-back any more (format 3 again).
    expect(decode(await exportOf(two.brand, brandOffer.id)).formatVersion).toBe(3);

    // The old send-back arriving late does not undo the resubmission.
    const late = await two.creator.call('offers.importFile', { base64: sendBack });
    expect(late.deliverables?.map((l) => l.outcome)).toEqual(['kept', 'unchanged']);
    expect(await statuses(two.creator, inbox.id)).toEqual([
      ['submitted', null],
      ['due', null],
    ]);
  });

  it('已审核 → 已提交 without a reason travels too, and the calendar item goes back to review', async () => {
    const { brandOffer, inbox, video } = await submitted();
    await two.brand.call('deliverables.setStatus', { id: video.id, status: 'approved' });
    tick();
    await two.creator.call('offers.importFile', { base64: await exportOf(two.brand, brandOffer.id) });
    expect((await statuses(two.creator, inbox.id))[0]).toEqual(['approved', null]);
    tick();
    await two.brand.call('deliverables.setStatus', { id: video.id, status: 'submitted' });
    expect(await two.brand.call('content.get', { id: video.contentItemId! })).toMatchObject({
      status: 'review',
    });
    const file = decode(await exportOf(two.brand, brandOffer.id));
    expect(file.deliverables?.[0]).toMatchObject({ status: 'submitted', sentBack: {} });
    tick();
    const atCreator = await two.creator.call('offers.importFile', { base64: encode(file) });
    expect(atCreator.deliverables?.[0]).toMatchObject({ outcome: 'sentBack', sendBackReason: null });
    expect((await statuses(two.creator, inbox.id))[0]).toEqual([
      'submitted',
      { at: expect.any(String), reason: null },
    ]);
  });

  it('the creator’s older file does not undo the send-back on the brand’s tracker', async () => {
    const { brandOffer, video, creatorFile } = await submitted();
    await two.brand.call('deliverables.setStatus', { id: video.id, status: 'due', sendBackReason: '重拍' });
    tick();
    const stale = await two.brand.call('offers.importFile', { base64: creatorFile });
    expect(stale.deliverables?.map((l) => l.outcome)).toEqual(['kept', 'unchanged']);
    expect((await statuses(two.brand, brandOffer.id))[0]).toEqual(['due', '重拍']);
  });

  it('a send-back older than the creator’s own move is kept out, and a published deliverable stays final', async () => {
    const { brandOffer, inbox, video } = await submitted();
    await two.brand.call('deliverables.setStatus', { id: video.id, status: 'due' });
    const sendBack = await exportOf(two.brand, brandOffer.id);
    tick();
    await two.creator.call('deliverables.setStatus', { id: inbox.deliverables[0]!.id, status: 'published' });
    const atCreator = await two.creator.call('offers.importFile', { base64: sendBack });
    expect(atCreator.deliverables?.[0]?.outcome).toBe('kept');
    expect((await statuses(two.creator, inbox.id))[0]).toEqual(['published', null]);
  });

  it('the creator’s own step back stays on its tracker: its file carries no send-back', async () => {
    const { brandOffer, inbox } = await submitted();
    await two.creator.call('deliverables.setStatus', { id: inbox.deliverables[0]!.id, status: 'due' });
    const file = decode(await exportOf(two.creator, inbox.id));
    expect(file.deliverables?.[0]).not.toHaveProperty('sentBack');
    const atBrand = await two.brand.call('offers.importFile', { base64: encode(file) });
    expect(atBrand.deliverables?.[0]?.outcome).toBe('kept');
    expect((await statuses(two.brand, brandOffer.id))[0]).toEqual(['submitted', null]);
  });
});

describe('refused, changing nothing', () => {
  it('refuses tampered, misplaced and wrongly versioned send-backs', async () => {
    const { brandOffer, inbox, video } = await submitted();
    await two.brand.call('deliverables.setStatus', { id: video.id, status: 'due', sendBackReason: '重拍' });
    const { signature, ...unsigned } = decode(await exportOf(two.brand, brandOffer.id));
    tick();
    const reworded = {
      ...unsigned,
      deliverables: unsigned.deliverables!.map((d) => ({ ...d, sentBack: {} })),
    };
    await expectOfferFileRefused(two.creator, encode({ ...reworded, signature }), 'bad_signature');
    await expectOfferFileRefused(
      two.creator,
      signAs(two.brand, { ...unsigned, formatVersion: 3 }),
      'malformed',
    );
    const toApproved = unsigned.deliverables!.map((d, i) =>
      i === 0 ? { ...d, status: 'approved' as const } : d,
    );
    await expectOfferFileRefused(
      two.creator,
      signAs(two.brand, { ...unsigned, deliverables: toApproved }),
      'malformed',
    );

    // A creator's file never sends anything back.
    await two.creator.call('deliverables.setStatus', { id: inbox.deliverables[0]!.id, status: 'published' });
    const { signature: _c, ...fromCreator } = decode(await exportOf(two.creator, inbox.id));
    const claimed = fromCreator.deliverables!.map((d) => ({ ...d, sentBack: {} }));
    await expectOfferFileRefused(
      two.brand,
      signAs(two.creator, { ...fromCreator, formatVersion: 4, deliverables: claimed }),
      'malformed',
    );
  });

  it('refuses a send-back meant for another creator’s installation', async () => {
    const other = await setUpTwoInstallations();
    try {
      const theirs = await acceptOfferBetween(two.brand, other.creator, two.s);
      await acceptOfferBetween(two.brand, two.creator, two.s);
      const d = theirs.brandOffer.deliverables[0]!;
      await two.brand.call('deliverables.setStatus', { id: d.id, status: 'submitted' });
      tick();
      await two.brand.call('deliverables.setStatus', { id: d.id, status: 'due', sendBackReason: '重拍' });
      await expectOfferFileRefused(
        two.creator,
        await exportOf(two.brand, theirs.brandOffer.id),
        'wrong_recipient',
      );
    } finally {
      other.brand.close();
      other.creator.close();
    }
  });

  it('refuses a reason without a send-back, and one that is too long, naming the field', async () => {
    const { inbox, video } = await submitted();
    for (const [b, input, code] of [
      [
        two.brand,
        { id: video.id, status: 'approved', sendBackReason: '好' },
        'deliverableSendBack.notASendBack',
      ],
      [two.brand, { id: video.id, status: 'due', sendBackReason: '长'.repeat(201) }, 'field.maxLength'],
      [
        two.creator,
        { id: inbox.deliverables[0]!.id, status: 'due', sendBackReason: '改' },
        'deliverableSendBack.notASendBack',
      ],
    ] as const) {
      const before = snapshotTables(b.backend);
      const err = await b.fail('deliverables.setStatus', input);
      expect(err.code).toBe('invalid_input');
      expect(err.issues?.[0]).toMatchObject({ path: ['sendBackReason'], code });
      expect(snapshotTables(b.backend)).toEqual(before);
    }
  });
});

describe('the brand enters or corrects the published link', () => {
  it('a correction stands when the creator’s next file restates the old link, not when it sends a new one', async () => {
    const { brandOffer, inbox, video } = await submitted();
    const fixed = 'https://www.douyin.com/video/7312345678901234567';
    await two.brand.call('deliverables.setStatus', {
      id: video.id,
      status: 'submitted',
      publishedUrl: fixed,
    });
    tick();
    // The creator moves the other deliverable; its file still carries the first link for the video.
    await two.creator.call('deliverables.setStatus', { id: inbox.deliverables[1]!.id, status: 'submitted' });
    const restated = await two.brand.call('offers.importFile', {
      base64: await exportOf(two.creator, inbox.id),
    });
    expect(restated.deliverables?.map((l) => [l.outcome, l.linkChanged])).toEqual([
      ['unchanged', false],
      ['applied', false],
    ]);
    const links = async () =>
      (await two.brand.call('offers.get', { id: brandOffer.id })).deliverables.map((d) => d.publishedUrl);
    expect(await links()).toEqual([fixed, null]);

    const newer = 'https://v.douyin.com/newLink9/';
    await two.creator.call('deliverables.setStatus', {
      id: inbox.deliverables[0]!.id,
      status: 'submitted',
      publishedUrl: newer,
    });
    const sent = await two.brand.call('offers.importFile', { base64: await exportOf(two.creator, inbox.id) });
    expect(sent.deliverables?.map((l) => l.linkChanged)).toEqual([true, false]);
    expect(await links()).toEqual([newer, null]);
  });

  it('stores a good link, refuses a bad one under the field, and fills the published calendar item', async () => {
    const { brandOffer } = await acceptOfferBetween(two.brand, two.creator, two.s);
    const live = brandOffer.deliverables[1]!;
    await two.brand.call('deliverables.setStatus', { id: live.id, status: 'submitted' });
    const before = snapshotTables(two.brand.backend);
    const err = await two.brand.fail('deliverables.setStatus', {
      id: live.id,
      status: 'submitted',
      publishedUrl: 'javascript:alert(1)',
    });
    expect(err.issues?.[0]).toMatchObject({ path: ['publishedUrl'], code: 'field.webAddress' });
    expect(snapshotTables(two.brand.backend)).toEqual(before);

    const linked = await two.brand.call('deliverables.setStatus', {
      id: live.id,
      status: 'submitted',
      publishedUrl: LINK,
    });
    expect(linked.publishedUrl).toBe(LINK);
    await two.brand.call('deliverables.setStatus', { id: live.id, status: 'published' });
    expect(await two.brand.call('content.get', { id: live.contentItemId! })).toMatchObject({
      status: 'published',
      publishedUrl: LINK,
    });

    // A correction on the published deliverable replaces the link the item took from it.
    const fixed = 'https://www.douyin.com/video/7312345678901234567';
    await two.brand.call('deliverables.setStatus', { id: live.id, status: 'published', publishedUrl: fixed });
    expect(await two.brand.call('content.get', { id: live.contentItemId! })).toMatchObject({
      publishedUrl: fixed,
    });
    // The brand's own entry stays on its side: its status file carries no links.
    const file = decode(await exportOf(two.brand, brandOffer.id));
    expect(file.deliverables?.map((d) => d.publishedUrl)).toEqual([undefined, undefined]);

    // A link the brand typed on the calendar item itself is left alone by the next correction.
    const own = 'https://www.douyin.com/video/7300000000000000001';
    await two.brand.call('content.update', { id: live.contentItemId!, publishedUrl: own });
    await two.brand.call('deliverables.setStatus', { id: live.id, status: 'published', publishedUrl: LINK });
    expect(await two.brand.call('content.get', { id: live.contentItemId! })).toMatchObject({
      publishedUrl: own,
    });
  });
});
