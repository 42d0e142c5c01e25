import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../../shared/content/importSchemas';
import { importFieldAliases } from '../../../../shared/content/vocabulary';
import { readUploadedTable } from '../../imports/outcome';
import type { TableFile } from '../../imports/tableFile';
import type { AnalysisHooks } from '../../imports/analysisProgress';

/** The uploaded plan as headers and rows; a workbook's sheet is the one whose headers match most fields. */
export async function readPlanFile(
  input: { fileName: string; base64: string },
  /** A preview job's: the read's progress, and where a cancel stops it. */
  hooks?: AnalysisHooks,
): Promise<TableFile> {
  return readUploadedTable(
    input,
    { maxBytes: MAX_IMPORT_BYTES, maxRows: MAX_IMPORT_ROWS, fieldAliases: importFieldAliases },
    hooks,
  );
}
