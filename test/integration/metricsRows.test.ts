import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, snapshotTables, type TestBackend } from '../support/backend';
import { explain } from '../support/migrations';
import { walkPages } from '../support/paging';

let t: TestBackend;
let accountId: string;
let otherAccountId: string;
beforeEach(async () => {
  t = await createTestBackend();
  const workspaceId = (
    await t.call('workspaces.create', { name: '测试品牌', industry: 'beauty_personal_care' })
  ).id;
  accountId = (
    await t.call('accounts.create', { workspaceId, role: 'sales', handle: 'store', displayName: '旗舰店' })
  ).id;
  otherAccountId = (
    await t.call('accounts.create', { workspaceId, role: 'brand', handle: 'brand', displayName: '官方号' })
  ).id;
});
afterEach(() => t.close());

const DAY = 86_400_000;
const dateOf = (dayIndex: number) =>
  new Date(Date.UTC(2018, 0, 1) + dayIndex * DAY).toISOString().slice(0, 10);

/** Daily rows for days [first, first + count) of the account, in one transaction; values derive from the day. */
function storeDays(account: string, first: number, count: number, granularity: 'day' | 'week' = 'day'): void {
  const db = t.backend.context.db;
  const insert = db.prepare(
    `INSERT INTO account_metrics (account_id, granularity, period_start, views, likes, comments, shares, saves,
       new_followers, live_viewers, orders, gmv_fen, watch_time_seconds, source, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, 'export.csv', '2026-01-01T00:00:00.000Z')`,
  );
  db.transaction(() => {
    for (let d = first; d < first + count; d++) {
      insert.run(
        account,
        granularity,
        dateOf(d),
        1000 + d,
        d % 97,
        d % 13,
        d % 7,
        d - 5,
        d % 5,
        d * 123 + 45,
        d * 2,
      );
    }
  })();
}

async function allDates(limit: number, filter: { from?: string; to?: string } = {}) {
  const { items } = await walkPages((cursor) =>
    t.call('metrics.rows', { accountId, limit, ...filter, ...cursor }),
  );
  return items.map((r) => r.date);
}

describe('metrics.rows', () => {
  it('pages a few thousand daily rows newest first with the total; the pages are the whole list', async () => {
    storeDays(accountId, 0, 3000);
    storeDays(accountId, 0, 400, 'week'); // weekly rows are not daily rows
    storeDays(otherAccountId, 0, 500);
    const first = await t.call('metrics.rows', { accountId, limit: 50 });
    expect(first.total).toBe(3000);
    expect(first.items).toHaveLength(50);
    expect(first.items[0]).toEqual({
      date: dateOf(2999),
      views: 3999,
      likes: 2999 % 97,
      comments: 2999 % 13,
      shares: 2999 % 7,
      saves: null,
      newFollowers: 2994,
      liveViewers: null,
      orders: 2999 % 5,
      gmv: (2999 * 123 + 45) / 100,
      watchTimeSeconds: 5998,
      source: 'export.csv',
    });
    const dates = await allDates(200);
    expect(dates).toHaveLength(3000);
    expect(dates).toEqual(Array.from({ length: 3000 }, (_, i) => dateOf(2999 - i)));
  });

  it('keeps to inclusive date bounds, with their own total', async () => {
    storeDays(accountId, 0, 1000);
    const page = await t.call('metrics.rows', { accountId, from: dateOf(100), to: dateOf(199), limit: 30 });
    expect(page.total).toBe(100);
    expect(page.items[0]?.date).toBe(dateOf(199));
    const dates = await allDates(30, { from: dateOf(100), to: dateOf(199) });
    expect(dates.at(-1)).toBe(dateOf(100));
    expect(dates).toHaveLength(100);
  });

  it('is stable under inserts: newer days imported between pages neither repeat nor skip a row', async () => {
    storeDays(accountId, 100, 10);
    const first = await t.call('metrics.rows', { accountId, limit: 4 });
    storeDays(accountId, 200, 5); // newer: before page one
    storeDays(accountId, 0, 2); // older: after the cursor, so read once
    const second = await t.call('metrics.rows', { accountId, limit: 200, cursor: first.nextCursor! });
    expect(second.total).toBe(17);
    expect(second.items.map((r) => r.date)).toEqual([
      ...Array.from({ length: 6 }, (_, i) => dateOf(105 - i)),
      dateOf(1),
      dateOf(0),
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses limits out of bounds, foreign cursors, reversed dates and unknown accounts, storing nothing', async () => {
    storeDays(accountId, 0, 3);
    const before = snapshotTables(t.backend);
    for (const limit of [0, 201, 1.5]) {
      const err = await t.fail('metrics.rows', { accountId, limit });
      expect(err.code).toBe('invalid_input');
      expect(err.issues?.[0]?.path).toEqual(['limit']);
    }
    // Cursors of other lists (two keys), tampered or not JSON.
    for (const cursor of ['["2018-01-02", 5]', '3', 'not json', '[{}]']) {
      const err = await t.fail('metrics.rows', { accountId, cursor });
      expect(err.issues?.[0]).toMatchObject({ path: ['cursor'], code: 'paging.badCursor' });
    }
    const reversed = await t.fail('metrics.rows', { accountId, from: dateOf(2), to: dateOf(1) });
    expect(reversed.issues?.[0]?.path).toEqual(['to']);
    expect((await t.fail('metrics.rows', { accountId: 'nope' })).code).toBe('not_found');
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('reads a page past a cursor through the primary key, without a sort', () => {
    const plan = explain(
      t.backend.context.db,
      `SELECT period_start FROM account_metrics
        WHERE account_id = @accountId AND granularity = 'day' AND (period_start) < (@k0)
        ORDER BY period_start DESC LIMIT 51`,
      { accountId, k0: '2020-01-01' },
    );
    expect(plan).toMatch(/SEARCH account_metrics USING (COVERING )?INDEX sqlite_autoindex_account_metrics_1/);
    expect(plan).not.toContain('TEMP B-TREE');
  });
});
