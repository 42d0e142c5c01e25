import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../../shared/content/importSchemas';
import { importFieldAliases } from '../../../../shared/content/vocabulary';
import { decodeBase64 } from '../../imports/base64';
import { readTableFile } from '../../imports/readTableFile';
import type { TableFile } from '../../imports/tableFile';

/** The uploaded plan as headers and rows; a workbook's sheet is the one whose headers match most fields. */
export async function readPlanFile(input: { fileName: string; base64: string }): Promise<TableFile> {
  return readTableFile({
    fileName: input.fileName,
    bytes: decodeBase64(input.base64, ['base64']),
    maxBytes: MAX_IMPORT_BYTES,
    maxRows: MAX_IMPORT_ROWS,
    fieldAliases: importFieldAliases,
  });
}
