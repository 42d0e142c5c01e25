import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestBackend, snapshotTables, type TestBackend } from '../support/backend';
import { freshBackendEachTest, createBrandWorkspace } from '../support/eachTest';
import { creatorInput, offerInput, sampleAudience, setUpBrand } from '../support/offers';
import { walkPages } from '../support/paging';

let t: TestBackend;
let workspaceId: string;
freshBackendEachTest(createBrandWorkspace, (backend, id) => ((t = backend), (workspaceId = id)));

describe('creators: directory', () => {
  it('creates a creator with derived tier and CPM/CPE for every rate-card entry', async () => {
    const c = await t.call('creators.create', creatorInput(workspaceId));
    expect(c).toMatchObject({
      workspaceId,
      handle: 'xiaolu_skin',
      platform: 'douyin',
      followers: 356_000,
      tier: 'mid',
      categories: ['beauty'],
      avgGpm: 620,
      rateCard: { video21to60s: 12_000, commissionPct: 20 },
    });
    // 80,000 median views: CPM = 12,000 ÷ 80 = 150; CPE = 12,000 ÷ (80,000 × 4.2%) = 3.57
    expect(c.metrics.video21to60s).toEqual({ price: 12_000, cpm: 150, cpe: 3.57 });
    expect(c.metrics.liveSession).toEqual({ price: 30_000, cpm: 375, cpe: 8.93 });
    expect(c.audience?.gender).toEqual({ female: 0.82, male: 0.18 });
    expect(await t.call('creators.get', { id: c.id })).toEqual(c);
  });

  it('moves a creator between tiers when followers change (tier is never stored)', async () => {
    const c = await t.call('creators.create', creatorInput(workspaceId, { followers: 9_999 }));
    expect(c.tier).toBe('nano');
    expect((await t.call('creators.update', { id: c.id, followers: 10_000 })).tier).toBe('micro');
    expect((await t.call('creators.update', { id: c.id, followers: 12_000_000 })).tier).toBe('mega');
    const columns = t.backend.context.db.prepare("SELECT name FROM pragma_table_info('creators')").all();
    expect(columns.map((r) => (r as { name: string }).name)).not.toContain('tier');
  });

  it('keeps handles unique per platform in a workspace (case-insensitive), naming the handle', async () => {
    await t.call('creators.create', creatorInput(workspaceId));
    const before = snapshotTables(t.backend);
    const err = await t.fail(
      'creators.create',
      creatorInput(workspaceId, { handle: 'XIAOLU_SKIN', displayName: '另一个' }),
    );
    expect(err.code).toBe('conflict');
    expect(err.issues?.[0]?.path).toEqual(['handle']);
    expect(snapshotTables(t.backend)).toEqual(before);
    await t.call('creators.create', creatorInput(workspaceId, { platform: 'xiaohongshu' }));
  });

  it.each([
    [
      'audience interests that do not sum to 1',
      { audience: { ...sampleAudience(), interests: { 'beauty.skincare': 0.5, 'food.snacks': 0.3 } } },
      ['audience', 'interests'],
    ],
    [
      'gender shares that do not sum to 1',
      { audience: { ...sampleAudience(), gender: { female: 0.7, male: 0.1 } } },
      ['audience', 'gender'],
    ],
    [
      'age buckets that do not sum to 1',
      {
        audience: {
          ...sampleAudience(),
          ages: { '18-23': 0.5, '24-30': 0.1, '31-40': 0.1, '41-50': 0.1, '50+': 0.1 },
        },
      },
      ['audience', 'ages'],
    ],
    [
      'an unknown interest tag',
      { audience: { ...sampleAudience(), interests: { 'beauty.skincare': 0.5, 'nope.tag': 0.5 } } },
      ['audience', 'interests', 'nope.tag'],
    ],
    ['a negative price', { rateCard: { video1to20s: -1 } }, ['rateCard', 'video1to20s']],
    [
      'a price with more than two decimals',
      { rateCard: { liveSession: 1.234 } },
      ['rateCard', 'liveSession'],
    ],
    ['a commission over 100%', { rateCard: { commissionPct: 120 } }, ['rateCard', 'commissionPct']],
    ['an engagement rate over 100%', { engagementRatePct: 101 }, ['engagementRatePct']],
    ['negative median views', { medianViews: -5 }, ['medianViews']],
    ['negative GPM', { avgGpm: -3 }, ['avgGpm']],
    ['an unknown category', { categories: ['astrology'] }, ['categories', 0]],
    ['a handle with spaces', { handle: 'a b' }, ['handle']],
    ['an empty name', { displayName: ' ' }, ['displayName']],
  ])('rejects %s, naming the field, storing nothing', async (_label, patch, path) => {
    const before = snapshotTables(t.backend);
    const err = await t.fail('creators.create', creatorInput(workspaceId, patch));
    expect(err.code).toBe('invalid_input');
    expect(err.issues?.[0]?.path.slice(0, path.length)).toEqual(path);
    expect(err.message).toContain(String(path[0]));
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('accepts shares that sum to 1 within ±0.01', async () => {
    const audience = { ...sampleAudience(), interests: { 'beauty.skincare': 0.5, 'food.snacks': 0.495 } };
    const created = await t.call('creators.create', creatorInput(workspaceId, { audience }));
    const stored = await t.call('creators.get', { id: created.id });
    expect(stored.audience?.interests).toEqual({ 'beauty.skincare': 0.5, 'food.snacks': 0.495 });
  });

  it('updates a patch, merging rate-card entries and clearing with null; bad patches change nothing', async () => {
    const c = await t.call('creators.create', creatorInput(workspaceId));
    const u = await t.call('creators.update', {
      id: c.id,
      rateCard: { video1to20s: 9_000, liveSession: null },
      notes: '涨价了',
      audience: null,
    });
    expect(u.rateCard).toEqual({
      video1to20s: 9_000,
      video21to60s: 12_000,
      video60sPlus: 18_000,
      liveSession: null,
      commissionPct: 20,
    });
    expect(u.metrics.liveSession).toEqual({ price: null, cpm: null, cpe: null });
    expect(u.audience).toBeNull();
    expect(u.handle).toBe('xiaolu_skin');
    const before = snapshotTables(t.backend);
    expect(
      (await t.fail('creators.update', { id: c.id, rateCard: { commissionPct: 101 } })).issues?.[0]?.path,
    ).toEqual(['rateCard', 'commissionPct']);
    const other = await t.fail('creators.update', { id: 'missing', notes: 'x' });
    expect(other.code).toBe('not_found');
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('searches, filters by category, tier, price range and followers, and sorts', async () => {
    const mk = (
      handle: string,
      followers: number,
      categories: string[],
      price: number | null,
      medianViews: number,
    ) =>
      t.call(
        'creators.create',
        creatorInput(workspaceId, {
          handle,
          displayName: handle.toUpperCase(),
          followers,
          categories,
          medianViews,
          rateCard: { video21to60s: price },
          notes: handle === 'c_food' ? '探店达人' : '',
        }),
      );
    await mk('a_nano', 5_000, ['beauty'], 500, 4_000);
    await mk('b_micro', 50_000, ['beauty', 'fashion'], 3_000, 40_000);
    await mk('c_food', 500_000, ['food_explore'], 20_000, 100_000);
    await mk('d_mega', 20_000_000, ['beauty'], null, 5_000_000);
    // Every filter and sort is checked twice: in one page, and one creator per page through the keyset
    // cursor (which must give the same order, including creators without the sorted figure).
    const handles = async (filter: Record<string, unknown>) => {
      const whole = await t.call('creators.list', { workspaceId, ...filter });
      const { items } = await walkPages(async (cursor) => {
        const page = await t.call('creators.list', { workspaceId, ...filter, limit: 1, ...cursor });
        expect(page.total).toBe(whole.total);
        return page;
      });
      const paged = items.map((c) => c.handle);
      expect(paged).toEqual(whole.items.map((c) => c.handle));
      return paged;
    };

    expect(await handles({})).toEqual(['a_nano', 'b_micro', 'c_food', 'd_mega']);
    expect(await handles({ search: '探店' })).toEqual(['c_food']);
    expect(await handles({ search: 'MICRO' })).toEqual(['b_micro']);
    expect(await handles({ categories: ['fashion', 'food_explore'] })).toEqual(['b_micro', 'c_food']);
    expect(await handles({ tiers: ['nano', 'mega'] })).toEqual(['a_nano', 'd_mega']);
    expect(await handles({ followersMin: 10_000, followersMax: 1_000_000 })).toEqual(['b_micro', 'c_food']);
    expect(await handles({ priceMin: 1_000, priceMax: 20_000 })).toEqual(['b_micro', 'c_food']);
    expect(await handles({ sort: 'followers', order: 'desc' })).toEqual([
      'd_mega',
      'c_food',
      'b_micro',
      'a_nano',
    ]);
    // Unknown prices sort last either way.
    expect(await handles({ sort: 'price', order: 'desc' })).toEqual([
      'c_food',
      'b_micro',
      'a_nano',
      'd_mega',
    ]);
    // CPM: a 125, b 75, c 200
    expect(await handles({ sort: 'cpm' })).toEqual(['b_micro', 'a_nano', 'c_food', 'd_mega']);
    expect(await handles({ sort: 'cpm', order: 'desc' })).toEqual(['c_food', 'a_nano', 'b_micro', 'd_mega']);
    expect(await handles({ sort: 'displayName', order: 'desc' })).toEqual([
      'd_mega',
      'c_food',
      'b_micro',
      'a_nano',
    ]);
    expect(await handles({ sort: 'price', search: '_' })).toEqual(['a_nano', 'b_micro', 'c_food', 'd_mega']);
    const bad = await t.fail('creators.list', { workspaceId, priceMin: 10, priceMax: 5 });
    expect(bad.issues?.[0]?.path).toEqual(['priceMax']);
    expect((await t.fail('creators.list', { workspaceId: 'missing' })).code).toBe('not_found');
  });

  it('deletes a creator, but not one with an open or accepted offer', async () => {
    const s = await setUpBrand(t, '品牌乙');
    const offer = await t.call('offers.create', offerInput(s));
    await t.call('offers.send', { id: offer.id });
    const before = snapshotTables(t.backend);
    const err = await t.fail('creators.delete', { id: s.creatorId });
    expect(err.code).toBe('invalid_state');
    expect(err.message).toMatch(/withdraw or complete/);
    expect(snapshotTables(t.backend)).toEqual(before);
    await t.call('offers.withdraw', { id: offer.id });
    expect(await t.call('creators.delete', { id: s.creatorId })).toEqual({ id: s.creatorId });
    expect((await t.fail('creators.get', { id: s.creatorId })).code).toBe('not_found');
    expect((await t.call('offers.list', { workspaceId: s.workspaceId })).items).toEqual([]);
  });
});

describe('creator profile (creator mode) and identity', () => {
  it('starts empty, needs a handle and name first, then takes patches', async () => {
    expect(await t.call('creatorProfile.get', {})).toBeNull();
    const err = await t.fail('creatorProfile.update', { followers: 10 });
    expect(err.code).toBe('invalid_input');
    expect(err.issues?.map((i) => i.path[0]).sort()).toEqual(['displayName', 'handle']);
    const p = await t.call('creatorProfile.update', {
      handle: '@me_creator',
      displayName: '我自己',
      followers: 45_000,
      medianViews: 20_000,
      engagementRatePct: 5,
      audience: sampleAudience(),
      rateCard: { video21to60s: 3_000 },
    });
    expect(p).toMatchObject({ handle: 'me_creator', tier: 'micro', rateCard: { video21to60s: 3_000 } });
    expect(p.metrics.video21to60s).toEqual({ price: 3_000, cpm: 150, cpe: 3 });
    const q = await t.call('creatorProfile.update', { rateCard: { liveSession: 9_000 } });
    expect(q.rateCard).toMatchObject({ video21to60s: 3_000, liveSession: 9_000 });
    const bad = await t.fail('creatorProfile.update', {
      audience: { ...sampleAudience(), gender: { female: 0.2, male: 0.2 } },
    });
    expect(bad.issues?.[0]?.path.slice(0, 2)).toEqual(['audience', 'gender']);
  });

  it('creates one key pair per installation on first use, private key readable by the owner only', async () => {
    const { statSync } = await import('node:fs');
    const a = await t.call('identity.get', {});
    expect(a.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(await t.call('identity.get', {})).toEqual(a);
    const stat = statSync(join(t.dataDir, 'keys', 'offer-signing.key'));
    expect(stat.mode & 0o777).toBe(0o600);
    const other = await createTestBackend();
    try {
      expect((await other.call('identity.get', {})).fingerprint).not.toBe(a.fingerprint);
    } finally {
      other.close();
    }
  });
});

describe('sample workspace', () => {
  it('has creators across every tier with audiences and rate cards, and offers in several states', async () => {
    const ws = await t.call('workspaces.loadSample', {});
    const creators = (await t.call('creators.list', { workspaceId: ws.id })).items;
    expect(creators.length).toBeGreaterThanOrEqual(8);
    expect(new Set(creators.map((c) => c.tier))).toEqual(new Set(['nano', 'micro', 'mid', 'macro', 'mega']));
    for (const c of creators) {
      expect(c.audience).not.toBeNull();
      expect(c.rateCard.video21to60s).not.toBeNull();
    }
    const offers = (await t.call('offers.list', { workspaceId: ws.id })).items;
    expect(new Set(offers.map((o) => o.state))).toEqual(
      new Set(['draft', 'sent', 'countered', 'accepted', 'declined']),
    );
    const accepted = offers.find((o) => o.state === 'accepted')!;
    expect(accepted.deliverables.length).toBeGreaterThan(0);
    expect(accepted.deliverables.every((d) => d.contentItemId !== null)).toBe(true);
    expect(accepted.overdueCount).toBe(1);
    const countered = await t.call('offers.get', { id: offers.find((o) => o.state === 'countered')!.id });
    expect(countered.revisions.at(-1)?.changes.map((c) => c.field)).toEqual(['feeYuan', 'commissionPct']);
  });
});
