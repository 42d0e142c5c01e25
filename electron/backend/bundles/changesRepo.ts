import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import { notePastChangesOnce } from '../forecasts/pastChangesRepo';

/**
 * A bundle import's change log written once (migrations 0280 and 0300): inside the import's transaction
 * the new workspace is marked so the per-row creator and offer triggers skip it, `write` loads the rows,
 * and then every creator and every offer of the workspace is noted in one statement per log — the rows
 * the triggers would have left: one per creator (its row, its live sessions) and one per offer (its row,
 * revisions, deliverables), with increasing `seq` — before the marks go. Everything the workspace holds
 * after an import came from the bundle (a replaced copy's rows and notes went with its cascade), so the
 * whole workspace is what changed. A throw rolls the transaction back, the marks with it.
 */
export function noteBundleChangesOnce<T>(db: Db, workspaceId: string, write: () => T): T {
  prepared(db, 'INSERT INTO creator_changes_bulk (workspace_id) VALUES (?)').run(workspaceId);
  prepared(db, 'INSERT INTO offer_changes_bulk (workspace_id) VALUES (?)').run(workspaceId);
  // The forecast pasts' notes (0420) likewise: one per account of the workspace at the end.
  const result = notePastChangesOnce(db, workspaceId, write);
  prepared<{ ws: string }>(
    db,
    `INSERT INTO creator_changes (creator_id, workspace_id, seq)
     SELECT id, @ws, (SELECT coalesce(max(seq), 0) FROM creator_changes WHERE workspace_id = @ws)
       + row_number() OVER (ORDER BY rowid)
     FROM creators WHERE workspace_id = @ws
     ON CONFLICT (creator_id) DO UPDATE SET workspace_id = excluded.workspace_id, seq = excluded.seq`,
  ).run({ ws: workspaceId });
  prepared<{ ws: string }>(
    db,
    `INSERT INTO offer_changes (offer_id, workspace_id, seq)
     SELECT id, @ws, (SELECT coalesce(max(seq), 0) FROM offer_changes WHERE workspace_id = @ws)
       + row_number() OVER (ORDER BY rowid)
     FROM offers WHERE workspace_id = @ws
     ON CONFLICT (offer_id) DO UPDATE SET workspace_id = excluded.workspace_id, seq = excluded.seq`,
  ).run({ ws: workspaceId });
  prepared(db, 'DELETE FROM offer_changes_bulk WHERE workspace_id = ?').run(workspaceId);
  prepared(db, 'DELETE FROM creator_changes_bulk WHERE workspace_id = ?').run(workspaceId);
  return result;
}
