import type { BackendContext } from '../../context';
import type { ImportPreview, ImportPreviewInput } from '../../../../shared/content/importSchemas';
import { loadWorkspaceContext } from '../context';
import { actionCounts, tableHead } from '../../imports/outcome';
import { analyseTable } from './analyse';
import { readPlanFile } from './file';
import { previewWarnings } from './warnings';
import type { AnalysisHooks } from '../../imports/analysisProgress';

/** What the file would do, row by row, with the warnings each item would have; writes nothing. */
export async function previewImport(
  ctx: BackendContext,
  input: ImportPreviewInput,
  hooks?: AnalysisHooks,
): Promise<ImportPreview> {
  const wctx = loadWorkspaceContext(ctx.db, input.workspaceId);
  const table = await readPlanFile(input, hooks);
  const analysis = analyseTable(ctx.db, wctx, table, input, ctx.now().getTime(), hooks);
  const warnings = previewWarnings(ctx.db, analysis);
  return {
    ...tableHead(input.fileName, table),
    mapping: analysis.mapping,
    unmapped: analysis.unmapped,
    missingFields: analysis.missingFields,
    timeZone: wctx.timeZone,
    notes: analysis.notes,
    rows: analysis.rows.map((r) => ({
      rowNumber: r.rowNumber,
      action: r.action,
      matchId: r.matchId,
      raw: r.raw,
      values: r.values,
      errors: r.errors,
      warnings: warnings.get(r.rowNumber) ?? [],
    })),
    counts: actionCounts(analysis.rows),
  };
}
