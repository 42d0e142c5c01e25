import type { Db } from '../db/types';
import { prepared } from '../paging/statements';

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
};

const matching = `FROM content_items c
  WHERE c.workspace_id = @workspaceId AND c.planned_at >= @earliest AND c.planned_at < @to
    AND (c.planned_at >= @from OR c.planned_end_at > @from)
    AND (@accounts IS NULL OR c.account_id IN (SELECT value FROM json_each(@accounts)))
    AND (@statuses IS NULL OR c.status IN (SELECT value FROM json_each(@statuses)))
    AND (@formats IS NULL OR c.format IN (SELECT value FROM json_each(@formats)))
    AND (@objectives IS NULL OR c.objective IN (SELECT value FROM json_each(@objectives)))
    AND (@products IS NULL OR EXISTS (SELECT 1 FROM content_item_products l
      WHERE l.item_id = c.id AND l.product_id IN (SELECT value FROM json_each(@products))))`;

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

/** Ids of up to `limit` items after `(afterAt, afterRowid)` in (planned_at, rowid) order. */
export function pageRowIds(
  db: Db,
  q: PageQuery,
  afterAt: string,
  afterRowid: number,
  limit: number,
): string[] {
  return prepared<PageQuery & { afterAt: string; afterRowid: number; limit: number }, { id: string }>(
    db,
    `SELECT c.id ${matching}
       AND (c.planned_at > @afterAt OR (c.planned_at = @afterAt AND c.rowid > @afterRowid))
     ORDER BY c.planned_at, c.rowid LIMIT @limit`,
  )
    .all({ ...q, afterAt, afterRowid, limit })
    .map((r) => r.id);
}

/**
 * Where each product is first pushed by an active item of a sales account in [fromIso, toIso), as a key
 * that sorts like the guardrails read the range: planned time, then row, then the product's place in the item.
 */
export function firstSalesPushes(
  db: Db,
  workspaceId: string,
  fromIso: string,
  toIso: string,
  salesAccountIds: readonly string[],
  productIds: readonly string[],
): Map<string, string> {
  const rows = prepared<[string, string, string, string, string], { product_id: string; k: string }>(
    db,
    `SELECT l.product_id, MIN(printf('%s|%020d|%06d', c.planned_at, c.rowid, l.position)) AS k
       FROM content_item_products l JOIN content_items c ON c.id = l.item_id
      WHERE l.product_id IN (SELECT value FROM json_each(?)) AND c.workspace_id = ?
        AND c.planned_at >= ? AND c.planned_at < ? AND c.status <> 'cancelled'
        AND c.account_id IN (SELECT value FROM json_each(?))
      GROUP BY l.product_id`,
  ).all(JSON.stringify(productIds), workspaceId, fromIso, toIso, JSON.stringify(salesAccountIds));
  return new Map(rows.map((r) => [r.product_id, r.k]));
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
        AND planned_at >= ? AND planned_at < ? AND status <> 'cancelled'
      GROUP BY account_id`,
  ).all(JSON.stringify(accountIds), workspaceId, fromIso, toIso);
}
