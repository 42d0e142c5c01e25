import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import type { AudienceOwnerType, AudienceProfileOutput } from '../../../shared/domain/interest';
import type { CustomTagRef } from '../../../shared/domain/interestTags';
import { builtInBaseline, builtInInterestTagIds } from '../../../shared/interest/taxonomy';

export interface WorkspaceInterest {
  /** Tag id → platform share in force (built-in defaults with the workspace's overrides). */
  baseline: Record<string, number>;
  overrides: Map<string, number>;
  customTags: CustomTagRef[];
  knownTagIds: Set<string>;
}

export function listBaselineOverrides(db: Db, workspaceId: string): Map<string, number> {
  const rows = prepared<[string], { tag_id: string; share: number }>(
    db,
    'SELECT tag_id, share FROM interest_baselines WHERE workspace_id = ?',
  ).all(workspaceId);
  return new Map(rows.map((r) => [r.tag_id, r.share]));
}

export function setBaselineOverride(
  db: Db,
  workspaceId: string,
  tagId: string,
  share: number,
  at: string,
): void {
  prepared(
    db,
    `INSERT INTO interest_baselines (workspace_id, tag_id, share, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (workspace_id, tag_id) DO UPDATE SET share = excluded.share, updated_at = excluded.updated_at`,
  ).run(workspaceId, tagId, share, at);
}

export function clearBaselineOverride(db: Db, workspaceId: string, tagId: string): void {
  prepared(db, 'DELETE FROM interest_baselines WHERE workspace_id = ? AND tag_id = ?').run(
    workspaceId,
    tagId,
  );
}

export function listCustomTags(db: Db, workspaceId: string): CustomTagRef[] {
  return prepared<[string], CustomTagRef>(
    db,
    'SELECT tag_id AS id, label FROM interest_custom_tags WHERE workspace_id = ? ORDER BY created_at, rowid',
  ).all(workspaceId);
}

export function insertCustomTag(db: Db, workspaceId: string, tag: CustomTagRef, at: string): void {
  prepared(
    db,
    'INSERT INTO interest_custom_tags (workspace_id, tag_id, label, created_at) VALUES (?, ?, ?, ?)',
  ).run(workspaceId, tag.id, tag.label, at);
}

/** Everything matching needs to know about a workspace's interest vocabulary; null = built-in only. */
export function workspaceInterest(db: Db, workspaceId: string | null): WorkspaceInterest {
  const baseline = builtInBaseline();
  if (workspaceId === null) {
    return { baseline, overrides: new Map(), customTags: [], knownTagIds: new Set(builtInInterestTagIds) };
  }
  const overrides = listBaselineOverrides(db, workspaceId);
  for (const [tag, share] of overrides) baseline[tag] = share;
  const customTags = listCustomTags(db, workspaceId);
  const knownTagIds = new Set([...builtInInterestTagIds, ...customTags.map((t) => t.id)]);
  return { baseline, overrides, customTags, knownTagIds };
}

// --- Audience profiles ---

export interface AudienceRow {
  workspace_id: string;
  owner_type: AudienceOwnerType;
  owner_id: string;
  profile_json: string;
  source: 'manual' | 'import' | 'sample';
  updated_at: string;
}

export function findAudience(db: Db, ownerType: AudienceOwnerType, ownerId: string): AudienceRow | undefined {
  return prepared<[string, string], AudienceRow>(
    db,
    'SELECT * FROM audience_profiles WHERE owner_type = ? AND owner_id = ?',
  ).get(ownerType, ownerId);
}

export function listAudiences(db: Db, workspaceId: string): AudienceRow[] {
  return prepared<[string], AudienceRow>(
    db,
    'SELECT * FROM audience_profiles WHERE workspace_id = ? ORDER BY owner_type, updated_at, rowid',
  ).all(workspaceId);
}

export function upsertAudience(db: Db, row: AudienceRow): void {
  prepared(
    db,
    `INSERT INTO audience_profiles (workspace_id, owner_type, owner_id, profile_json, source, updated_at)
     VALUES (@workspace_id, @owner_type, @owner_id, @profile_json, @source, @updated_at)
     ON CONFLICT (owner_type, owner_id) DO UPDATE SET profile_json = excluded.profile_json,
       source = excluded.source, updated_at = excluded.updated_at`,
  ).run(row);
}

export function deleteAudience(db: Db, ownerType: AudienceOwnerType, ownerId: string): void {
  prepared(db, 'DELETE FROM audience_profiles WHERE owner_type = ? AND owner_id = ?').run(ownerType, ownerId);
}

/** Account audiences of a workspace after `afterOwnerId`, by owner id (a keyset page), and how many in all. */
export function accountAudiencePage(
  db: Db,
  workspaceId: string,
  afterOwnerId: string,
  limit: number,
): { rows: AudienceRow[]; total: number } {
  const rows = prepared<[string, string, number], AudienceRow>(
    db,
    `SELECT * FROM audience_profiles WHERE workspace_id = ? AND owner_type = 'account' AND owner_id > ?
     ORDER BY owner_id LIMIT ?`,
  ).all(workspaceId, afterOwnerId, limit);
  const total = prepared<[string], { n: number }>(
    db,
    "SELECT COUNT(*) AS n FROM audience_profiles WHERE workspace_id = ? AND owner_type = 'account'",
  ).get(workspaceId)!.n;
  return { rows, total };
}

/*
 * Exported so the query-plan test explains this very statement. CROSS JOIN keeps the asked ids the outer
 * loop, each sought on the owner key: left to itself SQLite read every account profile of the workspace
 * through its (workspace, kind) index to filter them against the list.
 */
export const accountsWithProfileSql = `SELECT p.owner_id FROM json_each(?) AS asked
  CROSS JOIN audience_profiles p ON p.owner_type = 'account' AND p.owner_id = asked.value
  WHERE p.workspace_id = ?`;

/** Those of `accountIds` that are the workspace's and have a profile, in one statement. */
export function accountsWithProfile(db: Db, workspaceId: string, accountIds: readonly string[]): string[] {
  return prepared<[string, string], { owner_id: string }>(db, accountsWithProfileSql)
    .all(JSON.stringify(accountIds), workspaceId)
    .map((r) => r.owner_id);
}

export interface CreatorAudienceRow {
  id: string;
  audience_json: string;
}

/** Creators of a workspace that have an audience, after `afterId`, by id (a keyset page), and how many. */
export function creatorAudiencePage(
  db: Db,
  workspaceId: string,
  afterId: string,
  limit: number,
): { rows: CreatorAudienceRow[]; total: number } {
  const rows = prepared<[string, string, number], CreatorAudienceRow>(
    db,
    `SELECT id, audience_json FROM creators WHERE workspace_id = ? AND audience_json IS NOT NULL AND id > ?
     ORDER BY id LIMIT ?`,
  ).all(workspaceId, afterId, limit);
  const total = prepared<[string], { n: number }>(
    db,
    'SELECT COUNT(*) AS n FROM creators WHERE workspace_id = ? AND audience_json IS NOT NULL',
  ).get(workspaceId)!.n;
  return { rows, total };
}

/** The workspace and name of an audience's owner (an account, or a creator that belongs to a workspace). */
export function findAudienceOwnerRow(
  db: Db,
  ownerType: AudienceOwnerType,
  ownerId: string,
): { workspace_id: string | null; display_name: string } | undefined {
  const sql =
    ownerType === 'account'
      ? 'SELECT workspace_id, display_name FROM accounts WHERE id = ?'
      : 'SELECT workspace_id, display_name FROM creators WHERE id = ?';
  return prepared<[string], { workspace_id: string | null; display_name: string }>(db, sql).get(ownerId);
}

/*
 * Creators' audience profiles are part of the creator record (migration 0030), stored as JSON in
 * `creators.audience_json`; these three are the only place the interest feature touches that column.
 */
export function findCreatorAudience(
  db: Db,
  creatorId: string,
): { profile: AudienceProfileOutput | null; updatedAt: string | null } | undefined {
  const row = prepared<[string], { audience_json: string | null; updated_at: string }>(
    db,
    'SELECT audience_json, updated_at FROM creators WHERE id = ?',
  ).get(creatorId);
  if (!row) return undefined;
  return {
    profile: row.audience_json ? (JSON.parse(row.audience_json) as AudienceProfileOutput) : null,
    updatedAt: row.audience_json ? row.updated_at : null,
  };
}

export function setCreatorAudience(
  db: Db,
  creatorId: string,
  profile: AudienceProfileOutput | null,
  at: string,
): void {
  prepared(db, 'UPDATE creators SET audience_json = ?, updated_at = ? WHERE id = ?').run(
    profile === null ? null : JSON.stringify(profile),
    at,
    creatorId,
  );
}

export interface CreatorWithAudience {
  id: string;
  name: string;
  followers: number;
  /** The interest shares of the creator's audience profile; null when the creator has no profile. */
  interests: AudienceProfileOutput['interests'] | null;
}

type RosterRow = {
  id: string;
  display_name: string;
  followers: number;
  interests_json: string | null;
};

const withAudience = (r: RosterRow): CreatorWithAudience => ({
  id: r.id,
  name: r.display_name,
  followers: r.followers,
  interests: r.interests_json ? (JSON.parse(r.interests_json) as AudienceProfileOutput['interests']) : null,
});

// Only a profile's interests are read: gender, ages and regions are two thirds of its JSON, and parsing
// 20,000 whole profiles was most of building a ranking's roster. SQLite's json_extract keeps the
// numbers' text and the keys' order, so the scores are the same to the last bit.
const rosterColumns =
  "id, display_name, followers, json_extract(audience_json, '$.interests') AS interests_json";

/**
 * Every creator of a workspace with its audience's interests, for rankings. Unordered: the roster sorts
 * by the collator, and an ORDER BY here sorted 20,000 rows in a temp B-tree for nothing.
 */
export function listCreatorsWithAudience(db: Db, workspaceId: string): CreatorWithAudience[] {
  return prepared<[string], RosterRow>(db, `SELECT ${rosterColumns} FROM creators WHERE workspace_id = ?`)
    .all(workspaceId)
    .map(withAudience);
}

/** The given creators with their audiences' interests (absent ids were deleted). */
export function creatorsWithAudienceByIds(db: Db, ids: readonly string[]): CreatorWithAudience[] {
  if (ids.length === 0) return [];
  return prepared<[string], RosterRow>(
    db,
    `SELECT ${rosterColumns} FROM creators WHERE id IN (SELECT value FROM json_each(?))`,
  )
    .all(JSON.stringify(ids))
    .map(withAudience);
}

/** The workspace's latest creator change (migration 0210's triggers), 0 before any. */
export function latestCreatorChange(db: Db, workspaceId: string): number {
  return (
    prepared<[string], { seq: number | null }>(
      db,
      'SELECT max(seq) AS seq FROM creator_changes WHERE workspace_id = ?',
    ).get(workspaceId)!.seq ?? 0
  );
}

/** Creators of the workspace changed (written, deleted, their live sessions changed) after `seq`. */
export function creatorChangesSince(
  db: Db,
  workspaceId: string,
  seq: number,
): { creatorIds: string[]; latest: number } {
  const rows = prepared<[string, number], { creator_id: string; seq: number }>(
    db,
    'SELECT creator_id, seq FROM creator_changes WHERE workspace_id = ? AND seq > ? ORDER BY seq',
  ).all(workspaceId, seq);
  return { creatorIds: rows.map((r) => r.creator_id), latest: rows.at(-1)?.seq ?? seq };
}

export interface ActiveAccountRow {
  id: string;
  display_name: string;
  role: string;
  followers: number;
}

/** A workspace's accounts that are not archived, as rankings and the heatmap list them. */
export function listActiveAccounts(db: Db, workspaceId: string): ActiveAccountRow[] {
  return prepared<[string], ActiveAccountRow>(
    db,
    `SELECT id, display_name, role, followers FROM accounts
     WHERE workspace_id = ? AND archived_at IS NULL ORDER BY role, created_at, rowid`,
  ).all(workspaceId);
}
