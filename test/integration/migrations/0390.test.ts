import { describe, expect, it } from 'vitest';
import { dbAt, insertTwoWorkspaces, migrateTo } from '../../support/migrations';

const creator = (id: string, ws: string) =>
  `INSERT INTO creators (id, workspace_id, platform, handle, display_name, created_at, updated_at)
   VALUES ('${id}', '${ws}', 'douyin', '@${id}', '${id}', 'now', 'now');`;

const saveRoster = (ws: string, seq: number) =>
  `INSERT INTO saved_match_rosters (workspace_id, seq, built_with, names_json, columns, saved_at)
   VALUES ('${ws}', ${seq}, 'format', '{}', x'00', 'now');`;

const savedFor = (db: ReturnType<typeof dbAt>) =>
  (
    db.prepare('SELECT workspace_id FROM saved_match_rosters ORDER BY workspace_id').all() as {
      workspace_id: string;
    }[]
  ).map((r) => r.workspace_id);

/**
 * Migration 0390 on a populated 0370 database: a saved roster lives only while the change log it counts
 * on does — it goes with its workspace, and when any of the workspace's change-log rows goes (a log that
 * could start again from 1 must never match an old roster's number), while writes that only add to the
 * log keep it.
 */
describe('migration 0390 (saved match rosters)', () => {
  it('keeps a roster across creator writes and drops it with its change log or its workspace', () => {
    const db = dbAt(370);
    insertTwoWorkspaces(db);
    db.exec(`${creator('c1', 'w1')} ${creator('c2', 'w2')}`);
    expect(migrateTo(db, 390)).toBe(390);
    // The creators written before stay, and so does their change log.
    expect(db.prepare('SELECT COUNT(*) AS n FROM creator_changes').get()).toEqual({ n: 2 });

    db.exec(`${saveRoster('w1', 1)} ${saveRoster('w2', 1)}`);
    // Writes only note later changes: the rosters stay and catch up through the log.
    db.exec(`${creator('c3', 'w1')} UPDATE creators SET display_name = 'x' WHERE id = 'c1';
             DELETE FROM creators WHERE id = 'c3';`);
    expect(savedFor(db)).toEqual(['w1', 'w2']);

    // A change-log row removed: that workspace's roster goes, the other's stays.
    db.exec(`DELETE FROM creator_changes WHERE creator_id = 'c3'`);
    expect(savedFor(db)).toEqual(['w2']);

    // A roster goes with its workspace.
    db.exec(`DELETE FROM creators WHERE workspace_id = 'w2'; DELETE FROM workspaces WHERE id = 'w2'`);
    expect(savedFor(db)).toEqual([]);
  });
});
