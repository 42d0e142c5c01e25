import type { BackendContext } from '../../context';
import type { ImportPreview, ImportPreviewInput } from '../../../../shared/content/importSchemas';
import { loadWorkspaceContext } from '../context';
import { analyseTable, counts } from './analyse';
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
  const table = await readPlanFile(input);
  const analysis = analyseTable(ctx.db, wctx, table, input, ctx.now().getTime(), hooks);
  const warnings = previewWarnings(ctx.db, analysis);
  return {
    fileName: input.fileName,
    format: table.format,
    encoding: table.encoding,
    sheetName: table.format === 'xlsx' ? table.sheetName : null,
    headers: table.headers,
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
    counts: counts(analysis.rows),
  };
}
