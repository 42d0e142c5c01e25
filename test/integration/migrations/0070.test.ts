import { describe, expect, it } from 'vitest';
import { dbAt, insertWorkspaceWithAccount, explain, migrateTo } from '../../support/migrations';

const insertSession = `INSERT INTO live_sessions (id, workspace_id, account_id, creator_id, started_at, ended_at, slot, viewers, exposure_users, buyers, source, imported_at)
  VALUES (@id, 'w1', @account, @creator, @start, @end, 'evening', @viewers, @exposure, @buyers, 'f', 'now')`;

/** Migration 0070 on a populated database: rows stay, the funnel rules hold in SQL, hot queries use indexes. */
describe('migration 0070 (live sessions)', () => {
  it('adds its tables to a populated database and refuses impossible sessions even past validation', () => {
    const db = dbAt(60);
    insertWorkspaceWithAccount(db, { handle: 'store', displayName: '旗舰店', role: 'sales' });
    expect(migrateTo(db, 70)).toBe(70);
    expect(db.prepare('SELECT handle FROM accounts').all()).toEqual([{ handle: 'store' }]);

    const ok = {
      id: 's1',
      account: 'a1',
      creator: null,
      start: '2025-08-01T12:00:00.000Z',
      end: '2025-08-01T14:00:00.000Z',
      viewers: 100,
      exposure: 1000,
      buyers: 5,
    };
    db.prepare(insertSession).run(ok);
    expect(db.prepare('SELECT room_id FROM live_sessions').get()).toEqual({ room_id: 'a1' });
    for (const bad of [
      { ...ok, id: 's2', start: '2025-08-02T12:00:00.000Z', end: '2025-08-02T11:00:00.000Z' },
      { ...ok, id: 's3', start: '2025-08-03T12:00:00.000Z', end: '2025-08-03T14:00:00.000Z', viewers: 2000 },
      { ...ok, id: 's4', start: '2025-08-04T12:00:00.000Z', end: '2025-08-04T14:00:00.000Z', buyers: 101 },
      { ...ok, id: 's5', start: '2025-08-05T12:00:00.000Z', end: '2025-08-05T14:00:00.000Z', creator: 'c1' },
    ]) {
      expect(() => db.prepare(insertSession).run(bad)).toThrow(/CHECK|FOREIGN KEY/);
    }
    // The upsert key: one session per room and start time.
    expect(() => db.prepare(insertSession).run({ ...ok, id: 's6' })).toThrow(/UNIQUE/);

    const plan = (sql: string) => explain(db, sql);
    expect(
      plan(
        "SELECT * FROM live_sessions WHERE room_id = 'a1' AND slot = 'evening' AND started_at < 'x' ORDER BY started_at DESC",
      ),
    ).toMatch(/USING INDEX live_sessions_by_slot/);
    expect(plan("SELECT * FROM live_sessions WHERE workspace_id = 'w1' ORDER BY started_at DESC")).toMatch(
      /live_sessions_by_workspace/,
    );

    db.exec("DELETE FROM workspaces WHERE id = 'w1'");
    expect(db.prepare('SELECT count(*) AS n FROM live_sessions').get()).toEqual({ n: 0 });
  });
});
