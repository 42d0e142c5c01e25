import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import type { Creator, CreatorFields, CreatorTier, RateCardKey } from '../../../shared/domain/creator';
import { tierRange } from '../../../shared/domain/creator';
import { yuanToFen } from '../../../shared/domain/money';
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

/**
 * Filters in SQL with bound values; sort expressions from an allowlist. Creators without the sorted figure
 * (no price, no engagement rate) sort last in either direction: unknown is neither cheapest nor best.
 */
export function listCreators(db: Db, q: CreatorQuery): Creator[] {
  const price = priceColumns[q.priceKey];
  const sortExpr: Record<CreatorQuery['sort'], string> = {
    displayName: 'display_name COLLATE NOCASE',
    followers: 'followers',
    engagementRatePct: 'engagement_rate_pct',
    medianViews: 'median_views',
    avgGpm: 'avg_gpm_fen',
    price,
    cpm: `(CAST(${price} AS REAL) / NULLIF(median_views, 0))`,
    createdAt: 'created_at',
  };
  const expr = sortExpr[q.sort];
  const direction = q.order === 'desc' ? 'DESC' : 'ASC';
  const tierRanges = (q.tiers ?? []).map(tierRange);
  const rows = prepared<Record<string, string | number | null>, CreatorRow>(
    db,
    `SELECT * FROM creators
       WHERE workspace_id = @ws
         AND (@search IS NULL OR display_name LIKE @search ESCAPE '\\' OR handle LIKE @search ESCAPE '\\'
              OR contact LIKE @search ESCAPE '\\' OR notes LIKE @search ESCAPE '\\')
         AND (@categories IS NULL OR EXISTS (
               SELECT 1 FROM json_each(creators.categories) c WHERE c.value IN (SELECT value FROM json_each(@categories))))
         AND (@tiers IS NULL OR EXISTS (
               SELECT 1 FROM json_each(@tiers) t
               WHERE followers >= json_extract(t.value, '$.min')
                 AND (json_extract(t.value, '$.max') IS NULL OR followers < json_extract(t.value, '$.max'))))
         AND (@followersMin IS NULL OR followers >= @followersMin)
         AND (@followersMax IS NULL OR followers <= @followersMax)
         AND (@priceMin IS NULL OR ${price} >= @priceMin)
         AND (@priceMax IS NULL OR ${price} <= @priceMax)
       ORDER BY ${expr} IS NULL, ${expr} ${direction}, display_name COLLATE NOCASE, rowid`,
  ).all({
    ws: q.workspaceId,
    search: q.search ? likePattern(q.search) : null,
    categories: q.categories && q.categories.length > 0 ? JSON.stringify(q.categories) : null,
    tiers: tierRanges.length > 0 ? JSON.stringify(tierRanges) : null,
    followersMin: q.followersMin ?? null,
    followersMax: q.followersMax ?? null,
    priceMin: q.priceMin === undefined ? null : yuanToFen(q.priceMin),
    priceMax: q.priceMax === undefined ? null : yuanToFen(q.priceMax),
  });
  return rows.map(toCreator);
}

/** Creators by id in one query, each row parsed once (a page of offers names the same creator often). */
export function findCreatorsByIds(db: Db, ids: readonly string[]): Map<string, Creator> {
  if (ids.length === 0) return new Map();
  const rows = prepared<[string], CreatorRow>(
    db,
    'SELECT * FROM creators WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids));
  return new Map(rows.map((row) => [row.id, toCreator(row)]));
}

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
