import { describe, expect, it } from 'vitest';
import { dbAt, insertWorkspaceWithAccount, explain, migrateTo } from '../../support/migrations';

/** Migration 0100 on a populated database at 0040: rows stay, the portfolio's hot queries use the new indexes. */
describe('migration 0100 (portfolio indexes)', () => {
  it('keeps the content and serves overdue counts and last activity from its indexes', () => {
    const db = dbAt(90);
    insertWorkspaceWithAccount(db, { handle: 'h', displayName: '号', role: 'brand' });
    db.exec(`INSERT INTO content_items (id, workspace_id, account_id, title, format, objective, status, planned_at,
               planned_end_at, created_at, updated_at)
             VALUES ('c1', 'w1', 'a1', '旧', 'short_video', 'seed', 'idea', '2025-08-01T00:00:00.000Z',
               '2025-08-01T00:00:00.000Z', 'x', '2025-08-02T00:00:00.000Z'),
                    ('c2', 'w1', 'a1', '已发', 'short_video', 'seed', 'published', '2025-08-01T01:00:00.000Z',
               '2025-08-01T01:00:00.000Z', 'x', '2025-08-03T00:00:00.000Z');`);
    expect(migrateTo(db, 100)).toBe(100);
    expect(db.prepare('SELECT id FROM content_items ORDER BY id').all()).toEqual([
      { id: 'c1' },
      { id: 'c2' },
    ]);

    const overdue = `SELECT workspace_id, COUNT(*) AS n FROM content_items INDEXED BY content_open_by_workspace
      WHERE workspace_id IN (SELECT value FROM json_each(?)) AND status NOT IN ('published', 'cancelled')
        AND planned_at < ? AND planned_end_at < ? GROUP BY workspace_id`;
    const now = '2025-08-06T00:00:00.000Z';
    expect(db.prepare(overdue).all('["w1"]', now, now)).toEqual([{ workspace_id: 'w1', n: 1 }]);
    const plan = (sql: string, ...args: unknown[]) => explain(db, sql, ...args);
    expect(plan(overdue, '["w1"]', now, now)).toContain('USING INDEX content_open_by_workspace');
    const latest =
      'SELECT p.value, (SELECT MAX(c.updated_at) FROM content_items c WHERE c.workspace_id = p.value) AS at FROM json_each(?) p';
    expect(db.prepare(latest).all('["w1"]')).toEqual([{ value: 'w1', at: '2025-08-03T00:00:00.000Z' }]);
    expect(plan(latest, '["w1"]')).toContain('USING COVERING INDEX content_by_workspace_updated');
  });
});
