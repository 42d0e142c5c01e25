import { describe, expect, it } from 'vitest';
import { snapshotTables, type TestBackend } from '../support/backend';
import { freshBackendEachTest, createBrandWorkspace } from '../support/eachTest';

let t: TestBackend;
let workspaceId: string;
freshBackendEachTest(createBrandWorkspace, (backend, id) => ((t = backend), (workspaceId = id)));

const brand = () => ({
  workspaceId,
  role: 'brand' as const,
  handle: '@brand_official',
  displayName: '品牌官方号',
  followers: 120_000,
  targets: { postsPerWeek: 5, followerGrowthMonthly: 8000, engagementRatePct: 4.5, a3GrowthMonthly: 50_000 },
});
const sales = () => ({
  workspaceId,
  role: 'sales' as const,
  handle: 'brand_store',
  displayName: '旗舰店',
  followers: 300_000,
  selfBroadcast: true,
  targets: { postsPerWeek: 14, liveHoursPerWeek: 40, gmvMonthly: 1_234_567.89, gpm: 850.5, roi: 3.2 },
});

describe('accounts', () => {
  it('creates a brand-building and a sales account with their role targets', async () => {
    const b = await t.call('accounts.create', brand());
    expect(b).toMatchObject({
      role: 'brand',
      platform: 'douyin',
      handle: 'brand_official',
      selfBroadcast: false,
    });
    expect(b.targets).toEqual({
      postsPerWeek: 5,
      followerGrowthMonthly: 8000,
      engagementRatePct: 4.5,
      a3GrowthMonthly: 50_000,
    });
    const s = await t.call('accounts.create', sales());
    expect(s.targets).toEqual({
      postsPerWeek: 14,
      liveHoursPerWeek: 40,
      gmvMonthly: 1_234_567.89,
      gpm: 850.5,
      roi: 3.2,
    });
    expect(s.selfBroadcast).toBe(true);
    const listed = await t.call('accounts.list', { workspaceId });
    expect(listed.map((a) => a.id).sort()).toEqual([b.id, s.id].sort());
    expect(await t.call('accounts.get', { id: s.id })).toEqual(s);
  });

  it('rejects a duplicate handle on the same platform (case-insensitive) with 409 naming the handle', async () => {
    await t.call('accounts.create', brand());
    const before = snapshotTables(t.backend);
    const err = await t.fail('accounts.create', { ...sales(), handle: 'BRAND_OFFICIAL' });
    expect(err.code).toBe('conflict');
    expect(err.issues?.[0]?.path).toEqual(['handle']);
    expect(snapshotTables(t.backend)).toEqual(before);
    // Another platform may use the same handle.
    await t.call('accounts.create', { ...sales(), handle: 'brand_official', platform: 'xiaohongshu' });
  });

  it.each([
    ['negative followers', { followers: -1 }, ['followers']],
    ['fractional followers', { followers: 1.5 }, ['followers']],
    ['empty display name', { displayName: '' }, ['displayName']],
    ['over-long display name', { displayName: '名'.repeat(41) }, ['displayName']],
    ['handle with spaces', { handle: 'a b' }, ['handle']],
    ['unknown platform', { platform: 'weibo' }, ['platform']],
    ['GMV target on a brand-building account', { targets: { gmvMonthly: 100000 } }, ['targets']],
    ['self-broadcast on a brand-building account', { selfBroadcast: true }, ['selfBroadcast']],
    ['engagement rate over 100%', { targets: { engagementRatePct: 120 } }, ['targets', 'engagementRatePct']],
  ])('rejects %s, naming the field, storing nothing', async (_label, patch, path) => {
    const before = snapshotTables(t.backend);
    const err = await t.fail('accounts.create', { ...brand(), ...patch });
    expect(err.code).toBe('invalid_input');
    expect(err.issues?.[0]?.path.slice(0, path.length)).toEqual(path);
    expect(err.message).toContain(path[0]);
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('rejects money with more than two decimals and negative GMV on sales accounts', async () => {
    const e1 = await t.fail('accounts.create', { ...sales(), targets: { gmvMonthly: 1.234 } });
    expect(e1.issues?.[0]?.path).toEqual(['targets', 'gmvMonthly']);
    const e2 = await t.fail('accounts.create', { ...sales(), targets: { gmvMonthly: -5 } });
    expect(e2.issues?.[0]?.path).toEqual(['targets', 'gmvMonthly']);
  });

  it('rejects accounts in a workspace that does not exist', async () => {
    expect((await t.fail('accounts.create', { ...brand(), workspaceId: 'missing' })).code).toBe('not_found');
    expect((await t.fail('accounts.list', { workspaceId: 'missing' })).code).toBe('not_found');
  });

  it('updates fields and keeps the rest', async () => {
    const b = await t.call('accounts.create', brand());
    const u = await t.call('accounts.update', { id: b.id, followers: 130_000, displayName: '新名字' });
    expect(u).toMatchObject({ followers: 130_000, displayName: '新名字', handle: 'brand_official' });
    expect(u.targets).toEqual(b.targets);
  });

  it('changing role drops the old role-only targets and keeps posts per week', async () => {
    const b = await t.call('accounts.create', brand());
    const s = await t.call('accounts.update', { id: b.id, role: 'sales' });
    expect(s.role).toBe('sales');
    expect(s.targets).toEqual({
      postsPerWeek: 5,
      liveHoursPerWeek: null,
      gmvMonthly: null,
      gpm: null,
      roi: null,
    });
    const s2 = await t.call('accounts.update', { id: b.id, targets: { postsPerWeek: 7, gmvMonthly: 50000 } });
    expect(s2.targets.postsPerWeek).toBe(7);
    const back = await t.call('accounts.update', { id: b.id, role: 'brand' });
    expect(back.targets).toEqual({
      postsPerWeek: 7,
      followerGrowthMonthly: null,
      engagementRatePct: null,
      a3GrowthMonthly: null,
    });
  });

  it('rejects an update that would clash or break role rules, leaving the account as it was', async () => {
    const b = await t.call('accounts.create', brand());
    const s = await t.call('accounts.create', sales());
    const before = snapshotTables(t.backend);
    expect((await t.fail('accounts.update', { id: s.id, handle: 'Brand_Official' })).code).toBe('conflict');
    const wrongTargets = await t.fail('accounts.update', { id: b.id, targets: { roi: 3 } });
    expect(wrongTargets.code).toBe('invalid_input');
    expect(wrongTargets.message).toContain('targets');
    expect((await t.fail('accounts.update', { id: b.id, followers: -3 })).issues?.[0]?.path).toEqual([
      'followers',
    ]);
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('archives, hides, restores and deletes', async () => {
    const b = await t.call('accounts.create', brand());
    const archived = await t.call('accounts.archive', { id: b.id });
    expect(archived.archivedAt).not.toBeNull();
    expect(await t.call('accounts.list', { workspaceId })).toHaveLength(0);
    expect(await t.call('accounts.list', { workspaceId, includeArchived: true })).toHaveLength(1);
    // An archived account still holds its handle.
    expect((await t.fail('accounts.create', brand())).code).toBe('conflict');
    const restored = await t.call('accounts.restore', { id: b.id });
    expect(restored.archivedAt).toBeNull();
    expect(await t.call('accounts.list', { workspaceId })).toHaveLength(1);
    await t.call('accounts.delete', { id: b.id });
    expect(await t.call('accounts.list', { workspaceId, includeArchived: true })).toHaveLength(0);
    expect((await t.fail('accounts.delete', { id: b.id })).code).toBe('not_found');
    expect((await t.fail('accounts.archive', { id: b.id })).code).toBe('not_found');
  });

  it('summarises the matrix per role, leaving archived accounts out', async () => {
    await t.call('accounts.create', brand());
    await t.call('accounts.create', {
      ...brand(),
      handle: 'persona',
      followers: 1000,
      targets: { postsPerWeek: 3 },
    });
    const s = await t.call('accounts.create', sales());
    await t.call('accounts.create', {
      ...sales(),
      handle: 'deals',
      followers: 50_000,
      selfBroadcast: false,
      targets: { gmvMonthly: 100_000.11, liveHoursPerWeek: 4.5 },
    });
    let summary = await t.call('matrix.summary', { workspaceId });
    expect(summary.brand).toEqual({
      accounts: 2,
      followers: 121_000,
      targets: { postsPerWeek: 8, followerGrowthMonthly: 8000, a3GrowthMonthly: 50_000 },
    });
    expect(summary.sales).toEqual({
      accounts: 2,
      selfBroadcastAccounts: 1,
      followers: 350_000,
      targets: { postsPerWeek: 14, liveHoursPerWeek: 44.5, gmvMonthly: 1_334_568 },
    });
    expect(summary.totals).toEqual({ accounts: 4, followers: 471_000 });

    await t.call('accounts.archive', { id: s.id });
    summary = await t.call('matrix.summary', { workspaceId });
    expect(summary.sales.accounts).toBe(1);
    expect(summary.sales.targets.gmvMonthly).toBe(100_000.11);
  });

  it('answers unknown methods and malformed input at the router', async () => {
    expect((await t.fail('accounts.explode', {})).code).toBe('unknown_method');
    expect((await t.fail('accounts.list', { workspaceId, extra: 1 })).code).toBe('invalid_input');
    expect((await t.fail('accounts.list', 'nonsense')).code).toBe('invalid_input');
  });
});
