import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import { bulkScope } from './plannedRepo';

/**
 * A bulk write's forecast past notes written once (migration 0420): inside the caller's transaction the
 * workspace is marked so the per-row item and link triggers skip it, `write` runs, and then every account
 * of the workspace, the workspace itself and its bulk scope (no item's own note can be trusted: 0430) are
 * noted in one statement before the mark goes. A content
 * import or a bundle may touch any account's published items, so all of them are noted. A throw rolls the
 * whole transaction back, the mark with it.
 */
export function notePastChangesOnce<T>(db: Db, workspaceId: string, write: () => T): T {
  prepared(db, 'INSERT INTO forecast_past_changes_bulk (workspace_id) VALUES (?)').run(workspaceId);
  const result = write();
  prepared<{ ws: string; bulk: string }>(
    db,
    `INSERT INTO forecast_past_changes (scope_id, workspace_id, seq)
     SELECT id, workspace_id, 1 FROM accounts WHERE workspace_id = @ws
     UNION ALL SELECT @ws, @ws, 1 WHERE true
     UNION ALL SELECT @bulk, @ws, 1 WHERE true
     ON CONFLICT (scope_id) DO UPDATE SET seq = seq + 1`,
  ).run({ ws: workspaceId, bulk: bulkScope(workspaceId) });
  prepared(db, 'DELETE FROM forecast_past_changes_bulk WHERE workspace_id = ?').run(workspaceId);
  return result;
}
