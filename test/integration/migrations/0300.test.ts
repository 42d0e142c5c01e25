import { describe, expect, it } from 'vitest';
import { noteBundleChangesOnce } from '../../../electron/backend/bundles/changesRepo';
import { dbAt, migrateTo, migrateToLatest } from '../../support/migrations';

const offer = (id: string, ws: string) =>
  `INSERT INTO offers (id, exchange_id, side, workspace_id, creator_id, creator_platform, creator_handle,
     creator_name, brand_name, state, revision, terms, state_changed_at, created_at, updated_at)
   VALUES ('${id}', 'x-${id}', 'brand', '${ws}', 'c-${ws}', 'douyin', 'c', 'c', '品牌', 'draft', 0, '{}',
     'now', 'now', 'now');`;
const revision = (offerId: string, number: number) =>
  `INSERT INTO offer_revisions (offer_id, number, action, actor, state, terms, origin, created_at)
   VALUES ('${offerId}', ${number}, 'send', 'brand', 'sent', '{}', 'local', 'now');`;

const seqs = (db: ReturnType<typeof dbAt>) =>
  Object.fromEntries(
    (
      db.prepare('SELECT offer_id AS id, seq FROM offer_changes ORDER BY id').all() as {
        id: string;
        seq: number;
      }[]
    ).map((r) => [r.id, r.seq]),
  );

/** Migration 0300 on a populated 0280 database: a bundle import notes its offers once, other writes per row. */
describe('migration 0300 (bulk offer changes)', () => {
  it('lets a marked transaction note its offers in one statement, and keeps the triggers for the rest', () => {
    const db = dbAt(280);
    db.exec(`INSERT INTO workspaces (id, name, industry, stage, created_at, updated_at)
               VALUES ('w1', '品牌', 'beauty_personal_care', 'new', 'now', 'now'),
                      ('w2', '别家', 'beauty_personal_care', 'new', 'now', 'now');
             INSERT INTO creators (id, workspace_id, platform, handle, display_name, created_at, updated_at)
               VALUES ('c-w1', 'w1', 'douyin', 'a', 'a', 'now', 'now'), ('c-w2', 'w2', 'douyin', 'b', 'b', 'now', 'now');
             ${offer('o1', 'w1')}`);
    expect(seqs(db)).toEqual({ o1: 1 });
    expect(migrateTo(db, 300)).toBe(300);
    // The rows and notes written before stay; an unmarked write is noted per row as before.
    expect(seqs(db)).toEqual({ o1: 1 });
    db.exec(revision('o1', 1));
    expect(seqs(db)).toEqual({ o1: 2 });

    // Today's bundle import also writes later migrations' notes (0420's forecast pasts): migrate on first.
    migrateToLatest(db);
    // The import: its offers and revisions skip the triggers, and every offer and creator of the workspace
    // is noted once after, in row order; meanwhile another workspace's writes are noted by its triggers.
    db.transaction(() =>
      noteBundleChangesOnce(db, 'w1', () => {
        db.exec(`${offer('o2', 'w1')} ${revision('o2', 1)} ${revision('o2', 2)} ${offer('o3', 'w1')}
                 UPDATE offers SET message = 'x' WHERE id = 'o1';`);
        db.exec(offer('o9', 'w2'));
      }),
    )();
    expect(seqs(db)).toEqual({ o1: 3, o2: 4, o3: 5, o9: 1 });
    expect(db.prepare('SELECT creator_id AS id, seq FROM creator_changes ORDER BY id').all()).toEqual([
      { id: 'c-w1', seq: 2 },
      { id: 'c-w2', seq: 1 },
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM offer_changes_bulk').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM creator_changes_bulk').get()).toEqual({ n: 0 });

    // After it the triggers note again; an import that throws leaves neither rows, notes nor marks.
    db.exec(revision('o3', 1));
    expect(seqs(db)['o3']).toBe(6);
    expect(() =>
      db.transaction(() =>
        noteBundleChangesOnce(db, 'w1', () => {
          db.exec(offer('o4', 'w1'));
          throw new Error('stop');
        }),
      )(),
    ).toThrow('stop');
    expect(seqs(db)['o4']).toBeUndefined();
    expect(db.prepare('SELECT COUNT(*) AS n FROM offer_changes_bulk').get()).toEqual({ n: 0 });
    db.close();
  });
});
