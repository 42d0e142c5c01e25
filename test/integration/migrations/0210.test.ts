import { describe, expect, it } from 'vitest';
import { changeSeqs as seqs, dbAt, explain, insertTwoWorkspaces, migrateTo } from '../../support/migrations';

const creator = (id: string, ws: string, handle: string) =>
  `INSERT INTO creators (id, workspace_id, platform, handle, display_name, created_at, updated_at)
   VALUES ('${id}', '${ws}', 'douyin', '${handle}', '${handle}', 'now', 'now');`;

const session = (id: string, creatorId: string, day: string) =>
  `INSERT INTO live_sessions (id, workspace_id, creator_id, started_at, ended_at, slot, source, imported_at)
   VALUES ('${id}', 'w1', '${creatorId}', '${day}T12:00:00Z', '${day}T14:00:00Z', 'afternoon', 'test', 'now');`;

/** Migration 0210 on a populated 0190 database: every write to a creator or its live sessions is noted. */
describe('migration 0210 (creator changes)', () => {
  it('notes creator and live-session writes per workspace, keeps tombstones, and goes with the workspace', () => {
    const db = dbAt(190);
    insertTwoWorkspaces(db);
    db.exec(creator('c1', 'w1', 'a'));
    expect(migrateTo(db, 210)).toBe(210);
    // Rows written before the migration are not changes: a cache built after it read them.
    expect(seqs(db)).toEqual({});

    db.exec(`${creator('c2', 'w1', 'b')} ${creator('c3', 'w2', 'c')}`);
    expect(seqs(db)).toEqual({ c2: 1, c3: 1 });
    db.exec(`UPDATE creators SET followers = 10 WHERE id = 'c1'`);
    expect(seqs(db)).toEqual({ c1: 2, c2: 1, c3: 1 });
    db.exec(session('s1', 'c2', '2025-01-01'));
    expect(seqs(db)['c2']).toBe(3);
    db.exec(`UPDATE live_sessions SET creator_id = 'c1' WHERE id = 's1'`);
    // Moving a session notes both creators (the order of the two triggers is SQLite's).
    expect([seqs(db)['c1'], seqs(db)['c2']].sort()).toEqual([4, 5]);
    db.exec(`DELETE FROM creators WHERE id = 'c1'`);
    // The deleted creator stays as a tombstone with a later seq (its session went by cascade).
    expect(seqs(db)['c1']).toBeGreaterThan(5);
    expect(db.prepare('SELECT COUNT(*) AS n FROM live_sessions').get()).toEqual({ n: 0 });

    // The hot queries read the index.
    expect(
      explain(
        db,
        'SELECT creator_id, seq FROM creator_changes WHERE workspace_id = ? AND seq > ? ORDER BY seq',
        'w1',
        0,
      ),
    ).toMatch(/USING (COVERING )?INDEX creator_changes_by_workspace/);
    expect(explain(db, 'SELECT max(seq) AS seq FROM creator_changes WHERE workspace_id = ?', 'w1')).toMatch(
      /creator_changes_by_workspace/,
    );

    // Offers of a workspace: the offer row, its revisions and deliverables (also when a foreign key's
    // action changes them: an account's deletion unlinks its deliverables).
    db.exec(`INSERT INTO accounts (id, workspace_id, platform, handle, display_name, role, created_at, updated_at)
               VALUES ('a1', 'w2', 'douyin', 'shop', '店铺', 'sales', 'now', 'now');
             INSERT INTO offers (id, exchange_id, side, workspace_id, creator_id, creator_platform, creator_handle,
               creator_name, brand_name, state, revision, terms, state_changed_at, created_at, updated_at)
             VALUES ('o1', 'x1', 'brand', 'w2', 'c3', 'douyin', 'c', 'c', '别家', 'draft', 0, '{}', 'now', 'now', 'now')`);
    expect(seqs(db, 'offer_changes', 'offer_id')).toEqual({ o1: 1 });
    db.exec(`INSERT INTO offer_deliverables (id, offer_id, key, position, format, count, due_on, account_id,
               account_label, status_changed_at, created_at)
             VALUES ('d1', 'o1', 'k', 0, 'video', 1, '2025-01-01', 'a1', '店铺', 'now', 'now')`);
    expect(seqs(db, 'offer_changes', 'offer_id')).toEqual({ o1: 2 });
    db.exec(`DELETE FROM accounts WHERE id = 'a1'`);
    expect(seqs(db, 'offer_changes', 'offer_id')).toEqual({ o1: 3 });
    db.exec(`DELETE FROM offers WHERE id = 'o1'`);
    expect(seqs(db, 'offer_changes', 'offer_id')).toEqual({ o1: 4 });

    // Deleting a workspace cascades through its creators without tripping the triggers' foreign key.
    db.exec(`DELETE FROM workspaces WHERE id = 'w1'`);
    expect(seqs(db)).toEqual({ c3: 1 });
    db.exec(`DELETE FROM workspaces WHERE id = 'w2'`);
    expect(seqs(db)).toEqual({});
    expect(seqs(db, 'offer_changes', 'offer_id')).toEqual({});
    db.close();
  });
});
