import { describe, expect, it } from 'vitest';
import { noteCreatorChangesOnce } from '../../../electron/backend/creators/changesRepo';
import { changeSeqs as seqs, dbAt, insertTwoWorkspaces, migrateTo } from '../../support/migrations';

const creator = (id: string, ws: string) =>
  `INSERT INTO creators (id, workspace_id, platform, handle, display_name, created_at, updated_at)
   VALUES ('${id}', '${ws}', 'douyin', '${id}', '${id}', 'now', 'now');`;

/** Migration 0280 on a 0230 database: a bulk write notes its creators once, every other write per row. */
describe('migration 0280 (bulk creator changes)', () => {
  it('lets a marked transaction note its creators in one statement, and keeps the triggers for the rest', () => {
    const db = dbAt(230);
    insertTwoWorkspaces(db);
    expect(migrateTo(db, 280)).toBe(280);

    db.exec(creator('c1', 'w1'));
    expect(seqs(db)).toEqual({ c1: 1 });

    // The bulk write: its rows skip the triggers; the ids it returns are noted after it, in its order.
    db.transaction(() =>
      noteCreatorChangesOnce(db, 'w1', () => {
        db.exec(
          `${creator('c2', 'w1')} ${creator('c3', 'w1')} UPDATE creators SET followers = 5 WHERE id = 'c1';`,
        );
        // Meanwhile another workspace's writes are still noted by its triggers.
        db.exec(creator('c9', 'w2'));
        return ['c2', 'c3', 'c1', 'c2'];
      }),
    )();
    expect(seqs(db)).toEqual({ c1: 4, c2: 2, c3: 3, c9: 1 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM creator_changes_bulk').get()).toEqual({ n: 0 });

    // After it, the triggers note again, one later seq per write.
    db.exec(`UPDATE creators SET followers = 6 WHERE id = 'c3'`);
    expect(seqs(db)['c3']).toBe(5);

    // A bulk write that throws leaves neither its rows, its notes nor its mark.
    expect(() =>
      db.transaction(() =>
        noteCreatorChangesOnce(db, 'w1', () => {
          db.exec(creator('c4', 'w1'));
          throw new Error('stop');
        }),
      )(),
    ).toThrow('stop');
    expect(seqs(db)['c4']).toBeUndefined();
    expect(db.prepare('SELECT COUNT(*) AS n FROM creator_changes_bulk').get()).toEqual({ n: 0 });
  });
});
