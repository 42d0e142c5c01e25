import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import { afterCursorSql, cursorParams, orderBySql, toPage, type SortKey } from '../paging/keyset';
import type { Page } from '../../../shared/api/paging';
import type { Product, ProductFields } from '../../../shared/domain/product';
import { productStatusSchema } from '../../../shared/domain/product';
import { fenToYuan, yuanToFen } from '../../../shared/domain/money';

interface ProductRow {
  id: string;
  workspace_id: string;
  name: string;
  sku: string;
  price_fen: number;
  category: string;
  margin_pct: number | null;
  status: string;
  tags_json: string;
  content_count: number;
  created_at: string;
  updated_at: string;
}

const selectProduct = `
  SELECT p.*,
    (SELECT json_group_array(tag) FROM (SELECT tag FROM product_tags WHERE product_id = p.id ORDER BY position))
      AS tags_json,
    (SELECT COUNT(*) FROM content_item_products WHERE product_id = p.id) AS content_count
  FROM products p`;

function toProduct(row: ProductRow): Product {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    sku: row.sku,
    price: fenToYuan(row.price_fen),
    category: row.category,
    marginPct: row.margin_pct,
    tags: JSON.parse(row.tags_json) as string[],
    status: productStatusSchema.parse(row.status),
    contentCount: row.content_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Sort keys the API accepts, mapped to SQL: identifiers come only from this table, never from input. */
const sortColumns = {
  name: 'p.name COLLATE NOCASE',
  sku: 'p.sku',
  price: 'p.price_fen',
  marginPct: 'p.margin_pct',
  category: 'p.category COLLATE NOCASE',
  status: 'p.status',
  updatedAt: 'p.updated_at',
} as const;

export interface ProductQuery {
  workspaceId: string;
  search?: string | undefined;
  status?: string | undefined;
  /** Only these products (a picker's chosen values). */
  ids?: readonly string[] | undefined;
  sort: keyof typeof sortColumns;
  order: 'asc' | 'desc';
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

type ProductPageRow = ProductRow & { row_id: number; sort_value: string | number | null };

const productNameExpr = 'p.name COLLATE NOCASE';

/**
 * The sort order as keyset keys. Unknown margins sort last in either direction (an unknown margin is never
 * the best or the worst); name then rowid break ties. The name order skips both, so the default list reads
 * products_by_name (migration 0190) in order and stops after one page.
 */
function productOrder(sort: ProductQuery['sort'], order: 'asc' | 'desc'): SortKey[] {
  if (sort === 'name') {
    return [
      { sql: productNameExpr, dir: order },
      { sql: 'p.rowid', dir: order },
    ];
  }
  const nullable = sort === 'marginPct';
  return [
    ...(nullable ? [{ sql: '(p.margin_pct IS NULL)', dir: 'asc' as const }] : []),
    { sql: sortColumns[sort], dir: order, nullable },
    { sql: productNameExpr, dir: 'asc' },
    { sql: 'p.rowid', dir: 'asc' },
  ];
}

function productCursorKey(row: ProductPageRow, keyCount: number): (string | number | null)[] {
  if (keyCount === 2) return [row.name, row.row_id];
  const tail = [row.sort_value, row.name, row.row_id];
  return keyCount === 4 ? [row.sort_value === null ? 1 : 0, ...tail] : tail;
}

/**
 * One page of a workspace's products and how many match. Filters are added only when given (bound values;
 * sort expressions from the allowlist above), so the unfiltered catalogue reads its sort index.
 */
export function listProductPage(
  db: Db,
  q: ProductQuery,
  cursor: string | undefined,
  limit: number,
): Page<Product> {
  const keys = productOrder(q.sort, q.order);
  const params: Record<string, string> = { ws: q.workspaceId };
  const where = ['p.workspace_id = @ws'];
  if (q.status) {
    where.push('p.status = @status');
    params.status = q.status;
  }
  if (q.ids) {
    where.push('p.id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(q.ids);
  }
  if (q.search) {
    where.push(`(p.name LIKE @search ESCAPE '\\' OR p.sku LIKE @search ESCAPE '\\'
      OR p.category LIKE @search ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM product_tags t WHERE t.product_id = p.id AND t.tag LIKE @search ESCAPE '\\'))`);
    params.search = likePattern(q.search);
  }
  const filter = where.join(' AND ');
  const after = cursor ? cursorParams(cursor, keys.length) : null;
  const sortValue = q.sort === 'name' ? 'NULL' : sortColumns[q.sort];
  // The page's rows are chosen first and only those get their tags and content count: a sort that needs a
  // temporary B-tree would otherwise run both subqueries for every matching product.
  const rows = prepared<Record<string, unknown>, ProductPageRow>(
    db,
    `WITH page AS (
       SELECT p.rowid AS row_id, ${sortValue} AS sort_value FROM products p
       WHERE ${filter}${after ? ` AND ${afterCursorSql(keys)}` : ''}
       ORDER BY ${orderBySql(keys)} LIMIT @limit)
     SELECT p.*, page.row_id, page.sort_value,
       (SELECT json_group_array(tag) FROM (SELECT tag FROM product_tags WHERE product_id = p.id ORDER BY position))
         AS tags_json,
       (SELECT COUNT(*) FROM content_item_products WHERE product_id = p.id) AS content_count
     FROM page JOIN products p ON p.rowid = page.row_id
     ORDER BY ${orderBySql(keys)}`,
  ).all({ ...params, ...after, limit: limit + 1 });
  const total = prepared<Record<string, unknown>, { n: number }>(
    db,
    `SELECT COUNT(*) AS n FROM products p WHERE ${filter}`,
  ).get(params)!.n;
  return toPage(rows, limit, total, (row) => productCursorKey(row, keys.length), toProduct);
}

export function findProduct(db: Db, id: string): Product | undefined {
  const row = prepared<[string], ProductRow>(db, `${selectProduct} WHERE p.id = ?`).get(id);
  return row ? toProduct(row) : undefined;
}

export function findProductBySku(db: Db, workspaceId: string, sku: string): { id: string } | undefined {
  return prepared<[string, string], { id: string }>(
    db,
    'SELECT id FROM products WHERE workspace_id = ? AND sku = ?',
  ).get(workspaceId, sku);
}

/** Minimal rows for guardrails and import matching. */
export function listProductRefs(
  db: Db,
  workspaceId: string,
): { id: string; name: string; sku: string; status: 'active' | 'discontinued' }[] {
  return prepared<[string], { id: string; name: string; sku: string; status: 'active' | 'discontinued' }>(
    db,
    'SELECT id, name, sku, status FROM products WHERE workspace_id = ? ORDER BY rowid',
  ).all(workspaceId);
}

function writeTags(db: Db, productId: string, tags: readonly string[]): void {
  // Rewritten only when they change: product tags enter every account past of the workspace (migration
  // 0420), which a rename would otherwise rebuild.
  const current = prepared<[string], { tags_json: string }>(
    db,
    `SELECT json_group_array(tag) AS tags_json FROM
       (SELECT tag FROM product_tags WHERE product_id = ? ORDER BY position)`,
  ).get(productId)!;
  if (current.tags_json === JSON.stringify(tags)) return;
  prepared(db, 'DELETE FROM product_tags WHERE product_id = ?').run(productId);
  const insert = prepared(db, 'INSERT INTO product_tags (product_id, tag, position) VALUES (?, ?, ?)');
  tags.forEach((tag, i) => insert.run(productId, tag, i));
}

/** The bound parameters of an insert or an update (the update leaves `workspaceId` unused). */
function productParams(id: string, fields: ProductFields, at: string) {
  return {
    id,
    workspaceId: fields.workspaceId,
    name: fields.name,
    sku: fields.sku,
    priceFen: yuanToFen(fields.price),
    category: fields.category,
    marginPct: fields.marginPct,
    status: fields.status,
    at,
  };
}

export function insertProduct(db: Db, id: string, fields: ProductFields, at: string): void {
  prepared(
    db,
    `INSERT INTO products (id, workspace_id, name, sku, price_fen, category, margin_pct, status, created_at, updated_at)
     VALUES (@id, @workspaceId, @name, @sku, @priceFen, @category, @marginPct, @status, @at, @at)`,
  ).run(productParams(id, fields, at));
  writeTags(db, id, fields.tags);
}

export function updateProductRow(db: Db, id: string, fields: ProductFields, at: string): void {
  prepared(
    db,
    `UPDATE products SET name = @name, sku = @sku, price_fen = @priceFen, category = @category,
       margin_pct = @marginPct, status = @status, updated_at = @at WHERE id = @id`,
  ).run(productParams(id, fields, at));
  writeTags(db, id, fields.tags);
}

export function deleteProductRow(db: Db, id: string): boolean {
  return prepared(db, 'DELETE FROM products WHERE id = ?').run(id).changes > 0;
}
