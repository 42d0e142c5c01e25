import { describe, expect, it } from 'vitest';
import { dbAt, explain, insertTwoWorkspaces, migrateTo } from '../../support/migrations';

/** Migration 0190 on a populated 0140 database: products stay, a name-ordered page reads its index. */
describe('migration 0190 (product list index)', () => {
  it('keeps the products and reads a page by name through products_by_name without sorting', () => {
    const db = dbAt(140);
    insertTwoWorkspaces(db);
    db.exec(`INSERT INTO products (id, workspace_id, name, sku, price_fen, created_at, updated_at)
               VALUES ('p1', 'w1', 'b 防晒乳', 'S1', 100, 'now', 'now'),
                      ('p2', 'w1', 'A 精华', 'S2', 100, 'now', 'now'),
                      ('p3', 'w2', 'a 面膜', 'S1', 100, 'now', 'now');`);
    expect(migrateTo(db, 190)).toBe(190);

    // The keyset statement of listProductPage (products/repo.ts) for the default order, past a cursor.
    const page = `SELECT p.rowid AS row_id FROM products p WHERE p.workspace_id = @ws
      AND (p.name COLLATE NOCASE, p.rowid) > (@k0, @k1) ORDER BY p.name COLLATE NOCASE ASC, p.rowid ASC LIMIT 51`;
    const params = { ws: 'w1', k0: '', k1: 0 };
    expect(db.prepare(page).all(params)).toEqual([{ row_id: 2 }, { row_id: 1 }]);
    const plan = explain(db, page, params);
    expect(plan).toMatch(/USING (COVERING )?INDEX products_by_name/);
    expect(plan).not.toContain('TEMP B-TREE');
  });
});
