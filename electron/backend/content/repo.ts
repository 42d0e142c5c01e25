import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../db/types';
import type {
  ContentFormat,
  ContentItem,
  ContentObjective,
  ContentStatus,
} from '../../../shared/content/model';
import type { StoredItemHead } from '../../../shared/content/guardrailRow';
import type { ContentWarning } from '../../../shared/content/warnings';
import { MINUTE_MS } from '../../../shared/content/time';
import { prepared, perConnection } from '../paging/statements';

export interface ContentRow extends StoredItemHead {
  workspace_id: string;
  pillar: string;
  duration_minutes: number | null;
  owner: string;
  brief: string;
  published_url: string | null;
  published_at: string | null;
  source: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
  /** When the item was archived, or null. */
  archived_at: string | null;
  /** JSON arrays, in link order (kept for callers that read the raw row, e.g. interest matching). */
  product_ids_json: string;
  tags_json: string;
  /** The same arrays already parsed, when the row came from a range query. */
  product_ids?: string[];
  tags?: string[];
  /** The series link (content_series_occurrences), when the item is an occurrence. */
  series_id?: string | null;
  series_occurrence_at?: string | null;
  series_detached?: number | null;
}

/** The values a write stores; times already normalised to UTC ISO. */
export interface ContentValues {
  workspaceId: string;
  accountId: string;
  title: string;
  format: ContentFormat;
  objective: ContentObjective;
  pillar: string;
  status: ContentStatus;
  plannedAt: string;
  durationMinutes: number | null;
  productIds: readonly string[];
  tags: readonly string[];
  owner: string;
  brief: string;
  publishedUrl: string | null;
  publishedAt: string | null;
}

// Links and tags come back as JSON arrays in link order: one query per range instead of one per item.
export const selectItems = `
  SELECT c.*,
    (SELECT json_group_array(product_id) FROM
      (SELECT product_id FROM content_item_products WHERE item_id = c.id ORDER BY position)) AS product_ids_json,
    (SELECT json_group_array(tag) FROM
      (SELECT tag FROM content_item_tags WHERE item_id = c.id ORDER BY position)) AS tags_json,
    so.series_id AS series_id, so.occurrence_at AS series_occurrence_at, so.detached AS series_detached
  FROM content_items c LEFT JOIN content_series_occurrences so ON so.item_id = c.id`;

export function rowProductIds(row: ContentRow): string[] {
  return (
    row.product_ids ?? (row.product_ids_json === '[]' ? [] : (JSON.parse(row.product_ids_json) as string[]))
  );
}

export function rowTags(row: ContentRow): string[] {
  return row.tags ?? (row.tags_json === '[]' ? [] : (JSON.parse(row.tags_json) as string[]));
}

export function toItem(row: ContentRow, warnings: ContentWarning[]): ContentItem {
  return {
    id: row.id,
    ...rowValues(row),
    plannedEndAt: row.planned_end_at,
    creatorId: row.creator_id,
    source: row.source,
    revision: row.revision,
    series: row.series_id
      ? { id: row.series_id, occurrenceAt: row.series_occurrence_at!, detached: row.series_detached === 1 }
      : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
    // An archived item is off the plan: no rule speaks about it (and it counts in none of the others').
    warnings: row.archived_at === null ? warnings : [],
  };
}

export function plannedEnd(plannedAt: string, durationMinutes: number | null): string {
  return durationMinutes === null
    ? plannedAt
    : new Date(Date.parse(plannedAt) + durationMinutes * MINUTE_MS).toISOString();
}

const rowColumns = [
  'id',
  'workspace_id',
  'account_id',
  'title',
  'format',
  'objective',
  'pillar',
  'status',
  'planned_at',
  'planned_end_at',
  'duration_minutes',
  'owner',
  'brief',
  'published_url',
  'published_at',
  'creator_id',
  'source',
  'revision',
  'created_at',
  'updated_at',
  'archived_at',
] as const;
/** The stored columns in the order `fromRaw` maps them, for queries read as raw arrays. */
export const rowColumnList = rowColumns.join(', ');

export function fromRaw(r: unknown[]): ContentRow {
  return {
    id: r[0] as string,
    workspace_id: r[1] as string,
    account_id: r[2] as string,
    title: r[3] as string,
    format: r[4] as ContentFormat,
    objective: r[5] as ContentObjective,
    pillar: r[6] as string,
    status: r[7] as ContentStatus,
    planned_at: r[8] as string,
    planned_end_at: r[9] as string,
    duration_minutes: r[10] as number | null,
    owner: r[11] as string,
    brief: r[12] as string,
    published_url: r[13] as string | null,
    published_at: r[14] as string | null,
    creator_id: r[15] as string | null,
    source: r[16] as string | null,
    revision: r[17] as number,
    created_at: r[18] as string,
    updated_at: r[19] as string,
    archived_at: r[20] as string | null,
    product_ids_json: '[]',
    tags_json: '[]',
    product_ids: [],
    tags: [],
  };
}

/**
 * Items starting in [fromIso, toIso), in time order. Links and tags are read with two range joins rather
 * than per-row subqueries: a month of a 100k-item workspace is ~10k rows. Archived items only when asked
 * for: the guardrails, checks and exports that read through here leave them out.
 */
export function itemsStartingIn(
  db: Db,
  workspaceId: string,
  fromIso: string,
  toIso: string,
  includeArchived = false,
): ContentRow[] {
  // Raw arrays mapped to a fixed-shape object: about twice as fast as better-sqlite3's row objects.
  const raw = prepared<[string, string, string, number], unknown[]>(
    db,
    `SELECT ${rowColumnList} FROM content_items c
       WHERE c.workspace_id = ? AND c.planned_at >= ? AND c.planned_at < ? AND (c.archived_at IS NULL OR ?)
       ORDER BY c.planned_at, c.rowid`,
  )
    .raw(true)
    .all(workspaceId, fromIso, toIso, includeArchived ? 1 : 0);
  const rows = raw.map(fromRaw);
  const byId = new Map<string, ContentRow>();
  for (const row of rows) byId.set(row.id, row);
  type LinkRow = { item_id: string; value: string; position: number };
  const collect = (
    statement: BetterSqlite3.Statement<[string, string, string], LinkRow>,
    key: 'product_ids' | 'tags',
  ) => {
    const links = statement.all(workspaceId, fromIso, toIso);
    links.sort((a, b) => a.position - b.position);
    for (const link of links) byId.get(link.item_id)?.[key]!.push(link.value);
  };
  collect(
    prepared<[string, string, string], LinkRow>(
      db,
      `SELECT l.item_id, l.product_id AS value, l.position FROM content_items c
       JOIN content_item_products l ON l.item_id = c.id
       WHERE c.workspace_id = ? AND c.planned_at >= ? AND c.planned_at < ?`,
    ),
    'product_ids',
  );
  collect(
    prepared<[string, string, string], LinkRow>(
      db,
      `SELECT l.item_id, l.tag AS value, l.position FROM content_items c
       JOIN content_item_tags l ON l.item_id = c.id
       WHERE c.workspace_id = ? AND c.planned_at >= ? AND c.planned_at < ?`,
    ),
    'tags',
  );
  // Series links: few rows, one range join.
  const links = prepared<
    [string, string, string],
    { item_id: string; series_id: string; occurrence_at: string; detached: number }
  >(
    db,
    `SELECT l.item_id, l.series_id, l.occurrence_at, l.detached FROM content_items c
       JOIN content_series_occurrences l ON l.item_id = c.id
       WHERE c.workspace_id = ? AND c.planned_at >= ? AND c.planned_at < ?`,
  ).all(workspaceId, fromIso, toIso);
  for (const link of links) {
    const row = byId.get(link.item_id);
    if (!row) continue;
    row.series_id = link.series_id;
    row.series_occurrence_at = link.occurrence_at;
    row.series_detached = link.detached;
  }
  for (const row of rows) {
    if (row.product_ids!.length > 0) row.product_ids_json = JSON.stringify(row.product_ids);
    if (row.tags!.length > 0) row.tags_json = JSON.stringify(row.tags);
  }
  return rows;
}

export function findItemRow(db: Db, id: string): ContentRow | undefined {
  return prepared<[string], ContentRow>(db, `${selectItems} WHERE c.id = ?`).get(id);
}

/** Items by id (any order); import loads the items its rows update in one query. */
export function findItemRows(db: Db, ids: readonly string[]): ContentRow[] {
  if (ids.length === 0) return [];
  return prepared<[string], ContentRow>(
    db,
    `${selectItems} WHERE c.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids));
}

export interface LiveSlot {
  id: string;
  title: string;
  planned_at: string;
  planned_end_at: string;
}

/**
 * A live session in the account's own room that intersects [startIso, endIso), other than `exceptIds`.
 * Creator deliverables (creator_id set) broadcast from the creator's room and never block it. Sessions last at
 * most a day, so the index range on planned_at starts a day early.
 */
export function findOverlappingLive(
  db: Db,
  accountId: string,
  startIso: string,
  endIso: string,
  exceptIds: readonly string[] = [],
): LiveSlot | undefined {
  const dayBefore = new Date(Date.parse(startIso) - 24 * 60 * MINUTE_MS).toISOString();
  return prepared<[string, string, string, string, string], LiveSlot>(
    db,
    `SELECT id, title, planned_at, planned_end_at FROM content_items
       WHERE account_id = ? AND planned_at >= ? AND planned_at < ? AND planned_end_at > ?
         AND format = 'live' AND status <> 'cancelled' AND creator_id IS NULL AND archived_at IS NULL
         AND id NOT IN (SELECT value FROM json_each(?))
       ORDER BY planned_at LIMIT 1`,
  ).get(accountId, dayBefore, endIso, startIso, JSON.stringify(exceptIds));
}

type Statement = BetterSqlite3.Statement<unknown[]>;
interface Statements {
  insert: Statement;
  update: Statement;
  deleteLinks: Statement;
  deleteTags: Statement;
  insertLink: Statement;
  insertTag: Statement;
  linksOf: BetterSqlite3.Statement<[{ id: string }], { product_ids_json: string; tags_json: string }>;
}

// Prepared once per database: the import writes tens of thousands of rows through these.
const statements = perConnection((db): Statements => ({
  insert: db.prepare(
    `INSERT INTO content_items (id, workspace_id, account_id, title, format, objective, pillar, status,
           planned_at, planned_end_at, duration_minutes, owner, brief, published_url, published_at, creator_id,
           source, revision, created_at, updated_at)
         VALUES (@id, @workspaceId, @accountId, @title, @format, @objective, @pillar, @status,
           @plannedAt, @plannedEndAt, @durationMinutes, @owner, @brief, @publishedUrl, @publishedAt, NULL,
           @source, 0, @at, @at)`,
  ),
  update: db.prepare(
    `UPDATE content_items SET account_id = @accountId, title = @title, format = @format,
           objective = @objective, pillar = @pillar, status = @status, planned_at = @plannedAt,
           planned_end_at = @plannedEndAt, duration_minutes = @durationMinutes, owner = @owner, brief = @brief,
           published_url = @publishedUrl, published_at = @publishedAt, revision = revision + 1, updated_at = @at
         WHERE id = @id`,
  ),
  deleteLinks: db.prepare('DELETE FROM content_item_products WHERE item_id = ?'),
  deleteTags: db.prepare('DELETE FROM content_item_tags WHERE item_id = ?'),
  insertLink: db.prepare(
    'INSERT INTO content_item_products (item_id, product_id, position) VALUES (?, ?, ?)',
  ),
  insertTag: db.prepare('INSERT INTO content_item_tags (item_id, tag, position) VALUES (?, ?, ?)'),
  linksOf: db.prepare(
    `SELECT (SELECT json_group_array(product_id) FROM
              (SELECT product_id FROM content_item_products WHERE item_id = @id ORDER BY position)) AS product_ids_json,
            (SELECT json_group_array(tag) FROM
              (SELECT tag FROM content_item_tags WHERE item_id = @id ORDER BY position)) AS tags_json`,
  ),
}));

/** The bound parameters of the stored columns a write takes from its values (insert, update, restore). */
export function contentColumns(values: ContentValues) {
  return {
    workspaceId: values.workspaceId,
    accountId: values.accountId,
    title: values.title,
    format: values.format,
    objective: values.objective,
    pillar: values.pillar,
    status: values.status,
    plannedAt: values.plannedAt,
    plannedEndAt: plannedEnd(values.plannedAt, values.durationMinutes),
    durationMinutes: values.durationMinutes,
    owner: values.owner,
    brief: values.brief,
    publishedUrl: values.publishedUrl,
    publishedAt: values.publishedAt,
  };
}

function writeLinks(db: Db, id: string, values: ContentValues, replace: boolean): void {
  const s = statements(db);
  if (replace) {
    // Links rewritten only when they change: a rewrite is a write to what a published item's account
    // past is built from (migration 0420), which would rebuild it after every edit of a title.
    const current = s.linksOf.get({ id })!;
    const sameProducts = current.product_ids_json === JSON.stringify(values.productIds);
    const sameTags = current.tags_json === JSON.stringify(values.tags);
    if (!sameProducts) s.deleteLinks.run(id);
    if (!sameTags) s.deleteTags.run(id);
    if (!sameProducts) values.productIds.forEach((productId, i) => s.insertLink.run(id, productId, i));
    if (!sameTags) values.tags.forEach((tag, i) => s.insertTag.run(id, tag, i));
    return;
  }
  values.productIds.forEach((productId, i) => s.insertLink.run(id, productId, i));
  values.tags.forEach((tag, i) => s.insertTag.run(id, tag, i));
}

export function insertItem(db: Db, id: string, values: ContentValues, source: string, at: string): void {
  statements(db).insert.run({ id, at, source, ...contentColumns(values) });
  writeLinks(db, id, values, false);
}

export function updateItem(db: Db, id: string, values: ContentValues, at: string): void {
  statements(db).update.run({ id, at, ...contentColumns(values) });
  writeLinks(db, id, values, true);
}

export function deleteItemRow(db: Db, id: string): boolean {
  return prepared(db, 'DELETE FROM content_items WHERE id = ?').run(id).changes > 0;
}

/** Values a row holds, in the shape writes take, for merging edits. */
export function rowValues(row: ContentRow): ContentValues & { productIds: string[]; tags: string[] } {
  return {
    workspaceId: row.workspace_id,
    accountId: row.account_id,
    title: row.title,
    format: row.format,
    objective: row.objective,
    pillar: row.pillar,
    status: row.status,
    plannedAt: row.planned_at,
    durationMinutes: row.duration_minutes,
    productIds: rowProductIds(row),
    tags: rowTags(row),
    owner: row.owner,
    brief: row.brief,
    publishedUrl: row.published_url,
    publishedAt: row.published_at,
  };
}

/** How many items start in [fromIso, toIso): read from content_by_workspace_time alone, before any row is. */
export function countItemsStartingIn(db: Db, workspaceId: string, fromIso: string, toIso: string): number {
  return prepared<[string, string, string], { n: number }>(
    db,
    'SELECT COUNT(*) AS n FROM content_items WHERE workspace_id = ? AND planned_at >= ? AND planned_at < ?',
  ).get(workspaceId, fromIso, toIso)!.n;
}

/** Links an item to the creator delivering it (insertItem serves manual and imported items, which have none). */
export function setItemCreator(db: Db, itemId: string, creatorId: string | null): void {
  prepared(db, 'UPDATE content_items SET creator_id = ? WHERE id = ?').run(creatorId, itemId);
}
