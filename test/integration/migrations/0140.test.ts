import { describe, expect, it } from 'vitest';
import { dbAt, explain, insertTwoWorkspaces, migrateTo } from '../../support/migrations';

/** Migration 0140 on a populated 0100 database: offers stay, the lapsed-offer sweep reads its index. */
describe('migration 0140 (scale indexes)', () => {
  it('keeps the offers and finds the lapsed open offers of a workspace through offers_open_by_expiry', () => {
    const db = dbAt(100);
    const terms = (expiresOn: string) => JSON.stringify({ expiresOn });
    insertTwoWorkspaces(db);
    db.exec(`INSERT INTO creators (id, workspace_id, platform, handle, display_name, created_at, updated_at)
               VALUES ('c1', 'w1', 'douyin', 'h', '达人', 'now', 'now'), ('c2', 'w2', 'douyin', 'h', '达人', 'now', 'now');`);
    const insert =
      db.prepare(`INSERT INTO offers (id, exchange_id, side, workspace_id, creator_id, creator_platform, creator_handle,
        creator_name, brand_name, state, revision, terms, state_changed_at, created_at, updated_at)
      VALUES (?, ?, 'brand', ?, ?, 'douyin', 'h', '达人', '品牌', ?, 1, ?, 'now', 'now', 'now')`);
    insert.run('o1', 'x1', 'w1', 'c1', 'sent', terms('2025-01-01'));
    insert.run('o2', 'x2', 'w1', 'c1', 'sent', terms('2030-01-01'));
    insert.run('o3', 'x3', 'w1', 'c1', 'accepted', terms('2025-01-01'));
    insert.run('o4', 'x4', 'w2', 'c2', 'countered', terms('2025-01-01'));
    expect(migrateTo(db, 140)).toBe(140);
    expect(db.prepare('SELECT id FROM offers ORDER BY id').all()).toEqual([
      { id: 'o1' },
      { id: 'o2' },
      { id: 'o3' },
      { id: 'o4' },
    ]);

    // The statement of listOpenOfferRows (offers/repo.ts) for one workspace.
    const lapsed = `SELECT id FROM offers WHERE workspace_id = @ws AND state IN ('sent', 'countered', 'revised')
      AND json_extract(terms, '$.expiresOn') < @before`;
    const params = { ws: 'w1', before: '2026-01-01' };
    expect(db.prepare(lapsed).all(params)).toEqual([{ id: 'o1' }]);
    const plan = explain(db, lapsed, params);
    expect(plan).toContain('USING INDEX offers_open_by_expiry (workspace_id=? AND <expr><?)');
  });
});
