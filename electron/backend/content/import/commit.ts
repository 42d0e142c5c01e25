import type { BackendContext } from '../../context';
import type { ImportCommitInput, ImportCommitResult } from '../../../../shared/content/importSchemas';
import { exportHeaders, type ImportField } from '../../../../shared/content/vocabulary';
import { checkApprovalGate, importStatusMoves, markChangedApprovalsStale } from '../../approvals/gate';
import { assertImportCommittable } from '../../imports/commitGate';
import { loadWorkspaceContext } from '../context';
import { insertItem, updateItem } from '../repo';
import { committedCounts } from '../../imports/outcome';
import { analyseTable, toValues } from './analyse';
import { readPlanFile } from './file';
import { notePastChangesOnce } from '../../forecasts/pastChangesRepo';

const fieldLabel = (field: ImportField) =>
  `${field === 'plannedTime' ? '时间' : exportHeaders['zh-CN'][field]} (${field})`;

/**
 * Re-reads and re-analyses the file (never trusting the preview the renderer saw), passes the import gate,
 * then writes every row in one transaction with no await in between.
 */
export async function commitImport(
  ctx: BackendContext,
  input: ImportCommitInput,
): Promise<ImportCommitResult> {
  const wctx = loadWorkspaceContext(ctx.db, input.workspaceId);
  const table = await readPlanFile(input);
  // From here on everything is synchronous: nothing can change the database between checks and writes.
  const analysis = analyseTable(ctx.db, wctx, table, input, ctx.now().getTime());
  assertImportCommittable({
    fileName: input.fileName,
    missingFields: analysis.missingFields,
    fieldLabel: (field) => fieldLabel(field as ImportField),
    invalidRows: analysis.rows.filter((r) => r.action === 'invalid'),
    totalRows: analysis.rows.length,
    skipInvalid: input.skipInvalid,
  });
  const toWrite = analysis.rows.filter((r) => r.action === 'create' || r.action === 'update');
  const statusMoves = importStatusMoves(
    ctx.db,
    toWrite.map((r) => ({
      matchId: r.matchId ?? null,
      title: r.values.title ?? '',
      status: r.values.status,
    })),
  );
  const at = ctx.now().toISOString();
  const itemIds: string[] = [];
  // One forecast past note per account at the end instead of one per published row (migration 0420).
  const writeRows = () => {
    for (const row of toWrite) {
      const values = toValues(wctx.workspaceId, row.values);
      if (row.matchId) {
        updateItem(ctx.db, row.matchId, values, at);
        itemIds.push(row.matchId);
      } else {
        const id = ctx.newId();
        insertItem(ctx.db, id, values, 'import', at);
        itemIds.push(id);
      }
    }
  };
  ctx.db.transaction(() => {
    notePastChangesOnce(ctx.db, wctx.workspaceId, writeRows);
    markChangedApprovalsStale(ctx.db, itemIds, at, ctx.newId);
    checkApprovalGate(ctx.db, wctx.workspaceId, statusMoves);
  })();
  for (const r of analysis.rows) if (r.action === 'unchanged' && r.matchId) itemIds.push(r.matchId);
  return { ...committedCounts(analysis.rows), itemIds };
}
