import type { Migration } from '../types';

/**
 * The products list pages on the server (issue 13): an agency client can hold thousands of SKUs. Its
 * default order is by name, case-insensitively, then rowid; `products_by_name` lets one page read the
 * workspace's products in that order and stop after the page instead of sorting the whole catalogue.
 * (The SKU order already reads `products_sku_unique`, whose SKU column is NOCASE.)
 */
export const migration0190: Migration = {
  version: 190,
  name: 'product-list-index',
  up(db) {
    db.exec(`CREATE INDEX products_by_name ON products (workspace_id, name COLLATE NOCASE);`);
  },
};
