import { prepared } from '../paging/statements';
import type { Db } from '../db/types';
import type { AudienceProfileOutput } from '../../../shared/domain/interest';
import { hasTable } from './repo';

/**
 * Creators' audience profiles are part of the creator record (creators feature, migration 0030), stored
 * as JSON in `creators.audience_json`. This adapter is the only place the interest feature touches that
 * column; it answers "no profile" when the creators feature is absent.
 */
function audienceColumn(db: Db): boolean {
  if (!hasTable(db, 'creators')) return false;
  const columns = prepared<[], { name: string }>(db, "SELECT name FROM pragma_table_info('creators')").all();
  return columns.some((c) => c.name === 'audience_json');
}

export function findCreatorAudience(
  db: Db,
  creatorId: string,
): { profile: AudienceProfileOutput | null; updatedAt: string | null } | undefined {
  if (!audienceColumn(db)) return undefined;
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
  if (!audienceColumn(db)) throw new Error('Creators have no audience column');
  prepared(db, 'UPDATE creators SET audience_json = ?, updated_at = ? WHERE id = ?').run(
    profile === null ? null : JSON.stringify(profile),
    at,
    creatorId,
  );
}

/** Every creator of a workspace with its audience, for rankings. */
export function listCreatorsWithAudience(
  db: Db,
  workspaceId: string,
): { id: string; name: string; followers: number; profile: AudienceProfileOutput | null }[] {
  if (!audienceColumn(db)) return [];
  return prepared<
    [string],
    { id: string; display_name: string; followers: number; audience_json: string | null }
  >(
    db,
    'SELECT id, display_name, followers, audience_json FROM creators WHERE workspace_id = ? ORDER BY display_name',
  )
    .all(workspaceId)
    .map((r) => ({
      id: r.id,
      name: r.display_name,
      followers: r.followers,
      profile: r.audience_json ? (JSON.parse(r.audience_json) as AudienceProfileOutput) : null,
    }));
}
