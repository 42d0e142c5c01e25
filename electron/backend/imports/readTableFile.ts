import { mapHeaders, type FieldAliases } from '../../../shared/parsing/headers';
import { buildTable } from './buildTable';
import { ImportFileError } from './errors';
import { readCsvRecords } from './readCsv';
import { readXlsxRecords } from './readXlsx';
import { sniffFormat } from './sniffFormat';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, type TableFile } from './tableFile';

export interface ReadTableFileInput {
  /** The name the user picked; used in messages only. The format is decided by content. */
  fileName: string;
  bytes: Uint8Array;
  maxBytes?: number;
  maxRows?: number;
  /** The importer's header aliases: in a workbook, the sheet whose headers match most fields is read. */
  fieldAliases?: FieldAliases<string>;
}

/**
 * Reads an uploaded CSV/TSV or XLSX into headers and rows, or throws an `ImportFileError` whose message
 * tells the user what to fix. Every importer (content, creators, metrics) starts here and then maps
 * headers with `mapHeaders` and parses cells with `shared/parsing`.
 */
export async function readTableFile({
  fileName,
  bytes,
  maxBytes = DEFAULT_MAX_BYTES,
  maxRows = DEFAULT_MAX_ROWS,
  fieldAliases,
}: ReadTableFileInput): Promise<TableFile> {
  // Only the base name: a full path in a message would leak the user's folder layout into logs.
  const name = `"${fileName.split(/[\\/]/).pop() || 'The file'}"`;
  if (bytes.byteLength === 0) throw new ImportFileError('empty_file', `${name} is empty.`);
  if (bytes.byteLength > maxBytes) {
    throw new ImportFileError(
      'file_too_large',
      `${name} is ${formatMegabytes(bytes.byteLength)}; the limit is ${formatMegabytes(maxBytes)}. Split it into smaller files.`,
    );
  }

  const sniffed = sniffFormat(bytes);
  switch (sniffed.kind) {
    case 'zip': {
      const score = fieldAliases
        ? (headers: string[]) =>
            Object.values(mapHeaders(headers, fieldAliases).mapping).filter(Boolean).length
        : undefined;
      const { sheetName, records } = await readXlsxRecords(bytes, name, { maxBytes, maxRows }, score);
      return { format: 'xlsx', encoding: null, sheetName, ...buildTable(records, name, maxRows) };
    }
    case 'text': {
      const { encoding, delimiter, records } = readCsvRecords(bytes, name, maxRows);
      return { format: 'csv', encoding, delimiter, ...buildTable(records, name, maxRows) };
    }
    case 'legacy_office':
      throw new ImportFileError(
        'unsupported_format',
        `${name} is an old Excel 97–2003 (.xls) or password-protected file. Open it in Excel and save it as .xlsx or CSV (UTF-8).`,
      );
    case 'binary':
      throw new ImportFileError(
        'unsupported_format',
        `${name} is ${sniffed.description}, not a CSV or Excel (.xlsx) file.`,
      );
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
