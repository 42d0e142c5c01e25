import type { GuardrailItemRow } from '../../../shared/content/guardrailRow';
import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import { fromRaw, rowColumnList, type ContentRow } from './repo';

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
  /** The text search, lowercased (see `searchTest`). */
  search: string | null;
  /** 1: archived items too; 0: not archived only. */
  includeArchived: number;
};

/** Each filter's test, kept in the SQL only when the filter is on (see conditionsOf). */
const filterTests = {
  accounts: 'c.account_id IN (SELECT value FROM json_each(@accounts))',
  statuses: 'c.status IN (SELECT value FROM json_each(@statuses))',
  formats: 'c.format IN (SELECT value FROM json_each(@formats))',
  objectives: 'c.objective IN (SELECT value FROM json_each(@objectives))',
  products: `EXISTS (SELECT 1 FROM content_item_products l
      WHERE l.item_id = c.id AND l.product_id IN (SELECT value FROM json_each(@products)))`,
  // The text the search has always matched: title, pillar, owner and the tags in link order, one a line.
  search: `content_text_contains(@search, c.title || char(10) || c.pillar || char(10) || c.owner || char(10)
      || coalesce((SELECT group_concat(tag, char(10) ORDER BY position) FROM content_item_tags
           WHERE item_id = c.id), ''))`,
} as const;
const filterNames = Object.keys(filterTests) as (keyof typeof filterTests)[];

/**
 * The page's WHERE for the filters that are on: one SQL text per combination (64 at most, each prepared
 * once). An `@x IS NULL OR …` test for an off filter still built its IN list on every run (0.2 of a first
 * page's 0.6 ms of SQL on a 40,000-item client).
 */
function conditionsOf(q: PageQuery): string {
  const on = filterNames.filter((name) => q[name] !== null).map((name) => `\n    AND ${filterTests[name]}`);
  return `c.workspace_id = @workspaceId AND c.planned_at >= @earliest AND c.planned_at < @to
    AND (c.planned_at >= @from OR c.planned_end_at > @from)
    AND (c.archived_at IS NULL OR @includeArchived)${on.join('')}`;
}
const matching = (q: PageQuery) => `FROM content_items c WHERE ${conditionsOf(q)}`;

const withSearch = new WeakSet<Db>();

/**
 * The search's function, on the connection before its first page statement is prepared. The search matches
 * any letter case as JavaScript lowercases it (É and é, Ä and ä), which SQLite's LIKE does only for ASCII,
 * so the test is this function on the row's text. It runs in the page's walk, on rows that pass the other
 * filters, and the walk stops at the page's end: a search read the month's every item with its links and
 * tags into JS (128 ms of CPU for one page of a 40,000-item client; 11.5 ms now, 25 ms when nothing matches).
 */
function registerSearch(db: Db): void {
  if (withSearch.has(db)) return;
  db.function('content_text_contains', { deterministic: true }, (needle: unknown, text: unknown) =>
    String(text).toLowerCase().includes(String(needle)) ? 1 : 0,
  );
  withSearch.add(db);
}

export function countPageRows(db: Db, q: PageQuery): number {
  registerSearch(db);
  return prepared<PageQuery, { n: number }>(db, `SELECT COUNT(*) AS n ${matching(q)}`).get(q)!.n;
}

/** The rowid of the cursor's item when it is still in the list at the cursor's time, so the page goes on after it. */
export function cursorRowid(db: Db, q: PageQuery, id: string, plannedAt: string): number | undefined {
  registerSearch(db);
  return prepared<PageQuery & { id: string; at: string }, { rowid: number }>(
    db,
    `SELECT c.rowid AS rowid ${matching(q)} AND c.id = @id AND c.planned_at = @at`,
  ).get({ ...q, id, at: plannedAt })?.rowid;
}

/**
 * Up to `limit` whole rows (links, tags and series included) after `(afterAt, afterRowid)` in
 * (planned_at, rowid) order: one walk of `content_by_workspace_time`, as the raw page query does. The
 * position is a row value: the same test as an OR of two comparisons made SQLite evaluate far more of the
 * range (a first page's key query went from 0.11 to 1.75 ms CPU on a 40,000-item client). Rows come as
 * raw arrays mapped to one object shape, and their links in one query per kind for the whole page: row
 * objects and a sorted subquery per row and kind were 0.8 of the page's 1.5 ms CPU.
 */
export function pageRows(
  db: Db,
  q: PageQuery,
  afterAt: string,
  afterRowid: number,
  limit: number,
): ContentRow[] {
  registerSearch(db);
  const rows = prepared<PageQuery & { afterAt: string; afterRowid: number; limit: number }, unknown[]>(
    db,
    `SELECT ${rowColumnList} ${matching(q)}
       AND (c.planned_at, c.rowid) > (@afterAt, @afterRowid)
     ORDER BY c.planned_at, c.rowid LIMIT @limit`,
  )
    .raw(true)
    .all({ ...q, afterAt, afterRowid, limit })
    .map(fromRaw);
  withLinks(db, rows);
  return rows;
}

type LinkRow = [itemId: string, value: string, position: number];

/**
 * Fills in the product links, tags and series link of `rows` (from `fromRaw`), by id, in link order. The
 * page's ids drive a join (one seek per id and table) rather than an `IN (SELECT … json_each)` list, which
 * SQLite first builds into a temporary index: 0.21 → 0.19 ms for a page's products, 0.12 → 0.10 for its tags.
 */
function withLinks(db: Db, rows: readonly ContentRow[]): void {
  if (rows.length === 0) return;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ids = JSON.stringify(rows.map((row) => row.id));
  const collect = (statement: BetterSqlite3.Statement<[string], LinkRow>, key: 'product_ids' | 'tags') => {
    const links = statement.raw(true).all(ids);
    links.sort((a, b) => a[2] - b[2]);
    for (const [itemId, value] of links) byId.get(itemId)![key]!.push(value);
  };
  collect(
    prepared<[string], LinkRow>(
      db,
      `SELECT l.item_id, l.product_id, l.position
         FROM json_each(?) j CROSS JOIN content_item_products l ON l.item_id = j.value`,
    ),
    'product_ids',
  );
  collect(
    prepared<[string], LinkRow>(
      db,
      `SELECT l.item_id, l.tag, l.position FROM json_each(?) j CROSS JOIN content_item_tags l ON l.item_id = j.value`,
    ),
    'tags',
  );
  const series = prepared<[string], [string, string, string, number]>(
    db,
    `SELECT s.item_id, s.series_id, s.occurrence_at, s.detached
       FROM json_each(?) j CROSS JOIN content_series_occurrences s ON s.item_id = j.value`,
  )
    .raw(true)
    .all(ids);
  for (const [itemId, seriesId, occurrenceAt, detached] of series) {
    const row = byId.get(itemId)!;
    row.series_id = seriesId;
    row.series_occurrence_at = occurrenceAt;
    row.series_detached = detached;
  }
  for (const row of rows) {
    // The JSON forms stay what selectItems returns, for readers of the raw row.
    if (row.product_ids!.length > 0) row.product_ids_json = JSON.stringify(row.product_ids);
    if (row.tags!.length > 0) row.tags_json = JSON.stringify(row.tags);
  }
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

/** What a page's items need of their neighbours (see pageWarnings.ts); JSON arrays of account ids. */
export type NeighbourQuery = {
  workspaceId: string;
  /** Accounts whose own-room live sessions can overlap a page's live session. */
  liveAccounts: string;
  /** Sales accounts, when a page item pushes a product (else `[]`). */
  salesAccounts: string;
  /** The earliest start of a live session running into the page's first relevant item. */
  from: string;
  /** That item's start: a neighbour starting before `pushFrom` matters only while it still runs then. */
  running: string;
  /** An hour before it: a push starting from then on may clash with it whatever its format. */
  pushFrom: string;
  to: string;
};

/**
 * The items that a neighbour rule can pair with a page's items, in (planned_at, rowid) order: active
 * own-room live sessions of `liveAccounts` (live overlap) and active items of `salesAccounts`
 * (cannibalisation, with their products), starting in [from, to). Of those starting before `pushFrom`,
 * only live sessions still running at `running` can pair with anything on the page. One account list in
 * the SQL (their union) and the kind of each row told in JS: the three lists the SQL tested, one a UNION,
 * each built a temporary index on every run (0.25 → 0.19 ms CPU for a first page's earlier read, 0.16 →
 * 0.11 for its later one, on a 40,000-item client). As raw arrays: the month index walked every account's
 * rows of the page's span and a day before it (171 rows for 104 kept, 1.1 of a page's 4.5 ms CPU).
 */
export function neighbourRows(db: Db, q: NeighbourQuery): GuardrailItemRow[] {
  const live = new Set(JSON.parse(q.liveAccounts) as string[]);
  const sales = new Set(JSON.parse(q.salesAccounts) as string[]);
  const rows = prepared<
    Omit<NeighbourQuery, 'liveAccounts' | 'salesAccounts'> & { accounts: string },
    unknown[]
  >(
    db,
    `SELECT c.id, c.account_id, c.title, c.format, c.objective, c.status, c.planned_at, c.planned_end_at,
        c.creator_id, (SELECT json_group_array(product_id) FROM content_item_products WHERE item_id = c.id)
       FROM content_items c
      WHERE c.workspace_id = @workspaceId AND c.planned_at >= @from AND c.planned_at < @to
        AND c.status <> 'cancelled' AND c.archived_at IS NULL
        AND (c.planned_at >= @pushFrom OR c.planned_end_at > @running)
        AND c.account_id IN (SELECT value FROM json_each(@accounts))
      ORDER BY c.planned_at, c.rowid`,
  )
    .raw(true)
    .all({
      workspaceId: q.workspaceId,
      from: q.from,
      to: q.to,
      pushFrom: q.pushFrom,
      running: q.running,
      accounts: JSON.stringify([...new Set([...live, ...sales])]),
    });
  const result: GuardrailItemRow[] = [];
  for (const r of rows) {
    const accountId = r[1] as string;
    const isSales = sales.has(accountId);
    // Which rows pair, told here: each account list the SQL tested was another temporary index per run.
    if (!isSales && !(r[3] === 'live' && r[8] === null && live.has(accountId))) continue;
    result.push({
      id: r[0] as string,
      account_id: accountId,
      title: r[2] as string,
      format: r[3] as ContentRow['format'],
      objective: r[4] as ContentRow['objective'],
      status: r[5] as ContentRow['status'],
      planned_at: r[6] as string,
      planned_end_at: r[7] as string,
      creator_id: r[8] as string | null,
      product_ids_json: isSales ? (r[9] as string) : '[]',
    });
  }
  return result;
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
