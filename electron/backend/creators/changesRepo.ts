import type { Db } from '../db/types';
import { prepared } from '../paging/statements';

/**
 * A bulk write's creator changes noted once (migration 0280): inside the caller's transaction, the
 * workspace is marked so the per-row creator triggers skip it, `write` runs and returns the creators it
 * wrote (their rows or their live sessions), and those are noted in one statement — the same rows, one per creator
 * with increasing `seq`, that the triggers would have left — before the mark goes. A throw rolls the
 * whole transaction back, the mark with it.
 */
export function noteCreatorChangesOnce(db: Db, workspaceId: string, write: () => Iterable<string>): void {
  prepared(db, 'INSERT INTO creator_changes_bulk (workspace_id) VALUES (?)').run(workspaceId);
  const creatorIds = write();
  prepared<{ ws: string; ids: string }>(
    db,
    `INSERT INTO creator_changes (creator_id, workspace_id, seq)
     SELECT value, @ws, (SELECT coalesce(max(seq), 0) FROM creator_changes WHERE workspace_id = @ws) + key + 1
     FROM json_each(@ids) WHERE true
     ON CONFLICT (creator_id) DO UPDATE SET workspace_id = excluded.workspace_id, seq = excluded.seq`,
  ).run({ ws: workspaceId, ids: JSON.stringify([...new Set(creatorIds)]) });
  prepared(db, 'DELETE FROM creator_changes_bulk WHERE workspace_id = ?').run(workspaceId);
}
