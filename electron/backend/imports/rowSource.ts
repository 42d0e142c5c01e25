import Papa from 'papaparse';
import type { CellValue } from '../../../shared/parsing/cellValue';
import type { FieldAliases } from '../../../shared/parsing/headers';
import { assertUniqueHeaders, headerText, isEmptyCell, isEmptyRecord, normalizeCell } from './buildTable';
import { columnLetters } from './columnLetters';
import { ImportFileError } from './errors';
import { decodeCsvText, detectDelimiter } from './readCsv';
import { readTableFile } from './readTableFile';
import { sniffFormat } from './sniffFormat';
import { forEachPlainRecord, isPlainCsv } from './plainCsv';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, type CsvEncoding, type TableRow } from './tableFile';

/**
 * A table file read row by row: big CSV exports (hundreds of thousands of rows) are parsed again on each
 * pass instead of being held as row objects, so memory stays near the size of the file's text. XLSX is
 * read whole by exceljs and therefore keeps the general import limits.
 */
export interface RowSource {
  format: 'csv' | 'xlsx';
  encoding: CsvEncoding | null;
  /** Column headers in file order, trimmed, unique (as readTableFile gives them). */
  headers: string[];
  /** Non-empty data rows. */
  rowCount: number;
  /**
   * Visits every data row in file order. A visitor may throw to stop (the error propagates). `reuseRow`:
   * the same row object is refilled for each visit (a big file's pass then allocates no row objects);
   * the visitor must copy what it keeps.
   */
  forEachRow(visit: (row: TableRow) => void, reuseRow?: boolean): void;
  /** A CSV's layout, found by the first pass: hand it back to open the same bytes again without one. */
  layout: CsvLayout | null;
}

/** What the first pass over a CSV learns; plain data, so it can be sent to a worker with the bytes. */
export interface CsvLayout {
  delimiter: string;
  /** Record number of the header row. */
  headerRecord: number;
  columns: Column[];
  rowCount: number;
}

export interface OpenRowSourceInput {
  fileName: string;
  bytes: Uint8Array;
  /** Limits for CSV/TSV; XLSX keeps DEFAULT_MAX_BYTES / DEFAULT_MAX_ROWS. */
  maxBytes: number;
  maxRows: number;
  fieldAliases?: FieldAliases<string>;
  /** The layout an earlier open of the same bytes found (a job re-reading an uploaded file). */
  layout?: CsvLayout | null | undefined;
  /**
   * Progress of the first pass over a CSV (the one that counts rows), in characters read of the text's
   * length; called every few thousand records. A job reports it as the share of the file read.
   */
  onCountProgress?: ((read: number, length: number) => void) | undefined;
}

export async function openRowSource(input: OpenRowSourceInput): Promise<RowSource> {
  const name = `"${input.fileName.split(/[\\/]/).pop() || 'The file'}"`;
  if (input.bytes.byteLength === 0) throw new ImportFileError('empty_file', `${name} is empty.`);
  if (sniffFormat(input.bytes).kind !== 'text') {
    const table = await readTableFile({
      fileName: input.fileName,
      bytes: input.bytes,
      maxBytes: Math.min(input.maxBytes, DEFAULT_MAX_BYTES),
      maxRows: Math.min(input.maxRows, DEFAULT_MAX_ROWS),
      ...(input.fieldAliases ? { fieldAliases: input.fieldAliases } : {}),
    });
    return {
      format: 'xlsx',
      encoding: null,
      headers: table.headers,
      rowCount: table.rows.length,
      forEachRow: (visit) => table.rows.forEach((row) => visit(row)),
      layout: null,
    };
  }
  if (input.bytes.byteLength > input.maxBytes) {
    throw new ImportFileError(
      'file_too_large',
      `${name} is ${megabytes(input.bytes.byteLength)}; the limit is ${megabytes(input.maxBytes)}. Split it into smaller files.`,
    );
  }
  const { text, encoding } = decodeCsvText(input.bytes, name);
  const layout = input.layout ?? csvLayout(text, name, input.maxRows, input.onCountProgress);
  return csvSource(text, encoding, name, layout);
}

/** Bytes of a CSV read for its header row: a platform export's header is a few hundred bytes. */
const HEAD_BYTES = 256 * 1024;

/**
 * The headers of an uploaded table without reading its rows: for a CSV, the header row found in the
 * first `HEAD_BYTES` (cut after the last line break, which no UTF-8 or GBK character contains), so the
 * end of an upload costs the same for a 30 MB export as for a small one; rows are counted by the job
 * that streams them. Headerless columns with data further down, duplicate names and the row limit are
 * the full read's to find. XLSX has no such shortcut (exceljs reads the package whole; it keeps the
 * general 20 MB limit): `null`, the caller reads it whole.
 */
export function readCsvHeaders(input: {
  fileName: string;
  bytes: Uint8Array;
  maxBytes: number;
}): string[] | null {
  const name = `"${input.fileName.split(/[\\/]/).pop() || 'The file'}"`;
  if (input.bytes.byteLength === 0) throw new ImportFileError('empty_file', `${name} is empty.`);
  if (sniffFormat(input.bytes).kind !== 'text') return null;
  if (input.bytes.byteLength > input.maxBytes) {
    throw new ImportFileError(
      'file_too_large',
      `${name} is ${megabytes(input.bytes.byteLength)}; the limit is ${megabytes(input.maxBytes)}. Split it into smaller files.`,
    );
  }
  let head = input.bytes.subarray(0, HEAD_BYTES);
  if (head.byteLength < input.bytes.byteLength) {
    const lastBreak = head.lastIndexOf(0x0a);
    if (lastBreak > 0) head = head.subarray(0, lastBreak + 1);
  }
  const { text } = decodeCsvText(head, name);
  const delimiter = detectDelimiter(text);
  const found: { header: CellValue[] | null } = { header: null };
  try {
    parseRecords(text, delimiter, name, (_index, cells) => {
      found.header = cells;
      throw new HeaderFound();
    });
  } catch (err) {
    if (!(err instanceof HeaderFound)) throw err;
  }
  if (found.header === null) throw new ImportFileError('empty_file', `${name} is empty.`);
  const columns: Column[] = [];
  found.header.forEach((cell, index) => {
    const header = headerText(cell);
    if (header !== '') columns.push({ index, name: header });
  });
  assertUniqueHeaders(columns, name);
  return columns.map((c) => c.name);
}

class HeaderFound extends Error {}

interface Column {
  index: number;
  name: string;
}

/** Records between two reports of the counting pass's progress. */
const COUNT_PROGRESS_RECORDS = 20_000;

function csvLayout(
  text: string,
  fileName: string,
  maxRows: number,
  onProgress?: (read: number, length: number) => void,
): CsvLayout {
  const delimiter = detectDelimiter(text);

  // First pass: the header row, the width, which headerless columns hold data, and the row count.
  let header: CellValue[] | null = null;
  let headerRecord = 0;
  let rowCount = 0;
  const dataInColumn = new Set<number>();
  parseRecords(text, delimiter, fileName, (recordIndex, cells, offset) => {
    if (onProgress && recordIndex % COUNT_PROGRESS_RECORDS === 0) onProgress(offset, text.length);
    if (header === null) {
      header = cells;
      headerRecord = recordIndex;
      return;
    }
    rowCount++;
    if (rowCount > maxRows) {
      throw new ImportFileError(
        'too_many_rows',
        `${fileName} has more than ${maxRows.toLocaleString('en-US')} data rows. Split it into smaller files.`,
      );
    }
    for (let i = 0; i < cells.length; i++) if (!isEmptyCell(cells[i])) dataInColumn.add(i);
  });
  const headerCells: CellValue[] = header ?? [];
  if (header === null) throw new ImportFileError('empty_file', `${fileName} is empty.`);
  if (rowCount === 0) {
    throw new ImportFileError('no_data_rows', `${fileName} has a header row but no data rows.`);
  }
  const width = Math.max(headerCells.length, ...dataInColumn);
  const columns: Column[] = [];
  for (let index = 0; index <= width; index++) {
    const name = headerText(headerCells[index]);
    if (name !== '') columns.push({ index, name });
    else if (dataInColumn.has(index)) columns.push({ index, name: `Column ${columnLetters(index)}` });
  }
  assertUniqueHeaders(columns, fileName);
  return { delimiter, headerRecord, columns, rowCount };
}

function csvSource(text: string, encoding: CsvEncoding, fileName: string, layout: CsvLayout): RowSource {
  const { delimiter, headerRecord, columns } = layout;
  return {
    format: 'csv',
    encoding,
    headers: columns.map((c) => c.name),
    rowCount: layout.rowCount,
    layout,
    forEachRow(visit, reuseRow = false) {
      const shared: TableRow = { rowNumber: 0, cells: {} };
      parseRecords(text, delimiter, fileName, (recordIndex, cells) => {
        if (recordIndex <= headerRecord) return;
        const row = reuseRow ? shared : { rowNumber: 0, cells: {} as Record<string, CellValue> };
        row.rowNumber = recordIndex;
        for (const c of columns) row.cells[c.name] = normalizeCell(cells[c.index]);
        visit(row);
      });
    },
  };
}

/**
 * Calls `visit` for each non-empty record with its 1-based record number (empty records still count,
 * so numbers match what the user sees) and how far into the text it starts (about: progress only). An exception thrown by `visit` stops the parse and propagates.
 */
function parseRecords(
  text: string,
  delimiter: string,
  fileName: string,
  visit: (recordIndex: number, cells: string[], offset: number) => void,
): void {
  if (isPlainCsv(text)) {
    forEachPlainRecord(text, delimiter, (index, cells, offset) => {
      if (!isEmptyRecord(cells)) visit(index, cells, offset);
    });
    return;
  }
  let recordIndex = 0;
  let unclosedQuoteRow: number | null = null;
  let thrown: { error: unknown } | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      if (thrown) return;
      recordIndex += 1;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        unclosedQuoteRow = recordIndex;
        parser.abort();
        return;
      }
      if (isEmptyRecord(result.data)) return;
      try {
        visit(recordIndex, result.data, result.meta.cursor);
      } catch (error) {
        // Papaparse may swallow errors thrown from `step`; keep it and rethrow after the parse stops.
        thrown = { error };
        parser.abort();
      }
    },
  });
  if (thrown) throw (thrown as { error: unknown }).error;
  if (unclosedQuoteRow !== null) {
    throw new ImportFileError(
      'malformed_file',
      `${fileName}: row ${unclosedQuoteRow} opens a quote (") that is never closed, so the rest of the file can't be read.`,
    );
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
