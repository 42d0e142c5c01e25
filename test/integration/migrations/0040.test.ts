import { describe, expect, it } from 'vitest';
import { dbAt, insertWorkspaceWithAccount, explain, migrateTo } from '../../support/migrations';

/** Migration 0040 on a database at 0030 with data: existing rows stay, new tables work, hot queries use indexes. */
describe('migration 0040 (interest, metrics, forecasts)', () => {
  it('adds its tables to a populated database and serves the hot queries from indexes', () => {
    const db = dbAt(30);
    insertWorkspaceWithAccount(db, { handle: 'h', displayName: '号', role: 'brand' });
    expect(migrateTo(db, 40)).toBe(40);
    expect(db.prepare('SELECT handle FROM accounts').all()).toEqual([{ handle: 'h' }]);

    db.prepare(
      `INSERT INTO account_metrics (account_id, granularity, period_start, views, source, imported_at)
       VALUES ('a1', 'day', '2025-08-06', 10, 'f', 'now')`,
    ).run();
    // Counts cannot go negative and dates must look like dates, even if a bug slips past validation.
    expect(() =>
      db
        .prepare(
          `INSERT INTO account_metrics (account_id, granularity, period_start, views, source, imported_at)
         VALUES ('a1', 'day', '2025-08-07', -1, 'f', 'now')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO account_metrics (account_id, granularity, period_start, source, imported_at)
         VALUES ('a1', 'day', '8/7/2025', 'f', 'now')`,
        )
        .run(),
    ).toThrow(/CHECK/);

    const plan = (sql: string) => explain(db, sql);
    expect(
      plan(
        "SELECT period_start, views FROM account_metrics WHERE account_id = 'a1' AND granularity = 'day' AND period_start >= '2025-01-01' ORDER BY period_start",
      ),
    ).toMatch(/USING (INDEX|PRIMARY KEY)/);
    expect(
      plan("SELECT * FROM forecast_runs WHERE account_id = 'a1' AND metric = 'gmv' ORDER BY created_at DESC"),
    ).toContain('forecast_runs_by_account');

    // Deleting the account takes its metrics and its audience profile with it.
    db.prepare(
      `INSERT INTO audience_profiles (workspace_id, owner_type, owner_id, profile_json, source, updated_at)
       VALUES ('w1', 'account', 'a1', '{}', 'manual', 'now')`,
    ).run();
    db.prepare("DELETE FROM accounts WHERE id = 'a1'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM account_metrics').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM audience_profiles').get()).toEqual({ n: 0 });
    db.close();
  });
});
