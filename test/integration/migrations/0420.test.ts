import { describe, expect, it } from 'vitest';
import { changeSeqs, dbAt, explain, insertWorkspaceWithAccount, migrateTo } from '../../support/migrations';
import type { Db } from '../../../electron/backend/db/types';
import { notePastChangesOnce } from '../../../electron/backend/forecasts/pastChangesRepo';

const seqs = (db: Db) => changeSeqs(db, 'forecast_past_changes', 'scope_id');

const item = (id: string, account: string, status: string) =>
  `INSERT INTO content_items (id, workspace_id, account_id, title, format, objective, status, planned_at,
     planned_end_at, created_at, updated_at)
   VALUES ('${id}', 'w1', '${account}', '${id}', 'short_video', 'convert', '${status}',
     '2025-07-01T12:00:00.000Z', '2025-07-01T12:00:00.000Z', 'now', 'now');`;

/**
 * Migration 0420 on a populated 0410 database: what an account's forecast past is built from is noted on the
 * account (its published items, their tags and product links, its audience) or on the workspace (product
 * tags, interest baseline, custom tags); the plan's other items and creators' audiences are not.
 */
describe('migration 0420 (forecast past changes)', () => {
  it('notes writes to what a past is built from, and nothing else', () => {
    const db = dbAt(410);
    insertWorkspaceWithAccount(db, { handle: 'store', displayName: '旗舰店', role: 'sales' });
    db.exec(`INSERT INTO accounts (id, workspace_id, platform, handle, display_name, role, created_at, updated_at)
             VALUES ('a2', 'w1', 'douyin', 'brand', '品牌号', 'brand', 'now', 'now');
             ${item('old', 'a1', 'published')}`);
    expect(migrateTo(db, 420)).toBe(420);
    // Rows written before the migration are not changes: a past built after it read them.
    expect(seqs(db)).toEqual({});

    // The plan's items (not published) are read on every forecast: not noted.
    db.exec(`${item('idea', 'a1', 'idea')}
             UPDATE content_items SET title = '新标题', planned_at = '2025-06-30T12:00:00.000Z' WHERE id = 'idea';
             INSERT INTO content_item_tags (item_id, tag, position) VALUES ('idea', '护肤', 0);`);
    expect(seqs(db)).toEqual({});
    // A published item's title is not read either.
    db.exec("UPDATE content_items SET title = '改名' WHERE id = 'old'");
    expect(seqs(db)).toEqual({});

    db.exec(item('p1', 'a1', 'published'));
    expect(seqs(db)).toEqual({ a1: 1 });
    db.exec("UPDATE content_items SET status = 'published' WHERE id = 'idea'");
    expect(seqs(db)).toEqual({ a1: 2 });
    db.exec("INSERT INTO content_item_tags (item_id, tag, position) VALUES ('p1', '彩妆', 0)");
    expect(seqs(db)).toEqual({ a1: 3 });
    db.exec(`INSERT INTO products (id, workspace_id, name, sku, price_fen, created_at, updated_at)
               VALUES ('prod', 'w1', '口红', 'LIP', 9900, 'now', 'now');
             INSERT INTO content_item_products (item_id, product_id, position) VALUES ('p1', 'prod', 0);`);
    expect(seqs(db)).toEqual({ a1: 4 });
    db.exec("INSERT INTO product_tags (product_id, tag, position) VALUES ('prod', '护肤', 0)");
    expect(seqs(db)).toEqual({ a1: 4, w1: 1 });
    db.exec(`INSERT INTO interest_custom_tags (workspace_id, tag_id, label, created_at)
               VALUES ('w1', 'custom.night', '熬夜党', 'now')`);
    expect(seqs(db)['w1']).toBe(2);
    db.exec(`INSERT INTO interest_baselines (workspace_id, tag_id, share, updated_at)
               VALUES ('w1', 'beauty.makeup', 0.5, 'now')`);
    expect(seqs(db)['w1']).toBe(3);
    const audience = (owner: string, type: string) =>
      `INSERT INTO audience_profiles (workspace_id, owner_type, owner_id, profile_json, source, updated_at)
       VALUES ('w1', '${type}', '${owner}', '{}', 'manual', 'now')`;
    db.exec(audience('a1', 'account'));
    expect(seqs(db)['a1']).toBe(5);
    // A creator's audience does not enter an account's past.
    db.exec(audience('creator-1', 'creator'));
    expect(seqs(db)).toEqual({ a1: 5, w1: 3 });

    // A published item moved to another account changes both accounts' pasts.
    db.exec("UPDATE content_items SET account_id = 'a2' WHERE id = 'p1'");
    expect(seqs(db)['a1']).toBe(6);
    expect(seqs(db)['a2']).toBe(1);
    const beforeDelete = seqs(db);
    // A product's deletion unlinks published items through the cascade: their account is noted.
    db.exec("DELETE FROM products WHERE id = 'prod'");
    expect(seqs(db)['a2']).toBeGreaterThan(beforeDelete['a2']!);
    db.exec("DELETE FROM content_items WHERE id = 'old'");
    expect(seqs(db)['a1']).toBeGreaterThan(beforeDelete['a1']!);

    // The stamp forecasts read is two primary-key lookups.
    expect(explain(db, 'SELECT seq FROM forecast_past_changes WHERE scope_id = ?', 'a1')).toMatch(
      /USING INDEX sqlite_autoindex_forecast_past_changes_1 \(scope_id=\?\)/,
    );
    // A workspace's deletion finds its notes by index.
    expect(explain(db, 'DELETE FROM forecast_past_changes WHERE workspace_id = ?', 'w1')).toMatch(
      /forecast_past_changes_by_workspace/,
    );

    // Deleting the workspace cascades through its products, published items, their links and tags, and its
    // audiences, without tripping the notes' key.
    db.exec(`INSERT INTO products (id, workspace_id, name, sku, price_fen, created_at, updated_at)
               VALUES ('prod2', 'w1', '面霜', 'CREAM', 19900, 'now', 'now');
             INSERT INTO product_tags (product_id, tag, position) VALUES ('prod2', '护肤', 0);
             INSERT INTO content_item_products (item_id, product_id, position) VALUES ('p1', 'prod2', 0);`);
    db.exec("DELETE FROM workspaces WHERE id = 'w1'");
    expect(db.prepare('SELECT count(*) AS n FROM content_items').get()).toEqual({ n: 0 });
    expect(seqs(db)).toEqual({});
    db.close();
  });

  it('lets a bulk write skip the per-row notes and note every account of its workspace once', () => {
    const db = dbAt(420);
    insertWorkspaceWithAccount(db, { handle: 'store', displayName: '旗舰店', role: 'sales' });
    db.transaction(() =>
      notePastChangesOnce(db, 'w1', () => {
        db.exec(`${item('p1', 'a1', 'published')} ${item('p2', 'a1', 'published')}
                 INSERT INTO content_item_tags (item_id, tag, position) VALUES ('p1', '护肤', 0);`);
        expect(seqs(db)).toEqual({});
      }),
    )();
    // One note for the account, one for the workspace and one for its bulk writes (0430); the mark is gone and per-row notes are back.
    expect(seqs(db)).toEqual({ a1: 1, w1: 1, 'bulk:w1': 1 });
    expect(db.prepare('SELECT count(*) AS n FROM forecast_past_changes_bulk').get()).toEqual({ n: 0 });
    db.exec("INSERT INTO content_item_tags (item_id, tag, position) VALUES ('p2', '彩妆', 0)");
    expect(seqs(db)).toEqual({ a1: 2, w1: 1, 'bulk:w1': 1 });
    db.close();
  });
});
