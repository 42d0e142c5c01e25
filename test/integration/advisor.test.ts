import { beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/backend';
import { emptyBackendEachTest } from '../support/eachTest';
import type { IndustryCategory } from '../../shared/domain/workspace';

const t = emptyBackendEachTest();

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const profile = (interests: Record<string, number>) => ({
  interests,
  gender: { female: 0.8, male: 0.2 },
  ages: { '18-23': 0.2, '24-30': 0.4, '31-40': 0.25, '41-50': 0.1, '50+': 0.05 },
  regions: [{ name: '广东', share: 0.15 }],
});

async function workspace(
  stage: 'new' | 'growing' | 'mature',
  industry: IndustryCategory = 'beauty_personal_care',
) {
  return (await t.call('workspaces.create', { name: '测试品牌', industry, stage })).id;
}

async function brandAccount(workspaceId: string, handle: string, interests?: Record<string, number>) {
  const id = (
    await t.call('accounts.create', {
      workspaceId,
      role: 'brand',
      handle,
      displayName: handle,
      targets: {},
    })
  ).id;
  if (interests)
    await t.call('audience.set', { ownerType: 'account', ownerId: id, profile: profile(interests) });
  return id;
}

async function findings(workspaceId: string, status: 'active' | 'dismissed' = 'active') {
  return t.call('advisor.findings', { workspaceId, status, limit: 200 });
}

describe('advisor.recommend', () => {
  it('recommends a dual matrix for a growing brand that only runs brand accounts, naming the fired rows', async () => {
    const workspaceId = await workspace('growing');
    await brandAccount(workspaceId, 'official', { 'beauty.skincare': 0.5, 'beauty.makeup': 0.5 });
    for (const [sku, price] of [
      ['A', 129],
      ['B', 239],
      ['C', 269],
    ] as const) {
      await t.call('products.create', { workspaceId, name: sku, sku, price });
    }
    const result = await t.call('advisor.recommend', { workspaceId });
    expect(result.recommendation).toBe('dual');
    expect(result.matchesCurrent).toBe(false);
    expect(result.facts).toMatchObject({
      stage: 'growing',
      priceBand: 'mid',
      medianPriceFen: 239_00,
      audienceShape: 'focused',
      current: 'brand_only',
    });
    expect(result.rules.filter((r) => r.fired).map((r) => r.id)).toEqual([
      'stage_growing_dual',
      'considered_category_dual',
      'mid_price_dual',
      'focused_audience_sales',
      'brand_only_needs_sales',
    ]);
    expect(result.scores).toEqual({ brand: 0, sales: 1, dual: 5 });
  });

  it('recommends a brand platform for a new brand with a high-priced catalogue', async () => {
    const workspaceId = await workspace('new', 'other');
    await t.call('products.create', { workspaceId, name: 'Watch', sku: 'W1', price: 2999 });
    const result = await t.call('advisor.recommend', { workspaceId });
    expect(result.recommendation).toBe('brand');
    expect(result.facts.current).toBe('none');
    expect(result.rules.filter((r) => r.fired).map((r) => r.id)).toEqual([
      'stage_new_brand',
      'high_price_brand',
    ]);
  });

  it('refuses an unknown workspace', async () => {
    expect((await t.fail('advisor.recommend', { workspaceId: 'nope' })).code).toBe('not_found');
  });
});

describe('advisor.findings', () => {
  it('flags a growing brand-only matrix: no sales account, overlapping audiences, uncovered products', async () => {
    const workspaceId = await workspace('growing');
    const a = await brandAccount(workspaceId, 'official', { 'beauty.skincare': 0.7, 'beauty.makeup': 0.3 });
    const b = await brandAccount(workspaceId, 'persona', { 'beauty.skincare': 0.6, 'beauty.makeup': 0.4 });
    const product = await t.call('products.create', {
      workspaceId,
      name: '露营灯',
      sku: 'LAMP',
      price: 99,
      tags: ['户外露营', '护肤'],
    });
    const result = await findings(workspaceId);
    expect(result.items.map((f) => f.ruleId)).toEqual([
      'no_sales_account',
      'audience_overlap',
      'product_tags_uncovered',
    ]);
    const [noSales, overlap, uncovered] = result.items;
    expect(noSales).toMatchObject({ severity: 'high', numbers: { brandAccounts: 2, salesAccounts: 0 } });
    expect(overlap!.key).toBe(`audience_overlap:${[a, b].sort().join(':')}`);
    // cos((.7,.3),(.6,.4)) = .54 / (.7616 · .7211) = .9833
    expect(overlap!.numbers.similarity).toBeCloseTo(0.9833, 3);
    expect(overlap!.link.page).toBe('account');
    expect(uncovered).toMatchObject({
      key: `product_tags_uncovered:${product.id}`,
      link: { page: 'product', id: product.id },
      numbers: { uncovered: 1, total: 2 },
    });
    expect(uncovered!.reason['zh-CN']).toContain('户外露营');
    expect(result.counts).toEqual({ active: 3, dismissed: 0 });
  });

  it('reads the plan of the last and next 14 days: blurred roles, live hours, FACT balance', async () => {
    const workspaceId = await workspace('mature');
    const brand = await brandAccount(workspaceId, 'official', { 'beauty.skincare': 1 });
    const sales = (
      await t.call('accounts.create', {
        workspaceId,
        role: 'sales',
        handle: 'store',
        displayName: '旗舰店',
        selfBroadcast: true,
        targets: { liveHoursPerWeek: 10 },
      })
    ).id;
    await t.call('audience.set', {
      ownerType: 'account',
      ownerId: sales,
      profile: profile({ 'food.snacks': 1 }),
    });
    const item = (accountId: string, days: number, objective: string, format = 'short_video', extra = {}) =>
      t.call('content.create', {
        workspaceId,
        accountId,
        title: `${objective} ${days}`,
        format: format as 'short_video',
        objective: objective as 'seed',
        plannedAt: inDays(days),
        ...extra,
      });
    // Brand: 2 of 3 items in the window sell (one 20 days out does not count).
    await item(brand, -3, 'convert');
    await item(brand, 2, 'promotion');
    await item(brand, 5, 'seed');
    await item(brand, 20, 'seed');
    // Sales: one 2-hour live ahead (1 h/week vs 10), no product linked anywhere.
    await item(sales, 3, 'self_broadcast', 'live', { durationMinutes: 120 });
    const result = await findings(workspaceId);
    const byRule = new Map(result.items.map((f) => [f.ruleId, f]));
    expect([...byRule.keys()].sort()).toEqual(
      [
        'brand_convert_heavy',
        'fact_unbalanced',
        'live_hours_below_target',
        'sales_without_product_content',
      ].sort(),
    );
    expect(byRule.get('brand_convert_heavy')!.numbers).toMatchObject({ items: 3, salesItems: 2 });
    expect(byRule.get('live_hours_below_target')!.numbers).toEqual({ perWeek: 1, target: 10 });
    expect(byRule.get('sales_without_product_content')!.link).toEqual({ page: 'account', id: sales });
    expect(byRule.get('fact_unbalanced')).toMatchObject({
      key: 'fact_unbalanced:creator',
      numbers: { own: 1, creator: 0, ownShare: 1 },
    });
  });

  it('pages the list', async () => {
    const workspaceId = await workspace('growing');
    await brandAccount(workspaceId, 'a', { 'beauty.skincare': 1 });
    await brandAccount(workspaceId, 'b', { 'beauty.skincare': 1 });
    const first = await t.call('advisor.findings', { workspaceId, limit: 1 });
    expect(first).toMatchObject({ total: 2, nextCursor: '1' });
    expect(first.items).toHaveLength(1);
    const second = await t.call('advisor.findings', { workspaceId, limit: 1, cursor: first.nextCursor! });
    expect(second.nextCursor).toBeNull();
    expect(second.items[0]!.key).not.toBe(first.items[0]!.key);
  });

  it('shows findings on the sample workspace', async () => {
    const sample = await t.call('workspaces.loadSample', {});
    const result = await findings(sample.id);
    expect(result.counts.active).toBeGreaterThan(0);
    expect(result.items.map((f) => f.ruleId)).toContain('audience_overlap');
    expect((await t.call('advisor.recommend', { workspaceId: sample.id })).recommendation).toBe('dual');
  });
});

describe('advisor.dismiss / advisor.restore', () => {
  let workspaceId: string;
  let key: string;
  beforeEach(async () => {
    workspaceId = await workspace('growing');
    await brandAccount(workspaceId, 'official', { 'beauty.skincare': 1 });
    key = (await findings(workspaceId)).items.find((f) => f.ruleId === 'no_sales_account')!.key;
  });

  it('moves a finding to the dismissed list with its note, and back', async () => {
    const dismissed = await t.call('advisor.dismiss', { workspaceId, key, note: '  本季度只做品牌  ' });
    expect(dismissed.dismissal).toMatchObject({ note: '本季度只做品牌' });
    const active = await findings(workspaceId);
    expect(active.items.map((f) => f.key)).not.toContain(key);
    expect(active.counts).toEqual({ active: 0, dismissed: 1 });
    const list = await findings(workspaceId, 'dismissed');
    expect(list.items).toEqual([dismissed]);

    const restored = await t.call('advisor.restore', { workspaceId, key });
    expect(restored).toMatchObject({ key, finding: { key, dismissal: null } });
    expect((await findings(workspaceId)).items.map((f) => f.key)).toContain(key);
    expect((await findings(workspaceId, 'dismissed')).total).toBe(0);
  });

  it('hides a dismissal whose finding no longer fires, and restores it to nothing', async () => {
    await t.call('advisor.dismiss', { workspaceId, key, note: 'later' });
    await t.call('accounts.create', { workspaceId, role: 'sales', handle: 'store', displayName: '店' });
    expect((await findings(workspaceId, 'dismissed')).items).toEqual([]);
    expect(await t.call('advisor.restore', { workspaceId, key })).toEqual({ key, finding: null });
  });

  it('refuses bad dismissals and restores and changes nothing', async () => {
    await t.call('advisor.dismiss', { workspaceId, key, note: 'first' });
    const before = snapshotTables(t.backend);
    const again = await t.fail('advisor.dismiss', { workspaceId, key, note: 'second' });
    expect(again).toMatchObject({ code: 'conflict', reason: 'advisor.alreadyDismissed' });
    const unknown = await t.fail('advisor.dismiss', { workspaceId, key: 'no_brand_account', note: 'x' });
    expect(unknown).toMatchObject({ code: 'invalid_input', reason: 'advisor.findingNotFiring' });
    expect(unknown.issues?.[0]?.path).toEqual(['key']);
    const noNote = await t.fail('advisor.dismiss', { workspaceId, key, note: '   ' });
    expect(noNote.issues?.[0]?.path).toEqual(['note']);
    const notDismissed = await t.fail('advisor.restore', { workspaceId, key: 'no_brand_account' });
    expect(notDismissed).toMatchObject({ code: 'invalid_input', reason: 'advisor.notDismissed' });
    expect((await t.fail('advisor.dismiss', { workspaceId: 'nope', key, note: 'x' })).code).toBe('not_found');
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('drops dismissals with their workspace', async () => {
    await t.call('advisor.dismiss', { workspaceId, key, note: 'x' });
    await t.call('workspaces.delete', { id: workspaceId });
    expect(snapshotTables(t.backend).advisor_dismissals).toEqual([]);
  });
});
