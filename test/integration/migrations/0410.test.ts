import { describe, expect, it } from 'vitest';
import { dbAt, insertWorkspaceWithAccount, migrateTo } from '../../support/migrations';

describe('migration 0410 (content archive)', () => {
  it('keeps every item (not archived) and every undo record, and takes the archive undo kinds', () => {
    const db = dbAt(400);
    insertWorkspaceWithAccount(db, { handle: 'store', displayName: '旗舰店', role: 'sales' });
    db.exec(`INSERT INTO content_items (id, workspace_id, account_id, title, format, objective, status, planned_at,
               planned_end_at, created_at, updated_at)
             VALUES ('c1', 'w1', 'a1', '想法', 'short_video', 'seed', 'idea', '2025-07-01T12:00:00.000Z',
               '2025-07-01T12:00:00.000Z', 'now', 'now');
             INSERT INTO content_undo (id, workspace_id, item_id, kind, revision, before_json, created_at)
             VALUES ('u1', 'w1', 'c1', 'move', 1, '{"values":{}}', '2025-07-01T12:00:00.000Z');`);
    const undoRows = db.prepare('SELECT * FROM content_undo').all();
    const insertArchive = `INSERT INTO content_undo (id, workspace_id, item_id, kind, revision, before_json, created_at)
      VALUES ('u2', 'w1', 'c1', 'archive', 2, '{}', 'now')`;
    expect(() => db.exec(insertArchive)).toThrow(/CHECK constraint failed/);
    expect(migrateTo(db, 410)).toBe(410);
    expect(db.prepare('SELECT id, archived_at FROM content_items').all()).toEqual([
      { id: 'c1', archived_at: null },
    ]);
    expect(db.prepare('SELECT * FROM content_undo').all()).toEqual(undoRows);
    db.exec(insertArchive);
    expect(
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE tbl_name = 'content_undo' AND type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .all(),
    ).toEqual([
      { name: 'content_undo_by_item' },
      { name: 'content_undo_by_time' },
      { name: 'content_undo_by_workspace' },
    ]);
    // Deleting the workspace still cascades to the rebuilt table.
    db.exec("DELETE FROM workspaces WHERE id = 'w1'");
    expect(db.prepare('SELECT count(*) AS n FROM content_undo').get()).toEqual({ n: 0 });
  });
});
