import type { Db } from '../db/types';
import { prepared } from '../paging/statements';

/** A workspace's saved match roster (migration 0390); `columns` as `savedRoster.ts` packs it. */
export interface SavedRosterRow {
  seq: number;
  built_with: string;
  names_json: string;
  columns: Uint8Array;
}

export function findSavedRoster(db: Db, workspaceId: string): SavedRosterRow | undefined {
  return prepared<[string], SavedRosterRow>(
    db,
    'SELECT seq, built_with, names_json, columns FROM saved_match_rosters WHERE workspace_id = ?',
  ).get(workspaceId);
}

/** Saves the roster of a workspace that still exists (one deleted meanwhile takes its roster with it). */
export function saveRosterRow(db: Db, workspaceId: string, row: SavedRosterRow, at: string): void {
  prepared(
    db,
    `INSERT INTO saved_match_rosters (workspace_id, seq, built_with, names_json, columns, saved_at)
     SELECT @workspaceId, @seq, @built_with, @names_json, @columns, @at
     WHERE EXISTS (SELECT 1 FROM workspaces WHERE id = @workspaceId)
     ON CONFLICT (workspace_id) DO UPDATE SET seq = excluded.seq, built_with = excluded.built_with,
       names_json = excluded.names_json, columns = excluded.columns, saved_at = excluded.saved_at`,
  ).run({ workspaceId, at, ...row });
}

/** The schema version (a saved roster names the one it was made with: a migration may rewrite creators). */
export function schemaVersion(db: Db): number {
  return prepared<[], { user_version: number }>(db, 'PRAGMA user_version').get()!.user_version;
}
