import { describe, expect, it } from 'vitest';
import { dbAt, insertWorkspaceWithAccount, explain, migrateToLatest } from '../../support/migrations';

/** Migration 0060 on a populated 0040 database: rows stay, the new tables hold, hot queries use indexes. */
describe('migration 0060 (approvals)', () => {
  it('adds the approval tables, cascades with items and workspaces, and serves hot queries from indexes', () => {
    const db = dbAt(50);
    insertWorkspaceWithAccount(db, { handle: 'h', displayName: '号', role: 'brand' });
    db.exec(`INSERT INTO content_items (id, workspace_id, account_id, title, format, objective, pillar, status,
               planned_at, planned_end_at, owner, brief, revision, created_at, updated_at)
             VALUES ('c1', 'w1', 'a1', '标题', 'short_video', 'seed', '', 'review',
               '2025-08-06T10:00:00.000Z', '2025-08-06T10:00:00.000Z', '', '', 0, 'now', 'now');`);
    expect(migrateToLatest(db)).toBeGreaterThanOrEqual(60);
    expect(db.prepare('SELECT title FROM content_items').all()).toEqual([{ title: '标题' }]);

    db.exec(`INSERT INTO workspace_approval_settings VALUES ('w1', 'required', 'now');
             INSERT INTO approval_packs VALUES ('p1', 'w1', 'secret', '2025-08-01', '2025-08-31', '[]', 0, 'zh-CN', 1, 'now');
             INSERT INTO approval_pack_items VALUES ('p1', 'c1', 0, 'f');
             INSERT INTO content_approvals VALUES ('c1', 'w1', 'pending', 'f', 0, 'p1', NULL, NULL, 'now');
             INSERT INTO approval_events VALUES ('e1', 'c1', 'w1', 'packed', 'agency', '', NULL, 'pending', '', 'p1', 0, 'now');
             INSERT INTO approval_imports VALUES ('i1', 'p1', 'w1', 'mac', 'Ann', 'now', 1, 'now');`);
    // States and modes outside the vocabulary are refused even if a bug slips past validation.
    expect(() => db.exec("UPDATE content_approvals SET state = 'maybe'")).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE workspace_approval_settings SET mode = 'sometimes'")).toThrow(/CHECK/);

    const plan = (sql: string) => explain(db, sql);
    expect(plan("SELECT * FROM approval_events WHERE item_id = 'c1' ORDER BY rowid")).toContain(
      'approval_events_by_item',
    );
    expect(
      plan("SELECT COUNT(*) FROM content_approvals WHERE workspace_id = 'w1' AND state = 'stale'"),
    ).toContain('content_approvals_by_state');
    expect(
      plan("SELECT answered_at FROM approval_imports WHERE pack_id = 'p1' ORDER BY answered_at DESC"),
    ).toContain('approval_imports_by_pack');

    // Deleting the item removes its approval, pack line and history; deleting the workspace removes the rest.
    db.exec("DELETE FROM content_items WHERE id = 'c1'");
    for (const table of ['content_approvals', 'approval_pack_items', 'approval_events']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    db.exec("DELETE FROM workspaces WHERE id = 'w1'");
    for (const table of ['workspace_approval_settings', 'approval_packs', 'approval_imports']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });
});
