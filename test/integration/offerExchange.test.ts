import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, snapshotTables, type TestBackend } from '../support/backend';
import { inDays, offerInput } from '../support/offers';
import type { OfferFile } from '../../shared/offerFile/format';
import {
  decodeOfferFile as decode,
  encodeOfferFile as encode,
  twoInstallationsEachTest,
  signOfferFileAs as signAs,
} from '../support/creatorInstall';

/** Two installations on two databases and data directories: the brand's and the creator's. */
const { brand, creator, s } = twoInstallationsEachTest();
const extra: TestBackend[] = [];
afterEach(() => {
  for (const b of extra.splice(0)) b.close();
});

async function another(): Promise<TestBackend> {
  const b = await createTestBackend();
  extra.push(b);
  return b;
}

async function send(overrides: Record<string, unknown> = {}) {
  const draft = await brand.call('offers.create', offerInput(s, overrides));
  const sent = await brand.call('offers.send', { id: draft.id });
  const file = await brand.call('offers.exportFile', { id: sent.id });
  return { brandOffer: sent, file };
}

/**
 * The phone call of first contact: each side types the code the other side's app shows. `aId` and `bId`
 * are the same offer's ids in the two installations.
 */
async function confirmCodes(a: TestBackend, aId: string, b: TestBackend, bId: string) {
  const aView = await a.call('offers.verification', { offerId: aId });
  const bView = await b.call('offers.verification', { offerId: bId });
  expect(aView.code).not.toBeNull();
  expect(aView.code).toBe(bView.code);
  let result = null;
  for (const [side, id, code] of [
    [a, aId, bView.code!],
    [b, bId, aView.code!],
  ] as const) {
    const status = (await side.call('offers.verification', { offerId: id })).status;
    if (status === 'pending' || status === 'unverified') {
      const r = await side.call('offers.verifyCounterpart', { offerId: id, code });
      expect(r.outcome).toBe('verified');
      if (side === b) result = r.offer;
    }
  }
  return result;
}

/** Exports the latest move and imports it on the other side, confirming the codes on first contact. */
async function deliver(from: TestBackend, id: string, to: TestBackend) {
  const file = await from.call('offers.exportFile', { id });
  const imported = await to.call('offers.importFile', { base64: file.base64 });
  if (!imported.pendingVerification) return imported.offer;
  return (await confirmCodes(from, id, to, imported.offer.id))!;
}

/** Asserts a refused import: the reason, the code, and that nothing in the receiver changed. */
async function expectRefused(b: TestBackend, base64: string, reason: string, code = 'invalid_input') {
  const before = snapshotTables(b.backend);
  const err = await b.fail('offers.importFile', { base64 });
  expect(err.message).toMatch(new RegExp(`^Offer file refused \\(${reason}\\)`));
  expect(err.code).toBe(code);
  expect(err.issues?.[0]?.path).toEqual(['base64']);
  expect(snapshotTables(b.backend)).toEqual(before);
  return err;
}

describe('offer exchange: round trip between a brand and a creator database', () => {
  it('create → send → export → creator imports → counters → brand imports → accepts → calendar → complete', async () => {
    const { brandOffer, file } = await send();
    expect(file.fileName).toBe('offer-xiaolu_skin-r1-sent.mdoffer');
    const content = decode(file.base64);
    expect(content).toMatchObject({
      format: 'matrixdesk.offer',
      formatVersion: 1,
      offerId: brandOffer.id,
      revision: 1,
      senderRole: 'brand',
      recipientPublicKey: null,
      action: 'send',
      state: 'sent',
    });
    expect(content.terms.feeFen).toBe(5_000_000);

    // The creator's installation: a new inbox offer, pinned to the brand's key, with a fit summary.
    const imported = await creator.call('offers.importFile', { base64: file.base64 });
    expect(imported).toMatchObject({ state: 'sent', revision: 1, created: true });
    const inbox = imported.offer;
    const brandIdentity = await brand.call('identity.get', {});
    expect(inbox).toMatchObject({
      side: 'creator',
      exchangeId: brandOffer.id,
      workspaceId: null,
      creatorId: null,
      brand: { name: '山茶花研' },
      state: 'sent',
      awaiting: 'creator',
      allowedActions: ['counter', 'accept', 'decline'],
      canExport: false,
      counterpartFingerprint: brandIdentity.fingerprint,
    });
    expect(inbox.terms.deliverables.map((d) => d.accountLabel)).toEqual([
      '山茶花研官方 (@camellia_official)',
      '山茶花研旗舰店 (@camellia_store)',
    ]);
    expect(inbox.fit?.score).toBeGreaterThan(0);
    expect(inbox.totals.expectedCpm).toBe(208.33);
    expect((await creator.call('offers.list', {})).items.map((o) => o.id)).toEqual([inbox.id]);

    // The creator counters: more money, the live session a few days later.
    const live = inbox.terms.deliverables[1]!;
    const countered = await creator.call('offers.counter', {
      id: inbox.id,
      feeYuan: 58_000,
      deliverables: [
        {
          key: inbox.terms.deliverables[0]!.key,
          format: 'video',
          durationBand: '21-60s',
          count: 2,
          dueOn: inDays(20),
        },
        { key: live.key, format: 'live', count: 1, dueOn: inDays(28) },
      ],
      message: '直播想往后挪三天，费用 5.8 万',
    });
    expect(countered).toMatchObject({ state: 'countered', revision: 2, awaiting: 'brand', canExport: true });
    expect(countered.revisions.at(-1)?.changes).toEqual([
      expect.objectContaining({ field: 'feeYuan', from: 50_000, to: 58_000 }),
      expect.objectContaining({
        field: 'deliverable',
        deliverableKey: live.key,
        subfield: 'dueOn',
        to: inDays(28),
      }),
    ]);
    const answer = await creator.call('offers.exportFile', { id: inbox.id });
    expect(decode(answer.base64)).toMatchObject({
      senderRole: 'creator',
      action: 'counter',
      revision: 2,
      recipientPublicKey: brandIdentity.publicKey,
    });

    // Back at the brand: the creator's first answer is held, nothing of it applied, until the codes match.
    const held = await brand.call('offers.importFile', { base64: answer.base64 });
    expect(held).toMatchObject({ state: 'sent', revision: 1, created: false, pendingVerification: true });
    expect(held.offer).toMatchObject({
      state: 'sent',
      counterpartFingerprint: null,
      terms: { feeYuan: 50_000 },
    });
    const creatorIdentity = await creator.call('identity.get', {});
    const brandView = await brand.call('offers.verification', { offerId: brandOffer.id });
    expect(brandView).toMatchObject({
      status: 'pending',
      counterpartFingerprint: creatorIdentity.fingerprint,
      pending: { revision: 2, action: 'counter', state: 'countered' },
    });
    expect(brandView.code).toMatch(/^\d{4} \d{4} \d{4}$/);
    const atBrand = { offer: (await confirmCodes(creator, inbox.id, brand, brandOffer.id))! };
    expect((await brand.call('offers.verification', { offerId: brandOffer.id })).status).toBe('verified');
    expect((await creator.call('offers.verification', { offerId: inbox.id })).status).toBe('verified');
    expect(atBrand.offer).toMatchObject({
      state: 'countered',
      revision: 2,
      id: brandOffer.id,
      counterpartFingerprint: creatorIdentity.fingerprint,
      message: '直播想往后挪三天，费用 5.8 万',
      allowedActions: ['counter', 'accept', 'decline', 'withdraw'],
      terms: { feeYuan: 58_000 },
    });
    expect(atBrand.offer.revisions.map((r) => [r.number, r.action, r.actor, r.origin])).toEqual([
      [0, 'create', 'brand', 'local'],
      [1, 'send', 'brand', 'local'],
      [2, 'counter', 'creator', 'imported'],
    ]);
    expect(atBrand.offer.revisions[2]?.changes).toHaveLength(2);

    // The brand accepts the counter: deliverables and planned content on each account's calendar.
    const accepted = await brand.call('offers.accept', { id: brandOffer.id, message: '成交' });
    expect(accepted.state).toBe('accepted');
    expect(accepted.deliverables.map((d) => [d.dueOn, d.status, d.accountId])).toEqual([
      [inDays(20), 'due', s.brandAccountId],
      [inDays(28), 'due', s.salesAccountId],
    ]);
    const calendar = (
      await brand.call('content.list', {
        workspaceId: s.workspaceId,
        from: new Date().toISOString(),
        to: new Date(Date.now() + 60 * 86_400_000).toISOString(),
      })
    ).items;
    const planned = calendar.filter((i) => i.source === 'offer');
    expect(planned).toHaveLength(2);
    expect(planned.every((i) => i.creatorId === s.creatorId)).toBe(true);
    expect(planned.map((i) => i.id).sort()).toEqual(accepted.deliverables.map((d) => d.contentItemId).sort());

    // The brand's export tells the creator; their copy is accepted too, with the deliverables to track.
    const creatorAccepted = await deliver(brand, brandOffer.id, creator);
    // The creator's only move left is to send its deliverable statuses (offer file format 2).
    expect(creatorAccepted).toMatchObject({
      state: 'accepted',
      revision: 3,
      allowedActions: ['exportFile'],
      canExport: true,
    });
    expect(creatorAccepted.deliverables.map((d) => [d.dueOn, d.contentItemId, d.accountId])).toEqual([
      [inDays(20), null, null],
      [inDays(28), null, null],
    ]);

    // Delivery, then completion, which the creator can import as well.
    for (const d of accepted.deliverables)
      await brand.call('deliverables.setStatus', { id: d.id, status: 'published' });
    await brand.call('offers.complete', { id: brandOffer.id });
    expect((await deliver(brand, brandOffer.id, creator)).state).toBe('completed');
  });

  it('runs the counter ⇄ revised loop until the creator accepts, then the brand imports the acceptance', async () => {
    const { brandOffer, file } = await send();
    const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
    await creator.call('offers.counter', { id: inbox.id, feeYuan: 70_000, message: '7 万' });
    expect((await deliver(creator, inbox.id, brand)).state).toBe('countered');

    const revised = await brand.call('offers.counter', {
      id: brandOffer.id,
      feeYuan: 60_000,
      exclusivityDays: 14,
      message: '6 万，独家 14 天',
    });
    expect(revised).toMatchObject({ state: 'revised', revision: 3, awaiting: 'creator' });
    expect(revised.revisions.at(-1)?.changes.map((c) => c.field)).toEqual(['feeYuan', 'exclusivityDays']);
    expect((await deliver(brand, brandOffer.id, creator)).state).toBe('revised');

    await creator.call('offers.counter', { id: inbox.id, feeYuan: 65_000, message: '各让一步' });
    expect((await deliver(creator, inbox.id, brand)).state).toBe('countered');
    await brand.call('offers.counter', { id: brandOffer.id, feeYuan: 63_000 });
    expect((await deliver(brand, brandOffer.id, creator)).terms.feeYuan).toBe(63_000);

    const acceptedHere = await creator.call('offers.accept', { id: inbox.id, message: '好的' });
    expect(acceptedHere).toMatchObject({ state: 'accepted', revision: 6 });
    expect(acceptedHere.deliverables).toHaveLength(2);
    const atBrand = await deliver(creator, inbox.id, brand);
    expect(atBrand).toMatchObject({
      state: 'accepted',
      revision: 6,
      terms: { feeYuan: 63_000, exclusivityDays: 14 },
    });
    expect(atBrand.deliverables.every((d) => d.contentItemId !== null)).toBe(true);
    expect(atBrand.revisions.map((r) => `${r.number}:${r.action}:${r.actor}`)).toEqual([
      '0:create:brand',
      '1:send:brand',
      '2:counter:creator',
      '3:revise:brand',
      '4:counter:creator',
      '5:revise:brand',
      '6:accept:creator',
    ]);
  });

  it('carries a decline and a withdrawal across', async () => {
    const a = await send({ title: 'A' });
    const inboxA = (await creator.call('offers.importFile', { base64: a.file.base64 })).offer;
    await creator.call('offers.decline', { id: inboxA.id, message: '档期满了' });
    expect(await deliver(creator, inboxA.id, brand)).toMatchObject({
      state: 'declined',
      message: '档期满了',
    });

    const b = await send({ title: 'B' });
    const inboxB = (await creator.call('offers.importFile', { base64: b.file.base64 })).offer;
    await brand.call('offers.withdraw', { id: b.brandOffer.id, message: '预算取消' });
    expect(await deliver(brand, b.brandOffer.id, creator)).toMatchObject({
      id: inboxB.id,
      state: 'withdrawn',
    });
  });

  it('lets the brand’s withdrawal overtake a counter the brand never received', async () => {
    const { brandOffer, file } = await send();
    const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
    await creator.call('offers.counter', { id: inbox.id, feeYuan: 99_000 });
    const counterFile = await creator.call('offers.exportFile', { id: inbox.id });
    await brand.call('offers.withdraw', { id: brandOffer.id });

    const atCreator = await deliver(brand, brandOffer.id, creator);
    expect(atCreator.state).toBe('withdrawn');
    expect(atCreator.revisions.map((r) => [r.number, r.action, r.superseded])).toEqual([
      [1, 'send', false],
      [2, 'counter', true],
      [2, 'withdraw', false],
    ]);
    // The counter arriving late at the brand is refused: the offer moved on.
    const err = await expectRefused(brand, counterFile.base64, 'stale', 'conflict');
    expect(err.message).toMatch(/already withdrawn/);
  });

  it('validates the creator’s counter: only their terms, no new lines, due dates within the expiry', async () => {
    const { file } = await send();
    const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
    const before = snapshotTables(creator.backend);
    expect(
      (await creator.fail('offers.counter', { id: inbox.id, expiresOn: inDays(40) })).issues?.[0]?.path,
    ).toEqual(['expiresOn']);
    const added = await creator.fail('offers.counter', {
      id: inbox.id,
      deliverables: [{ format: 'video', durationBand: '1-20s', count: 1, dueOn: inDays(3) }],
    });
    expect(added.issues?.[0]?.path).toEqual(['deliverables', 0, 'key']);
    const late = await creator.fail('offers.counter', {
      id: inbox.id,
      deliverables: [
        {
          key: inbox.terms.deliverables[0]!.key,
          format: 'video',
          durationBand: '21-60s',
          count: 2,
          dueOn: inDays(45),
        },
      ],
    });
    expect(late.issues?.[0]?.path).toEqual(['deliverables', 0, 'dueOn']);
    expect(late.message).toMatch(/after the offer's expiry date/);
    expect(
      (await creator.fail('offers.counter', { id: inbox.id, commissionPct: 101 })).issues?.[0]?.path,
    ).toEqual(['commissionPct']);
    expect((await creator.fail('offers.counter', { id: inbox.id, message: '只是打个招呼' })).message).toMatch(
      /Nothing to counter/,
    );
    for (const method of ['offers.withdraw', 'offers.complete', 'offers.send', 'offers.update']) {
      expect((await creator.fail(method, { id: inbox.id })).code).toBe('invalid_state');
    }
    expect(snapshotTables(creator.backend)).toEqual(before);
  });

  it('expires the inbox copy too when the date passes', async () => {
    const { file } = await send();
    const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
    const later = new Date(Date.now() + 40 * 86_400_000);
    creator.backend.context.now = () => later;
    expect((await creator.call('offers.get', { id: inbox.id })).state).toBe('expired');
    expect((await creator.fail('offers.accept', { id: inbox.id })).message).toMatch(/expired/);
  });
});

describe('offer exchange: files that are refused, changing nothing', () => {
  it('refuses a tampered file (signature fails)', async () => {
    const { file } = await send();
    const content = decode(file.base64);
    content.terms.feeFen = 1; // a forger lowering the fee
    await expectRefused(creator, encode(content), 'bad_signature');
    const resignedDigestOnly = { ...decode(file.base64), message: '改了' };
    await expectRefused(creator, encode(resignedDigestOnly), 'bad_signature');
  });

  it('refuses a file signed by a different key than the one pinned for the offer', async () => {
    const { brandOffer, file } = await send();
    const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
    await creator.call('offers.counter', { id: inbox.id, feeYuan: 55_000 });
    await deliver(creator, inbox.id, brand); // pins the creator's key at the brand

    // Someone else imports the same first file and answers with their own (valid) signature.
    const impostor = await another();
    const theirInbox = (await impostor.call('offers.importFile', { base64: file.base64 })).offer;
    await impostor.call('offers.accept', { id: theirInbox.id });
    const forged = await impostor.call('offers.exportFile', { id: theirInbox.id });
    await expectRefused(brand, forged.base64, 'wrong_key');

    // And a brand revision re-signed by another key is refused by the creator's pinned copy.
    await brand.call('offers.counter', { id: brandOffer.id, feeYuan: 52_000 });
    const real = decode((await brand.call('offers.exportFile', { id: brandOffer.id })).base64);
    const { signature: _sig, ...unsigned } = real;
    await expectRefused(creator, signAs(impostor, { ...unsigned, recipientPublicKey: null }), 'wrong_key');
  });

  it('refuses a file made for another installation', async () => {
    const { brandOffer, file } = await send();
    const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
    await creator.call('offers.counter', { id: inbox.id, feeYuan: 55_000 });
    await deliver(creator, inbox.id, brand);
    await brand.call('offers.counter', { id: brandOffer.id, feeYuan: 52_000 });
    const revision = await brand.call('offers.exportFile', { id: brandOffer.id });
    const bystander = await another();
    await expectRefused(bystander, revision.base64, 'wrong_recipient');
  });

  it('refuses a replayed (duplicate) file and an older revision', async () => {
    const { brandOffer, file } = await send();
    const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
    await expectRefused(creator, file.base64, 'duplicate', 'conflict');

    await creator.call('offers.counter', { id: inbox.id, feeYuan: 55_000 });
    const counter = await creator.call('offers.exportFile', { id: inbox.id });
    const held = await brand.call('offers.importFile', { base64: counter.base64 });
    await expectRefused(brand, counter.base64, 'duplicate', 'conflict');
    await confirmCodes(creator, inbox.id, brand, held.offer.id);
    await expectRefused(brand, counter.base64, 'duplicate', 'conflict');

    await brand.call('offers.counter', { id: brandOffer.id, feeYuan: 52_000 });
    await deliver(brand, brandOffer.id, creator);
    // Replays after later revisions are still recognised, on both sides.
    const err = await expectRefused(creator, file.base64, 'duplicate', 'conflict');
    expect(err.message).toMatch(/already imported/);
    await expectRefused(brand, counter.base64, 'duplicate', 'conflict');
  });

  it('refuses files out of order', async () => {
    const { brandOffer, file } = await send();
    // The brand revises twice before the creator imports anything: revision 1 after revision 3 is stale.
    const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
    await creator.call('offers.counter', { id: inbox.id, feeYuan: 55_000 });
    await deliver(creator, inbox.id, brand);
    await brand.call('offers.counter', { id: brandOffer.id, feeYuan: 52_000 });
    const r3 = await brand.call('offers.exportFile', { id: brandOffer.id });

    // A second creator copy that only ever saw revision 1 answers from there: revision 2 after 3 is stale.
    const stale = await another();
    const early = (await stale.call('offers.importFile', { base64: file.base64 })).offer;
    await stale.call('offers.decline', { id: early.id });
    const staleFile = decode((await stale.call('offers.exportFile', { id: early.id })).base64);
    const { signature: _s, ...unsigned } = staleFile;
    // Signed with the real creator's key so only the ordering is wrong.
    const resigned = signAs(creator, {
      ...unsigned,
      recipientPublicKey: (await brand.call('identity.get', {})).publicKey,
    });
    await expectRefused(brand, resigned, 'stale', 'conflict');

    // A creator file claiming revision 9 for an offer at revision 3: a gap.
    await creator.call('offers.importFile', { base64: r3.base64 });
    await creator.call('offers.accept', { id: inbox.id });
    const acceptance = decode((await creator.call('offers.exportFile', { id: inbox.id })).base64);
    const { signature: _t, ...acc } = acceptance;
    const gap = await expectRefused(
      brand,
      signAs(creator, { ...acc, revision: 9 }),
      'out_of_order',
      'conflict',
    );
    expect(gap.message).toMatch(/import revision 4 first/);
    // The real revision 4 still goes through afterwards.
    expect((await deliver(creator, inbox.id, brand)).state).toBe('accepted');
  });

  it('refuses a creator file that changes what only the brand may change', async () => {
    const { file } = await send();
    const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
    await creator.call('offers.counter', { id: inbox.id, feeYuan: 55_000 });
    const counter = decode((await creator.call('offers.exportFile', { id: inbox.id })).base64);
    const { signature: _s, ...unsigned } = counter;
    const longer = signAs(creator, { ...unsigned, terms: { ...unsigned.terms, expiresOn: inDays(90) } });
    const err = await expectRefused(brand, longer, 'illegal_transition', 'invalid_state');
    expect(err.message).toMatch(/expiresOn/);
    const accountSwap = signAs(creator, {
      ...unsigned,
      terms: {
        ...unsigned.terms,
        deliverables: unsigned.terms.deliverables.map((d) => ({ ...d, accountId: s.salesAccountId })),
      },
    });
    await expectRefused(brand, accountSwap, 'illegal_transition', 'invalid_state');
    const illegal = signAs(creator, { ...unsigned, action: 'withdraw', state: 'withdrawn' });
    await expectRefused(brand, illegal, 'illegal_transition', 'invalid_state');
  });

  it('refuses an answer for an offer this installation never sent, and its own files', async () => {
    const { file } = await send();
    const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
    await creator.call('offers.accept', { id: inbox.id });
    const answer = await creator.call('offers.exportFile', { id: inbox.id });
    const otherBrand = await another();
    const unknown = decode(answer.base64);
    const { signature: _s, ...unsigned } = unknown;
    await expectRefused(
      otherBrand,
      signAs(creator, { ...unsigned, recipientPublicKey: null }),
      'unknown_offer',
      'not_found',
    );
    await expectRefused(brand, file.base64, 'own_file');
    // A creator inbox cannot be opened by a file that closes an offer it never saw.
    await brand.call('offers.withdraw', { id: unknown.offerId });
    const withdrawal = await brand.call('offers.exportFile', { id: unknown.offerId });
    const fresh = await another();
    await expectRefused(fresh, withdrawal.base64, 'unknown_offer', 'not_found');
  });

  it('refuses files larger than 1 MB, malformed files and unknown versions', async () => {
    const { file } = await send();
    const padded = { ...decode(file.base64), message: 'x'.repeat(1_100_000) };
    const big = await expectRefused(creator, encode(padded), 'too_large');
    expect(big.message).toMatch(/1 MB/);
    await expectRefused(creator, Buffer.from('hello, not json').toString('base64'), 'malformed');
    await expectRefused(creator, encode({ some: 'json' }), 'malformed');
    await expectRefused(creator, Buffer.from([0xff, 0xfe, 0x00, 0x01]).toString('base64'), 'malformed');
    await expectRefused(creator, '%%% not base64 %%%', 'malformed');
    const future = { ...decode(file.base64), formatVersion: 5 };
    expect((await expectRefused(creator, encode(future), 'unsupported_version')).message).toMatch(
      /newer MatrixDesk/,
    );
    const truncated = decode(file.base64) as Partial<OfferFile>;
    delete truncated.terms;
    expect((await expectRefused(creator, encode(truncated), 'malformed')).message).toMatch(/terms/);
  });
});
