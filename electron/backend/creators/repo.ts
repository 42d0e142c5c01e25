import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import { afterCursorSql, cursorParams, orderBySql, toPage, type SortKey } from '../paging/keyset';
import type { Creator, CreatorFields, CreatorTier, RateCardKey } from '../../../shared/domain/creator';
import { tierRange } from '../../../shared/domain/creator';
import { fenToYuan, yuanToFen } from '../../../shared/domain/money';
import {
  profileInsertColumns,
  profileInsertValues,
  profileParams,
  profileUpdateAssignments,
  toProfile,
  type ProfileRow,
} from './profileColumns';

interface CreatorRow extends ProfileRow {
  id: string;
  workspace_id: string;
}

function toCreator(row: CreatorRow): Creator {
  return { id: row.id, workspaceId: row.workspace_id, ...toProfile(row) };
}

/** Rate-card price columns by key: identifiers come only from this table. */
const priceColumns: Record<RateCardKey, string> = {
  video1to20s: 'price_video_1_20s_fen',
  video21to60s: 'price_video_21_60s_fen',
  video60sPlus: 'price_video_60s_plus_fen',
  liveSession: 'price_live_session_fen',
};

export interface CreatorQuery {
  workspaceId: string;
  search?: string | undefined;
  categories?: readonly string[] | undefined;
  tiers?: readonly CreatorTier[] | undefined;
  followersMin?: number | undefined;
  followersMax?: number | undefined;
  priceKey: RateCardKey;
  priceMin?: number | undefined;
  priceMax?: number | undefined;
  sort:
    | 'displayName'
    | 'followers'
    | 'engagementRatePct'
    | 'medianViews'
    | 'avgGpm'
    | 'price'
    | 'cpm'
    | 'createdAt';
  order: 'asc' | 'desc';
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

type CreatorListRow = CreatorRow & { row_id: number; sort_value: string | number | null };

/**
 * The sort order as keyset keys. Creators without the sorted figure (no price, no engagement rate) sort
 * last in either direction: unknown is neither cheapest nor best. Name then rowid break ties. Followers and
 * names are never NULL, so their orders skip the "unknown last" key and read an index in order
 * (creators_by_name, creators_by_followers).
 */
function creatorOrder(expr: string, nullable: boolean, order: 'asc' | 'desc'): SortKey[] {
  if (expr === nameExpr) {
    return [
      { sql: nameExpr, dir: order },
      { sql: 'rowid', dir: order },
    ];
  }
  return [
    ...(nullable ? [{ sql: `(${expr} IS NULL)`, dir: 'asc' as const }] : []),
    { sql: expr, dir: order, nullable },
    { sql: nameExpr, dir: 'asc' },
    { sql: 'rowid', dir: 'asc' },
  ];
}

const nameExpr = 'display_name COLLATE NOCASE';

function creatorCursorKey(row: CreatorListRow, keyCount: number): (string | number | null)[] {
  if (keyCount === 2) return [row.display_name, row.row_id];
  const tail = [row.sort_value, row.display_name, row.row_id];
  return keyCount === 4 ? [row.sort_value === null ? 1 : 0, ...tail] : tail;
}

/**
 * One page of a workspace's creators and how many match. Filters are added only when given (bound values;
 * sort expressions and price columns from allowlists), so the unfiltered roster reads its sort index.
 */
export function listCreatorPage(
  db: Db,
  q: CreatorQuery,
  cursor: string | undefined,
  limit: number,
): { items: Creator[]; nextCursor: string | null; total: number } {
  const price = priceColumns[q.priceKey];
  const sortExpr: Record<CreatorQuery['sort'], { sql: string; nullable: boolean }> = {
    displayName: { sql: nameExpr, nullable: false },
    followers: { sql: 'followers', nullable: false },
    engagementRatePct: { sql: 'engagement_rate_pct', nullable: true },
    medianViews: { sql: 'median_views', nullable: true },
    avgGpm: { sql: 'avg_gpm_fen', nullable: true },
    price: { sql: price, nullable: true },
    cpm: { sql: `(CAST(${price} AS REAL) / NULLIF(median_views, 0))`, nullable: true },
    createdAt: { sql: 'created_at', nullable: false },
  };
  const sort = sortExpr[q.sort];
  const keys = creatorOrder(sort.sql, sort.nullable, q.order);
  const tierRanges = (q.tiers ?? []).map(tierRange);
  const params: Record<string, string | number> = { ws: q.workspaceId };
  const where = ['workspace_id = @ws'];
  const add = (condition: string, values: Record<string, string | number>) => {
    where.push(condition);
    Object.assign(params, values);
  };
  if (q.search) {
    add(
      `(display_name LIKE @search ESCAPE '\\' OR handle LIKE @search ESCAPE '\\'
        OR contact LIKE @search ESCAPE '\\' OR notes LIKE @search ESCAPE '\\')`,
      { search: likePattern(q.search) },
    );
  }
  if (q.categories && q.categories.length > 0) {
    add(
      `EXISTS (SELECT 1 FROM json_each(creators.categories) c
         WHERE c.value IN (SELECT value FROM json_each(@categories)))`,
      { categories: JSON.stringify(q.categories) },
    );
  }
  if (tierRanges.length > 0) {
    add(
      `EXISTS (SELECT 1 FROM json_each(@tiers) t
         WHERE followers >= json_extract(t.value, '$.min')
           AND (json_extract(t.value, '$.max') IS NULL OR followers < json_extract(t.value, '$.max')))`,
      { tiers: JSON.stringify(tierRanges) },
    );
  }
  if (q.followersMin !== undefined) add('followers >= @followersMin', { followersMin: q.followersMin });
  if (q.followersMax !== undefined) add('followers <= @followersMax', { followersMax: q.followersMax });
  if (q.priceMin !== undefined) add(`${price} >= @priceMin`, { priceMin: yuanToFen(q.priceMin) });
  if (q.priceMax !== undefined) add(`${price} <= @priceMax`, { priceMax: yuanToFen(q.priceMax) });
  const filter = where.join(' AND ');
  const after = cursor ? cursorParams(cursor, keys.length) : null;
  const rows = prepared<Record<string, unknown>, CreatorListRow>(
    db,
    `SELECT *, rowid AS row_id, ${sort.sql === nameExpr ? 'NULL' : sort.sql} AS sort_value FROM creators
     WHERE ${filter}${after ? ` AND ${afterCursorSql(keys)}` : ''}
     ORDER BY ${orderBySql(keys)} LIMIT @limit`,
  ).all({ ...params, ...after, limit: limit + 1 });
  const total = prepared<Record<string, unknown>, { n: number }>(
    db,
    `SELECT COUNT(*) AS n FROM creators WHERE ${filter}`,
  ).get(params)!.n;
  return toPage(rows, limit, total, (row) => creatorCursorKey(row, keys.length), toCreator);
}

/** What an offer shows of its creator: figures for the expected CPM/CPE and the audience for the fit. */
export interface CreatorFigures {
  medianViews: number | null;
  engagementRatePct: number | null;
  rateCard: Creator['rateCard'];
  audience: Creator['audience'];
}

/**
 * Those figures for several creators in one query, each audience parsed once (a page of offers often
 * names the same creator); no full creator view is built.
 */
export function creatorFiguresByIds(db: Db, ids: readonly string[]): Map<string, CreatorFigures> {
  if (ids.length === 0) return new Map();
  const rows = prepared<[string], FigureRow>(
    db,
    `SELECT id, median_views, engagement_rate_pct, audience_json, price_video_1_20s_fen,
       price_video_21_60s_fen, price_video_60s_plus_fen, price_live_session_fen, commission_pct
     FROM creators WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids));
  const yuan = (fen: number | null) => (fen === null ? null : fenToYuan(fen));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        medianViews: r.median_views,
        engagementRatePct: r.engagement_rate_pct,
        rateCard: {
          video1to20s: yuan(r.price_video_1_20s_fen),
          video21to60s: yuan(r.price_video_21_60s_fen),
          video60sPlus: yuan(r.price_video_60s_plus_fen),
          liveSession: yuan(r.price_live_session_fen),
          commissionPct: r.commission_pct,
        },
        audience: r.audience_json ? (JSON.parse(r.audience_json) as Creator['audience']) : null,
      },
    ]),
  );
}

type FigureRow = Pick<
  CreatorRow,
  | 'id'
  | 'median_views'
  | 'engagement_rate_pct'
  | 'audience_json'
  | 'price_video_1_20s_fen'
  | 'price_video_21_60s_fen'
  | 'price_video_60s_plus_fen'
  | 'price_live_session_fen'
  | 'commission_pct'
>;

export function findCreator(db: Db, id: string): Creator | undefined {
  const row = prepared<[string], CreatorRow>(db, 'SELECT * FROM creators WHERE id = ?').get(id);
  return row ? toCreator(row) : undefined;
}

export function findCreatorByHandle(
  db: Db,
  workspaceId: string,
  platform: string,
  handle: string,
): Creator | undefined {
  const row = prepared<[string, string, string], CreatorRow>(
    db,
    'SELECT * FROM creators WHERE workspace_id = ? AND platform = ? AND handle = ?',
  ).get(workspaceId, platform, handle);
  return row ? toCreator(row) : undefined;
}

/**
 * The workspace's creators for many platform + handle pairs in one query (an import's rows), aligned
 * with `keys`: undefined where none matches. Handles compare as the unique index does (NOCASE).
 */
export function findCreatorsByHandles(
  db: Db,
  workspaceId: string,
  keys: readonly { platform: string; handle: string }[],
): (Creator | undefined)[] {
  const found: (Creator | undefined)[] = new Array<Creator | undefined>(keys.length).fill(undefined);
  const rows = prepared<[string, string], CreatorRow & { at: number }>(
    db,
    `SELECT j.key AS at, c.* FROM json_each(?) j
     JOIN creators c ON c.workspace_id = ? AND c.platform = j.value ->> '$[0]' AND c.handle = j.value ->> '$[1]'`,
  ).all(JSON.stringify(keys.map((k) => [k.platform, k.handle])), workspaceId);
  for (const { at, ...row } of rows) found[at] = toCreator(row);
  return found;
}

export function insertCreator(db: Db, id: string, fields: CreatorFields, at: string): void {
  prepared(
    db,
    `INSERT INTO creators (id, workspace_id, ${profileInsertColumns}, created_at, updated_at)
     VALUES (@id, @workspaceId, ${profileInsertValues}, @at, @at)`,
  ).run({ id, workspaceId: fields.workspaceId, at, ...profileParams(fields) });
}

export function updateCreatorRow(db: Db, id: string, fields: CreatorFields, at: string): void {
  prepared(db, `UPDATE creators SET ${profileUpdateAssignments}, updated_at = @at WHERE id = @id`).run({
    id,
    at,
    ...profileParams(fields),
  });
}

export function deleteCreatorRow(db: Db, id: string): boolean {
  return prepared(db, 'DELETE FROM creators WHERE id = ?').run(id).changes > 0;
}

/** Offers to this creator that are still open or being delivered: a reason not to delete the creator. */
export function countActiveOffers(db: Db, creatorId: string): number {
  return prepared<[string], { n: number }>(
    db,
    `SELECT COUNT(*) AS n FROM offers WHERE creator_id = ? AND state IN ('sent', 'countered', 'revised', 'accepted')`,
  ).get(creatorId)!.n;
}
