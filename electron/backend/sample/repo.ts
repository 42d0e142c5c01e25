import type { Db } from '../db/types';
import { prepared } from '../paging/statements';

/*
 * Statements only the sample workspace runs: it seeds rows no user action writes this way (extra product
 * tags after the products exist, results for items the sample already marked published).
 */

/** Appends a tag to a product's list unless it is there already. */
export function appendProductTag(db: Db, productId: string, tag: string): void {
  prepared(
    db,
    `INSERT OR IGNORE INTO product_tags (product_id, tag, position)
     VALUES (?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM product_tags WHERE product_id = ?))`,
  ).run(productId, tag, productId);
}

export function listPublishedItems(db: Db, accountId: string): { id: string; planned_at: string }[] {
  return prepared<[string], { id: string; planned_at: string }>(
    db,
    "SELECT id, planned_at FROM content_items WHERE account_id = ? AND status = 'published'",
  ).all(accountId);
}
