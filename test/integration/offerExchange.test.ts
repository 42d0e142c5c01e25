import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/backend';
import { inDays } from '../support/offers';
import { decodeOfferFile as decode, offerExchangeEachTest } from '../support/creatorInstall';
import { confirmCodes, deliver, expectOfferFileRefused } from '../support/offerFiles';

/**
 * Two installations on two databases and data directories, the brand's and the creator's, trading offer
 * files: every move carried across. The files either side refuses are in offerExchangeRefusals.test.ts.
 */
const { brand, creator, s, send } = offerExchangeEachTest();

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
    const err = await expectOfferFileRefused(brand, counterFile.base64, 'stale', { code: 'conflict' });
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
