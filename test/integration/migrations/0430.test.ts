import { describe, expect, it } from 'vitest';
import { changeSeqs, dbAt, insertWorkspaceWithAccount, migrateTo } from '../../support/migrations';
import type { Db } from '../../../electron/backend/db/types';
import { notePastChangesOnce } from '../../../electron/backend/forecasts/pastChangesRepo';

const seqs = (db: Db) => changeSeqs(db, 'forecast_past_changes', 'scope_id');

const item = (id: string, status: string) =>
  `INSERT INTO content_items (id, workspace_id, account_id, title, format, objective, status, planned_at,
     planned_end_at, created_at, updated_at)
   VALUES ('${id}', 'w1', 'a1', '${id}', 'short_video', 'convert', '${status}',
     '2025-07-01T12:00:00.000Z', '2025-07-01T12:00:00.000Z', 'now', 'now');`;
const tag = (itemId: string, value: string) =>
  `INSERT INTO content_item_tags (item_id, tag, position) VALUES ('${itemId}', '${value}', 0);`;

/**
 * Migration 0430 on a populated 0420 database: besides its account, a published item's own note moves when
 * its tags or product links change and when it becomes published, so a rebuilt forecast past rereads the
 * targets of only the items whose note moved (forecasts/accountPast.ts).
 */
describe('migration 0430 (forecast item notes)', () => {
  it('notes a published item’s target changes on the item and its account, and an item becoming published', () => {
    const db = dbAt(420);
    insertWorkspaceWithAccount(db, { handle: 'store', displayName: '旗舰店', role: 'sales' });
    db.exec(`${item('old', 'published')} ${item('idea', 'idea')}`);
    // 0420 noted the account for the item above; start the count from the migration.
    db.exec('DELETE FROM forecast_past_changes');
    expect(migrateTo(db, 430)).toBe(430);
    expect(seqs(db)).toEqual({});

    // A published item's tags: the item and its account, once each.
    db.exec(tag('old', '护肤'));
    expect(seqs(db)).toEqual({ a1: 1, old: 1 });
    db.exec(`INSERT INTO products (id, workspace_id, name, sku, price_fen, created_at, updated_at)
               VALUES ('prod', 'w1', '口红', 'LIP', 9900, 'now', 'now');
             INSERT INTO content_item_products (item_id, product_id, position) VALUES ('old', 'prod', 0);`);
    expect(seqs(db)).toEqual({ a1: 2, old: 2 });
    // A product's tags stay the workspace's note.
    db.exec("INSERT INTO product_tags (product_id, tag, position) VALUES ('prod', '彩妆', 0)");
    expect(seqs(db)).toEqual({ a1: 2, old: 2, w1: 1 });

    // An item not published is not noted, whatever is written to it, until it becomes published.
    db.exec(`${tag('idea', '彩妆')} UPDATE content_items SET status = 'scheduled' WHERE id = 'idea';`);
    expect(seqs(db)).toEqual({ a1: 2, old: 2, w1: 1 });
    db.exec("UPDATE content_items SET status = 'published' WHERE id = 'idea'");
    expect(seqs(db)).toEqual({ a1: 3, old: 2, w1: 1, idea: 1 });
    // Re-dated: its targets are the same, only the account is noted.
    db.exec("UPDATE content_items SET planned_at = '2025-06-30T12:00:00.000Z' WHERE id = 'idea'");
    expect(seqs(db)).toEqual({ a1: 4, old: 2, w1: 1, idea: 1 });

    // Deleted (its links go by cascade after its row, noting nothing more) and inserted again under its id:
    // the item's note is kept as a tombstone and moves on its way back.
    db.exec("DELETE FROM content_items WHERE id = 'old'");
    expect(seqs(db)['old']).toBe(2);
    db.exec(item('old', 'published'));
    expect(seqs(db)['old']).toBe(3);

    // The workspace's deletion cascades through items and links without tripping the notes' key.
    db.exec(tag('old', '彩妆'));
    db.exec("DELETE FROM workspaces WHERE id = 'w1'");
    expect(seqs(db)).toEqual({});
    db.close();
  });

  it('leaves a bulk write’s items to its single note at the end', () => {
    const db = dbAt(430);
    insertWorkspaceWithAccount(db, { handle: 'store', displayName: '旗舰店', role: 'sales' });
    db.transaction(() =>
      notePastChangesOnce(db, 'w1', () => {
        db.exec(`${item('p1', 'published')} ${tag('p1', '护肤')}`);
        expect(seqs(db)).toEqual({});
      }),
    )();
    // The workspace's bulk note moves: every kept item of it is reread.
    expect(seqs(db)).toEqual({ a1: 1, w1: 1, 'bulk:w1': 1 });
    db.exec(tag('p1', '彩妆').replace(', 0)', ', 1)'));
    expect(seqs(db)).toEqual({ a1: 2, w1: 1, 'bulk:w1': 1, p1: 1 });
    db.close();
  });
});
