import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/backend';
import { freshSetupEachTest } from '../support/eachTest';
import { addForecastBrandWithStore } from '../support/brandWithStore';
import { walkPages } from '../support/paging';

const { t, s } = freshSetupEachTest(addForecastBrandWithStore);

/** Saves `n` runs (without history they are stored as "insufficient history", which is all paging needs). */
async function saveRuns(accountId: string, n: number, metric: 'views' | 'gmv' = 'views') {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const run = await t.call('forecasts.run', { accountId, metric, horizon: 7 + i, save: true });
    ids.push(run.id!);
  }
  return ids;
}

async function allIds(input: { workspaceId: string } | { accountId: string }, limit: number) {
  const { items } = await walkPages((cursor) => t.call('forecasts.list', { ...input, limit, ...cursor }));
  return items.map((r) => r.id);
}

describe('forecasts.list paging', () => {
  it('pages newest first with the total, per account, metric or workspace', async () => {
    const store = await saveRuns(s.storeId, 5);
    const storeGmv = await saveRuns(s.storeId, 2, 'gmv');
    const brand = await saveRuns(s.brandId, 3);

    const whole = await t.call('forecasts.list', { workspaceId: s.workspaceId, limit: 200 });
    expect(whole).toMatchObject({ total: 10, nextCursor: null });
    // Saved in this order, so newest first is the reverse (the rowid breaks same-millisecond ties).
    expect(whole.items.map((r) => r.id)).toEqual([...store, ...storeGmv, ...brand].reverse());
    expect(await allIds({ workspaceId: s.workspaceId }, 3)).toEqual(whole.items.map((r) => r.id));

    const account = await t.call('forecasts.list', { accountId: s.storeId, limit: 2 });
    expect(account.total).toBe(7);
    expect(account.items).toHaveLength(2);
    expect(await allIds({ accountId: s.storeId }, 2)).toEqual([...store, ...storeGmv].reverse());
    const gmv = await t.call('forecasts.list', { accountId: s.storeId, metric: 'gmv' });
    expect(gmv).toMatchObject({ total: 2, nextCursor: null });
  });

  it('is stable under inserts: a run saved between pages does not shift the next page', async () => {
    const older = await saveRuns(s.storeId, 4);
    const first = await t.call('forecasts.list', { accountId: s.storeId, limit: 2 });
    expect(first.items.map((r) => r.id)).toEqual([older[3], older[2]]);
    await saveRuns(s.storeId, 2);
    const second = await t.call('forecasts.list', {
      accountId: s.storeId,
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect(second.items.map((r) => r.id)).toEqual([older[1], older[0]]);
    expect(second).toMatchObject({ total: 6, nextCursor: null });
  });

  it('refuses limits out of bounds and foreign cursors, naming the field, and stores nothing', async () => {
    await saveRuns(s.storeId, 2);
    const before = snapshotTables(t.backend);
    for (const limit of [0, 201, 2.5]) {
      const err = await t.fail('forecasts.list', { accountId: s.storeId, limit });
      expect(err.code).toBe('invalid_input');
      expect(err.issues?.[0]?.path).toEqual(['limit']);
    }
    for (const cursor of ['7', '["2025-01-01T00:00:00.000Z"]', '{']) {
      const err = await t.fail('forecasts.list', { accountId: s.storeId, cursor });
      expect(err.issues?.[0]).toMatchObject({ path: ['cursor'], code: 'paging.badCursor' });
    }
    expect(snapshotTables(t.backend)).toEqual(before);
  });
});
