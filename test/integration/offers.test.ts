import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/backend';
import { freshSetupEachTest } from '../support/eachTest';
import { inDays, offerInput, setUpBrand } from '../support/offers';
import { acceptedByCreator } from '../support/creatorInstall';

const { t, s } = freshSetupEachTest(setUpBrand);

/** Moves the backend's clock; every handler reads ctx.now(). */
function setNow(at: Date): void {
  t.backend.context.now = () => at;
}

async function sentOffer(overrides: Record<string, unknown> = {}) {
  const draft = await t.call('offers.create', offerInput(s, overrides));
  return t.call('offers.send', { id: draft.id });
}

describe('offers: create and drafts', () => {
  it('creates a draft with snapshots, totals, expected CPM/CPE and a fit summary', async () => {
    const o = await t.call('offers.create', offerInput(s));
    expect(o).toMatchObject({
      side: 'brand',
      state: 'draft',
      revision: 0,
      workspaceId: s.workspaceId,
      creatorId: s.creatorId,
      creator: { handle: 'xiaolu_skin', displayName: '小鹿成分党', platform: 'douyin' },
      brand: { name: '山茶花研' },
      message: '期待合作！',
      awaiting: 'brand',
      allowedActions: ['update', 'send', 'withdraw'],
      canExport: false,
      counterpartFingerprint: null,
      deliverables: [],
    });
    expect(o.exchangeId).toBe(o.id);
    expect(o.terms).toMatchObject({
      feeYuan: 50_000,
      commissionPct: 15,
      usageRightsDays: 90,
      exclusivityDays: 30,
      timeZone: 'Asia/Shanghai',
    });
    expect(o.terms.deliverables.map((d) => [d.format, d.durationBand, d.count, d.accountRole])).toEqual([
      ['video', '21-60s', 2, 'brand'],
      ['live', null, 1, 'sales'],
    ]);
    expect(o.terms.deliverables[0]?.accountLabel).toBe('山茶花研官方 (@camellia_official)');
    // 2 × 12,000 + 30,000 on the rate card; 3 pieces × 80,000 median views.
    expect(o.totals).toMatchObject({
      deliverableCount: 3,
      rateCardValue: 54_000,
      feeVsRateCardPct: -7.41,
      expectedViews: 240_000,
      expectedCpm: 208.33,
      expectedCpe: 4.96,
    });
    expect(o.fit?.score).toBeGreaterThan(0);
    expect(o.fit?.targetTags).toEqual(['beauty.skincare']);
    expect(o.fit?.topGender).toEqual({ key: 'female', share: 0.82 });
    expect(o.revisions).toHaveLength(1);
    expect(o.revisions[0]).toMatchObject({ number: 0, action: 'create', actor: 'brand', state: 'draft' });
  });

  it('links products and scores their (resolved) tags too', async () => {
    const product = await t.call('products.create', {
      workspaceId: s.workspaceId,
      name: '防晒乳',
      sku: 'SUN-1',
      price: 149,
      tags: ['护肤', '防晒'],
    });
    const o = await t.call('offers.create', offerInput(s, { productIds: [product.id], targetTags: [] }));
    expect(o.terms.products).toEqual([
      { id: product.id, name: '防晒乳', price: 149, targetTags: ['beauty.skincare'] },
    ]);
    expect(o.fit?.targetTags).toEqual(['beauty.skincare']);
  });

  it.each([
    ['a negative fee', { feeYuan: -1 }, ['feeYuan']],
    ['a commission over 100%', { commissionPct: 101 }, ['commissionPct']],
    ['a due date after the expiry date', { expiresOn: inDays(22) }, ['deliverables', 1, 'dueOn']],
    ['no deliverables', { deliverables: [] }, ['deliverables']],
    [
      'a video without a length',
      { deliverables: [{ format: 'video', count: 1, dueOn: inDays(3), accountId: 'x' }] },
      ['deliverables', 0, 'durationBand'],
    ],
    [
      'zero pieces',
      { deliverables: [{ format: 'live', count: 0, dueOn: inDays(3), accountId: 'x' }] },
      ['deliverables', 0, 'count'],
    ],
    ['negative exclusivity', { exclusivityDays: -3 }, ['exclusivityDays']],
    ['a malformed expiry date', { expiresOn: '2025-02-30' }, ['expiresOn']],
    ['an unknown interest tag', { targetTags: ['made.up'] }, ['targetTags', 0]],
    [
      'an account from nowhere',
      { deliverables: [{ format: 'live', count: 1, dueOn: inDays(3), accountId: 'nope' }] },
      ['deliverables', 0, 'accountId'],
    ],
    ['a product from nowhere', { productIds: ['nope'] }, ['productIds', 0]],
  ])('rejects %s, naming the field, storing nothing', async (_label, patch, path) => {
    const before = snapshotTables(t.backend);
    const err = await t.fail('offers.create', offerInput(s, patch));
    expect(err.code).toBe('invalid_input');
    expect(err.issues?.[0]?.path).toEqual(path);
    expect(err.message).toContain(String(path[0]));
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('rejects a creator of another workspace and an archived account', async () => {
    const other = await setUpBrand(t, '别的品牌');
    expect(
      (await t.fail('offers.create', offerInput(s, { creatorId: other.creatorId }))).issues?.[0]?.path,
    ).toEqual(['creatorId']);
    await t.call('accounts.archive', { id: s.salesAccountId });
    const err = await t.fail('offers.create', offerInput(s));
    expect(err.issues?.[0]?.path).toEqual(['deliverables', 1, 'accountId']);
    expect(err.message).toMatch(/archived/);
  });

  it('edits drafts only, re-checking the merged offer', async () => {
    const o = await t.call('offers.create', offerInput(s));
    const u = await t.call('offers.update', {
      id: o.id,
      feeYuan: 45_000,
      title: '改个标题',
      message: '新消息',
    });
    expect(u).toMatchObject({
      state: 'draft',
      revision: 0,
      message: '新消息',
      terms: { feeYuan: 45_000, title: '改个标题' },
    });
    expect(u.terms.deliverables.map((d) => d.key)).toEqual(o.terms.deliverables.map((d) => d.key));
    expect(u.revisions).toHaveLength(1);
    const before = snapshotTables(t.backend);
    const err = await t.fail('offers.update', { id: o.id, expiresOn: inDays(21) });
    expect(err.issues?.[0]?.path).toEqual(['deliverables', 1, 'dueOn']);
    expect(snapshotTables(t.backend)).toEqual(before);
    await t.call('offers.send', { id: o.id });
    const locked = await t.fail('offers.update', { id: o.id, feeYuan: 1 });
    expect(locked.code).toBe('invalid_state');
    expect(locked.message).toMatch(/Only drafts can be edited/);
  });
});

describe('offers: lifecycle on the brand side', () => {
  it('sends, lists by state and creator, and keeps revisions', async () => {
    const o = await sentOffer();
    expect(o).toMatchObject({
      state: 'sent',
      revision: 1,
      awaiting: 'creator',
      allowedActions: ['withdraw', 'exportFile'],
      canExport: true,
    });
    expect(o.revisions.map((r) => [r.number, r.action, r.state])).toEqual([
      [0, 'create', 'draft'],
      [1, 'send', 'sent'],
    ]);
    const draft = await t.call('offers.create', offerInput(s, { title: '第二个' }));
    expect(
      (await t.call('offers.list', { workspaceId: s.workspaceId })).items.map((x) => x.id).sort(),
    ).toEqual([o.id, draft.id].sort());
    expect(
      (await t.call('offers.list', { workspaceId: s.workspaceId, state: 'sent' })).items.map((x) => x.id),
    ).toEqual([o.id]);
    expect(
      (await t.call('offers.list', { workspaceId: s.workspaceId, state: ['draft', 'accepted'] })).items.map(
        (x) => x.id,
      ),
    ).toEqual([draft.id]);
    expect((await t.call('offers.list', { workspaceId: s.workspaceId, creatorId: 'nobody' })).items).toEqual(
      [],
    );
    expect((await t.call('offers.list', {})).items).toEqual([]); // the creator inbox of this installation
    expect((await t.call('offers.list', { side: 'creator' })).items).toEqual([]);
    expect((await t.fail('offers.list', { side: 'brand' })).issues?.[0]?.path).toEqual(['workspaceId']);
    expect((await t.fail('offers.list', { creatorId: s.creatorId })).issues?.[0]?.path).toEqual([
      'creatorId',
    ]);
  });

  it.each([
    ['accept its own offer', 'offers.accept'],
    ['decline its own offer', 'offers.decline'],
    ['complete an unaccepted offer', 'offers.complete'],
    ['send twice', 'offers.send'],
  ])('refuses to %s, explaining why, changing nothing', async (_label, method) => {
    const o = await sentOffer();
    const before = snapshotTables(t.backend);
    const err = await t.fail(method, { id: o.id });
    expect(err.code).toBe('invalid_state');
    expect(err.message).toMatch(/it is sent/);
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('refuses a brand counter while waiting for the creator', async () => {
    const o = await sentOffer();
    const err = await t.fail('offers.counter', { id: o.id, feeYuan: 1 });
    expect(err.code).toBe('invalid_state');
  });

  it('withdraws a sent offer; a withdrawn offer is final', async () => {
    const o = await sentOffer();
    const w = await t.call('offers.withdraw', { id: o.id, message: '预算调整' });
    expect(w).toMatchObject({
      state: 'withdrawn',
      revision: 2,
      message: '预算调整',
      awaiting: null,
      allowedActions: ['exportFile'],
    });
    for (const method of ['offers.send', 'offers.withdraw', 'offers.accept', 'offers.complete']) {
      expect((await t.fail(method, { id: o.id })).code).toBe('invalid_state');
    }
  });

  it('withdraws a draft that was never sent; there is nothing to export', async () => {
    const o = await t.call('offers.create', offerInput(s));
    expect((await t.fail('offers.exportFile', { id: o.id })).message).toMatch(/draft/);
    const w = await t.call('offers.withdraw', { id: o.id });
    expect(w.state).toBe('withdrawn');
    expect(w.canExport).toBe(false);
    expect((await t.fail('offers.exportFile', { id: o.id })).message).toMatch(
      /withdrawn before it was ever sent/,
    );
  });

  it('does not send an offer whose expiry date has passed', async () => {
    const o = await t.call('offers.create', offerInput(s));
    setNow(new Date(Date.now() + 40 * 86_400_000));
    const err = await t.fail('offers.send', { id: o.id });
    expect(err.issues?.[0]?.path).toEqual(['expiresOn']);
  });

  it('expires open offers when the date passes, on read, with a system revision', async () => {
    const o = await sentOffer({
      expiresOn: inDays(2),
      deliverables: [{ format: 'live', count: 1, dueOn: inDays(1), accountId: s.salesAccountId }],
    });
    setNow(new Date(Date.now() + 1 * 86_400_000));
    expect((await t.call('offers.get', { id: o.id })).state).toBe('sent');
    setNow(new Date(Date.now() + 4 * 86_400_000));
    const listed = (await t.call('offers.list', { workspaceId: s.workspaceId })).items;
    expect(listed[0]).toMatchObject({ state: 'expired', revision: 2, awaiting: null });
    const detail = await t.call('offers.get', { id: o.id });
    expect(detail.revisions.at(-1)).toMatchObject({
      number: 2,
      action: 'expire',
      actor: 'system',
      state: 'expired',
    });
    // Persisted once, not on every read.
    await t.call('offers.get', { id: o.id });
    expect((await t.call('offers.get', { id: o.id })).revisions).toHaveLength(3);
    const err = await t.fail('offers.withdraw', { id: o.id });
    expect(err.message).toMatch(/expired/);
    expect((await t.fail('offers.exportFile', { id: o.id })).message).toMatch(/expired/);
  });

  it('returns not_found for unknown ids', async () => {
    for (const method of [
      'offers.get',
      'offers.send',
      'offers.accept',
      'offers.exportFile',
      'deliverables.setStatus',
    ]) {
      const input =
        method === 'deliverables.setStatus' ? { id: 'nope', status: 'submitted' } : { id: 'nope' };
      expect((await t.fail(method, input)).code).toBe('not_found');
    }
    expect((await t.fail('offers.list', { workspaceId: 'nope' })).code).toBe('not_found');
  });
});

describe('offers: deliverables', () => {
  /** Brand-side acceptance needs the creator's answer: accepted in a second installation, file exchange. */
  const acceptedOffer = async (overrides: Record<string, unknown> = {}) =>
    acceptedByCreator(t, (await sentOffer(overrides)).id);

  it('tracks each deliverable due → submitted → approved → published and mirrors it on the calendar', async () => {
    const o = await acceptedOffer();
    expect(o.state).toBe('accepted');
    expect(o.deliverables.map((d) => d.status)).toEqual(['due', 'due']);
    const [video, live] = o.deliverables;
    const item = await t.call('content.get', { id: video!.contentItemId! });
    expect(item).toMatchObject({
      accountId: s.brandAccountId,
      creatorId: s.creatorId,
      source: 'offer',
      objective: 'seed',
      format: 'short_video',
      status: 'scripting',
    });
    expect(item.plannedAt).toBe(new Date(`${video!.dueOn}T20:00:00+08:00`).toISOString());
    const liveItem = await t.call('content.get', { id: live!.contentItemId! });
    expect(liveItem).toMatchObject({
      accountId: s.salesAccountId,
      objective: 'convert',
      format: 'live',
      durationMinutes: 120,
    });

    const submitted = await t.call('deliverables.setStatus', { id: video!.id, status: 'submitted' });
    expect(submitted).toMatchObject({
      status: 'submitted',
      overdue: false,
      offerId: o.id,
      creatorName: '小鹿成分党',
    });
    expect((await t.call('content.get', { id: video!.contentItemId! })).status).toBe('review');
    await t.call('deliverables.setStatus', { id: video!.id, status: 'due' }); // sent back for changes
    await t.call('deliverables.setStatus', { id: video!.id, status: 'approved' });
    await t.call('deliverables.setStatus', { id: video!.id, status: 'published' });
    expect((await t.call('content.get', { id: video!.contentItemId! })).status).toBe('published');

    const final = await t.fail('deliverables.setStatus', { id: video!.id, status: 'approved' });
    expect(final.code).toBe('invalid_state');
    // Setting the status it already has is a no-op; moving two steps back is not allowed.
    expect((await t.call('deliverables.setStatus', { id: live!.id, status: 'due' })).status).toBe('due');
    await t.call('deliverables.setStatus', { id: live!.id, status: 'approved' });
    expect((await t.fail('deliverables.setStatus', { id: live!.id, status: 'due' })).message).toMatch(
      /back one step/,
    );
  });

  it('flags overdue deliverables and lists them for the calendar', async () => {
    const o = await acceptedOffer();
    expect(o.overdueCount).toBe(0);
    setNow(new Date(Date.now() + 21 * 86_400_000)); // past the video's due date, before the live's
    const later = await t.call('offers.get', { id: o.id });
    expect(later.deliverables.map((d) => d.overdue)).toEqual([true, false]);
    expect(later.overdueCount).toBe(1);
    expect(later.state).toBe('accepted'); // accepted offers do not expire
    const listed = await t.call('deliverables.list', {
      workspaceId: s.workspaceId,
      from: inDays(0),
      to: inDays(60),
    });
    expect(listed.total).toBe(2);
    expect(listed.items.map((d) => [d.overdue, d.contentItemId !== null, d.offerTitle])).toEqual([
      [true, true, '夏季防晒种草'],
      [false, true, '夏季防晒种草'],
    ]);
    expect(
      await t.call('deliverables.list', { workspaceId: s.workspaceId, from: inDays(21), to: inDays(22) }),
    ).toEqual({ items: [], nextCursor: null, total: 0 });
  });

  it('completes only when every deliverable is published', async () => {
    const o = await acceptedOffer();
    const before = snapshotTables(t.backend);
    const err = await t.fail('offers.complete', { id: o.id });
    expect(err.code).toBe('invalid_state');
    expect(err.message).toMatch(/2 deliverables are not published/);
    expect(snapshotTables(t.backend)).toEqual(before);
    expect(o.allowedActions).not.toContain('complete');
    for (const d of o.deliverables) await t.call('deliverables.setStatus', { id: d.id, status: 'published' });
    const ready = await t.call('offers.get', { id: o.id });
    expect(ready.allowedActions).toContain('complete');
    const done = await t.call('offers.complete', { id: o.id, message: '合作愉快' });
    expect(done).toMatchObject({ state: 'completed', awaiting: null });
    expect(
      (await t.fail('deliverables.setStatus', { id: o.deliverables[0]!.id, status: 'approved' })).code,
    ).toBe('invalid_state');
  });

  it('keeps tracking a deliverable whose calendar item was deleted', async () => {
    const o = await acceptedOffer();
    await t.call('content.delete', { id: o.deliverables[0]!.contentItemId! });
    const d = await t.call('deliverables.setStatus', { id: o.deliverables[0]!.id, status: 'submitted' });
    expect(d.contentItemId).toBeNull();
  });
});
