import { describe, expect, it } from 'vitest';
import { dbAt, explain, insertWorkspaceWithAccount, migrateTo } from '../../support/migrations';

/** The forecast's read of an account's published items (electron/backend/forecasts/repo.ts). */
const publishedOfAccount = `SELECT id, planned_at FROM content_items WHERE account_id = ? AND status = 'published'
  ORDER BY planned_at`;

function insertItems(db: ReturnType<typeof dbAt>): void {
  insertWorkspaceWithAccount(db, { handle: 'store', displayName: '旗舰店', role: 'sales' });
  const insert = db.prepare(
    `INSERT INTO content_items (id, workspace_id, account_id, title, format, objective, status, planned_at,
       planned_end_at, created_at, updated_at)
     VALUES (?, 'w1', 'a1', ?, 'short_video', 'seed', ?, ?, ?, 'now', 'now')`,
  );
  db.transaction(() => {
    insert.run('c1', '已发布', 'published', '2025-07-02T12:00:00.000Z', '2025-07-02T12:00:00.000Z');
    insert.run('c2', '想法', 'idea', '2025-07-01T12:00:00.000Z', '2025-07-01T12:00:00.000Z');
    insert.run('c3', '更早发布', 'published', '2025-06-30T12:00:00.000Z', '2025-06-30T12:00:00.000Z');
  })();
}

describe('migration 0400 (published items by account)', () => {
  it("reads an account's published items by index, not through all its items, and keeps every item", () => {
    const db = dbAt(370);
    insertItems(db);
    expect(explain(db, publishedOfAccount, 'a1')).toContain('USING INDEX content_by_account_time');
    expect(migrateTo(db, 400)).toBe(400);
    expect(explain(db, publishedOfAccount, 'a1')).toContain(
      'USING INDEX content_published_by_account (account_id=?)',
    );
    expect(db.prepare(publishedOfAccount).all('a1')).toEqual([
      { id: 'c3', planned_at: '2025-06-30T12:00:00.000Z' },
      { id: 'c1', planned_at: '2025-07-02T12:00:00.000Z' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM content_items').get()).toEqual({ n: 3 });
  });
});
