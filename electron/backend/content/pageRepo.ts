import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import { selectItems, type ContentRow } from './repo';

/**
 * One content.list page's keys in SQL, so a page reads its own rows and not the month's. Null filters are
 * off; a JSON array (possibly empty) keeps the rows whose value is in it. The range and the order use
 * `content_by_workspace_time`; the filters are checked on the rows of that range only.
 */
// A type, not an interface: better-sqlite3's named parameters want an index signature.
export type PageQuery = {
  workspaceId: string;
  /** The range's start and end (items starting in it, or live sessions running into it). */
  from: string;
  to: string;
  /** How far before `from` a live session running into the range may start. */
  earliest: string;
  accounts: string | null;
  statuses: string | null;
  formats: string | null;
  objectives: string | null;
  products: string | null;
  /** 1: archived items too; 0: not archived only. */
  includeArchived: number;
};

const conditions = `c.workspace_id = @workspaceId AND c.planned_at >= @earliest AND c.planned_at < @to
    AND (c.planned_at >= @from OR c.planned_end_at > @from) AND (c.archived_at IS NULL OR @includeArchived)
    AND (@accounts IS NULL OR c.account_id IN (SELECT value FROM json_each(@accounts)))
    AND (@statuses IS NULL OR c.status IN (SELECT value FROM json_each(@statuses)))
    AND (@formats IS NULL OR c.format IN (SELECT value FROM json_each(@formats)))
    AND (@objectives IS NULL OR c.objective IN (SELECT value FROM json_each(@objectives)))
    AND (@products IS NULL OR EXISTS (SELECT 1 FROM content_item_products l
      WHERE l.item_id = c.id AND l.product_id IN (SELECT value FROM json_each(@products))))`;
const matching = `FROM content_items c WHERE ${conditions}`;

export function countPageRows(db: Db, q: PageQuery): number {
  return prepared<PageQuery, { n: number }>(db, `SELECT COUNT(*) AS n ${matching}`).get(q)!.n;
}

/** The rowid of the cursor's item when it is still in the list at the cursor's time, so the page goes on after it. */
export function cursorRowid(db: Db, q: PageQuery, id: string, plannedAt: string): number | undefined {
  return prepared<PageQuery & { id: string; at: string }, { rowid: number }>(
    db,
    `SELECT c.rowid AS rowid ${matching} AND c.id = @id AND c.planned_at = @at`,
  ).get({ ...q, id, at: plannedAt })?.rowid;
}

/**
 * Up to `limit` whole rows (links, tags and series included) after `(afterAt, afterRowid)` in
 * (planned_at, rowid) order: one walk of `content_by_workspace_time`, as the raw page query does. The
 * position is a row value: the same test as an OR of two comparisons made SQLite evaluate far more of the
 * range (a first page's key query went from 0.11 to 1.75 ms CPU on a 40,000-item client).
 */
export function pageRows(
  db: Db,
  q: PageQuery,
  afterAt: string,
  afterRowid: number,
  limit: number,
): ContentRow[] {
  return prepared<PageQuery & { afterAt: string; afterRowid: number; limit: number }, ContentRow>(
    db,
    `${selectItems} WHERE ${conditions}
       AND (c.planned_at, c.rowid) > (@afterAt, @afterRowid)
     ORDER BY c.planned_at, c.rowid LIMIT @limit`,
  ).all({ ...q, afterAt, afterRowid, limit });
}

/**
 * Where each product is first pushed by an active item of a sales account in [fromIso, toIso), as a key
 * that sorts like the guardrails read the range: planned time, then row, then the product's place in the
 * item. The range is walked in time order and the walk stops once every product is found: a product on
 * sale is pushed within hours of the range's start, so this reads a few rows, not the month's links.
 */
export function firstSalesPushes(
  db: Db,
  workspaceId: string,
  fromIso: string,
  toIso: string,
  salesAccountIds: readonly string[],
  productIds: readonly string[],
): Map<string, string> {
  const firsts = new Map<string, string>();
  // CROSS JOIN keeps content_items outside, so the walk follows content_by_workspace_time and can stop.
  const walk = prepared<
    [string, string, string, string, string],
    { product_id: string; planned_at: string; row: number; position: number }
  >(
    db,
    `SELECT l.product_id, c.planned_at, c.rowid AS row, l.position
       FROM content_items c CROSS JOIN content_item_products l
      WHERE c.workspace_id = ? AND c.planned_at >= ? AND c.planned_at < ? AND c.status <> 'cancelled'
        AND c.archived_at IS NULL AND c.account_id IN (SELECT value FROM json_each(?))
        AND l.item_id = c.id AND l.product_id IN (SELECT value FROM json_each(?))
      ORDER BY c.planned_at, c.rowid`,
  );
  const key = (r: { planned_at: string; row: number; position: number }) =>
    `${r.planned_at}|${String(r.row).padStart(20, '0')}|${String(r.position).padStart(6, '0')}`;
  for (const r of walk.iterate(
    workspaceId,
    fromIso,
    toIso,
    JSON.stringify(salesAccountIds),
    JSON.stringify(productIds),
  )) {
    // In walk order a product's first row is its first push (an item links a product once).
    if (!firsts.has(r.product_id)) firsts.set(r.product_id, key(r));
    if (firsts.size === productIds.length) break;
  }
  return firsts;
}

/** A neighbour of a page's items as the neighbour rules read it (live overlap, cannibalisation). */
export interface NeighbourRow {
  id: string;
  account_id: string;
  title: string;
  format: ContentRow['format'];
  objective: ContentRow['objective'];
  status: ContentRow['status'];
  planned_at: string;
  planned_end_at: string;
  creator_id: string | null;
  /** Product links of sales accounts' items only (cannibalisation); `[]` for the others. */
  product_ids_json: string;
}

/**
 * The items starting in [fromIso, toIso) that a neighbour rule can read: active live sessions in the
 * account's own room (live overlap) and active items of sales accounts (cannibalisation, with their
 * products). Others, and the columns and links no rule reads, stay unread.
 */
export function neighbourRows(
  db: Db,
  workspaceId: string,
  fromIso: string,
  toIso: string,
  salesAccountIds: readonly string[],
): NeighbourRow[] {
  return prepared<{ ws: string; from: string; to: string; sales: string }, NeighbourRow>(
    db,
    `SELECT c.id, c.account_id, c.title, c.format, c.objective, c.status, c.planned_at, c.planned_end_at,
        c.creator_id,
        CASE WHEN c.account_id IN (SELECT value FROM json_each(@sales))
          THEN (SELECT json_group_array(product_id) FROM content_item_products WHERE item_id = c.id)
          ELSE '[]' END AS product_ids_json
       FROM content_items c
      WHERE c.workspace_id = @ws AND c.planned_at >= @from AND c.planned_at < @to AND c.status <> 'cancelled'
        AND c.archived_at IS NULL AND ((c.format = 'live' AND c.creator_id IS NULL) OR c.account_id IN (SELECT value FROM json_each(@sales)))
      ORDER BY c.planned_at, c.rowid`,
  ).all({ ws: workspaceId, from: fromIso, to: toIso, sales: JSON.stringify(salesAccountIds) });
}

/**
 * Posts and live minutes per account in [fromIso, toIso) (one planning week), cancelled items left out, as
 * the week-load rule tallies them: a live session counts its minutes rounded per session. An aggregate on
 * `content_by_account_time`, so a page's week load costs no row of the week.
 */
export function weekTallies(
  db: Db,
  workspaceId: string,
  fromIso: string,
  toIso: string,
  accountIds: readonly string[],
): { account_id: string; posts: number; live_minutes: number }[] {
  return prepared<
    [string, string, string, string],
    { account_id: string; posts: number; live_minutes: number }
  >(
    db,
    `SELECT account_id, SUM(format <> 'live') AS posts,
       SUM(CASE WHEN format = 'live' THEN (CAST(ROUND((julianday(planned_end_at) - julianday(planned_at))
         * 86400000) AS INTEGER) + 30000) / 60000 ELSE 0 END) AS live_minutes
       FROM content_items
      WHERE account_id IN (SELECT value FROM json_each(?)) AND workspace_id = ?
        AND planned_at >= ? AND planned_at < ? AND status <> 'cancelled' AND archived_at IS NULL
      GROUP BY account_id`,
  ).all(JSON.stringify(accountIds), workspaceId, fromIso, toIso);
}
