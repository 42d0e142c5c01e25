import type { CellValue } from '../../../shared/parsing/cellValue';
import type { FieldAliases } from '../../../shared/parsing/headers';
import { isEmptyCell, normalizeCell, tableColumns, tooManyRows } from './buildTable';
import { csvFormatOf, forEachCsvRecord, type CsvFormat } from './csvStream';
import { ImportFileError } from './errors';
import { readXlsxRecords } from './readXlsx';
import { sniffFormat } from './sniffFormat';
import { fileTooLarge, headerScore, quotedName, xlsxTooLarge } from './fileChecks';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_ROWS,
  type CsvEncoding,
  type RawRecord,
  type TableRow,
} from './tableFile';

/**
 * The one way an uploaded table file is read, row by row: a CSV is streamed from its bytes on each pass
 * (never held as text or as row objects, so memory stays near the size of the upload); an XLSX is
 * streamed through exceljs's reader into compact records (the whole workbook model is never built).
 * `readTableFile` collects these rows for the importers that analyse a table at once.
 */
export type RowSource = RowSourceRows &
  (
    | { format: 'csv'; encoding: CsvEncoding; sheetName: null; layout: CsvLayout }
    | { format: 'xlsx'; encoding: null; sheetName: string; layout: null }
  );

interface RowSourceRows {
  /** Column headers in file order, trimmed, unique. */
  headers: string[];
  /** Non-empty data rows. */
  rowCount: number;
  /**
   * Visits every data row in file order. A visitor may throw to stop (the error propagates). `reuseRow`:
   * the same row object is refilled for each visit (a big file's pass then allocates no row objects);
   * the visitor must copy what it keeps.
   */
  forEachRow(visit: (row: TableRow) => void, reuseRow?: boolean): void;
}

/**
 * What the first pass over a CSV learns (hand it back to open the same bytes again without that pass);
 * plain data, so it can be sent to a worker with the bytes.
 */
export interface CsvLayout {
  format: CsvFormat;
  /** Record number of the header row. */
  headerRecord: number;
  columns: Column[];
  rowCount: number;
}

interface Column {
  index: number;
  name: string;
}

export interface OpenRowSourceInput {
  fileName: string;
  bytes: Uint8Array;
  /** Limits for CSV/TSV; XLSX keeps at most DEFAULT_MAX_BYTES / DEFAULT_MAX_ROWS (see readXlsx). */
  maxBytes: number;
  maxRows: number;
  /** The importer's header aliases: in a workbook, the sheet whose headers match most fields is read. */
  fieldAliases?: FieldAliases<string> | undefined;
  /** The layout an earlier open of the same bytes found (a job re-reading an uploaded file). */
  layout?: CsvLayout | null | undefined;
  /**
   * Progress of the first pass (the one that counts rows), in bytes read of the file's size, at most
   * `reports` times; a job reports it as the share of the file read, and may throw here to stop.
   */
  onReadProgress?: ((read: number, size: number) => void) | undefined;
}

/** Reports of the first pass at most (half a preview's, see analysisProgress.ts): a bar needs no more. */
const READ_REPORTS = 25;

export async function openRowSource(input: OpenRowSourceInput): Promise<RowSource> {
  const name = quotedName(input.fileName);
  const { bytes } = input;
  if (bytes.byteLength === 0) throw new ImportFileError('empty_file', `${name} is empty.`);
  const report = readReporter(bytes.byteLength, input.onReadProgress);
  const sniffed = sniffFormat(bytes);
  switch (sniffed.kind) {
    case 'zip': {
      const maxBytes = Math.min(input.maxBytes, DEFAULT_MAX_BYTES);
      if (bytes.byteLength > maxBytes) throw xlsxTooLarge(name, bytes.byteLength, maxBytes, input.maxBytes);
      const maxRows = Math.min(input.maxRows, DEFAULT_MAX_ROWS);
      const { sheetName, records } = await readXlsxRecords(bytes, name, {
        maxBytes,
        maxRows,
        scoreHeaders: input.fieldAliases && headerScore(input.fieldAliases),
        onProgress: report,
      });
      return xlsxSource(records, sheetName, name, maxRows);
    }
    case 'text': {
      if (bytes.byteLength > input.maxBytes) throw fileTooLarge(name, bytes.byteLength, input.maxBytes);
      const layout = input.layout ?? csvLayout(bytes, name, input.maxRows, report);
      return csvSource(bytes, name, layout);
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

function readReporter(
  size: number,
  onReadProgress: ((read: number, size: number) => void) | undefined,
): ((read: number) => void) | undefined {
  if (!onReadProgress) return undefined;
  const every = Math.max(1, Math.ceil(size / READ_REPORTS));
  let next = every;
  return (read) => {
    if (read < next || read >= size) return;
    next = (Math.floor(read / every) + 1) * every;
    onReadProgress(read, size);
  };
}

/** Bytes of a CSV read for its header row: a platform export's header is a few hundred bytes. */
const HEAD_BYTES = 256 * 1024;

/**
 * The headers of an uploaded table without reading its rows, so the end of an upload costs the same for
 * a 30 MB export as for a small one; rows are counted by the job that streams them. A CSV's header row
 * is found in its first `HEAD_BYTES` (cut after the last line break, which no UTF-8 or GBK character
 * contains); a workbook is streamed for each sheet's header row only (the sheet chosen as a full read
 * chooses it). Headerless columns with data further down, duplicate names and the row limit are the
 * full read's to find.
 */
export async function readUploadHeaders(input: {
  fileName: string;
  bytes: Uint8Array;
  maxBytes: number;
  fieldAliases?: FieldAliases<string> | undefined;
}): Promise<string[]> {
  const name = quotedName(input.fileName);
  const { bytes } = input;
  if (bytes.byteLength === 0) throw new ImportFileError('empty_file', `${name} is empty.`);
  const kind = sniffFormat(bytes).kind;
  if (kind === 'zip') {
    const maxBytes = Math.min(input.maxBytes, DEFAULT_MAX_BYTES);
    if (bytes.byteLength > maxBytes) throw xlsxTooLarge(name, bytes.byteLength, maxBytes, input.maxBytes);
    const { records } = await readXlsxRecords(bytes, name, {
      maxBytes,
      maxRows: DEFAULT_MAX_ROWS,
      scoreHeaders: input.fieldAliases && headerScore(input.fieldAliases),
      headerOnly: true,
    });
    return headerNames(records[0]?.cells ?? [], name);
  }
  // Anything else is refused by the full open, with its reason.
  if (kind !== 'text') return (await openRowSource({ ...input, maxRows: DEFAULT_MAX_ROWS })).headers;
  if (bytes.byteLength > input.maxBytes) throw fileTooLarge(name, bytes.byteLength, input.maxBytes);
  let head = bytes.subarray(0, HEAD_BYTES);
  if (head.byteLength < bytes.byteLength) {
    const lastBreak = head.lastIndexOf(0x0a);
    if (lastBreak > 0) head = head.subarray(0, lastBreak + 1);
  }
  const found: { header: CellValue[] | null } = { header: null };
  try {
    forEachCsvRecord(head, csvFormatOf(head, name), name, (_index, cells) => {
      found.header = cells;
      throw new HeaderFound();
    });
  } catch (err) {
    if (!(err instanceof HeaderFound)) throw err;
  }
  if (found.header === null) throw new ImportFileError('empty_file', `${name} is empty.`);
  return headerNames(found.header, name);
}

const headerNames = (cells: readonly (CellValue | undefined)[], name: string): string[] =>
  tableColumns(cells, cells.length, () => false, name).map((c) => c.name);

class HeaderFound extends Error {}

/** First pass: the format, the header row, the width, which headerless columns hold data, the row count. */
function csvLayout(
  bytes: Uint8Array,
  fileName: string,
  maxRows: number,
  onProgress?: (read: number) => void,
): CsvLayout {
  const format = csvFormatOf(bytes, fileName);
  let header: CellValue[] | null = null;
  let headerRecord = 0;
  let rowCount = 0;
  let width = 0;
  const dataInColumn = new Set<number>();
  forEachCsvRecord(bytes, format, fileName, (recordIndex, cells, read) => {
    onProgress?.(read);
    if (header === null) {
      header = cells;
      headerRecord = recordIndex;
      return;
    }
    rowCount++;
    if (rowCount > maxRows) throw tooManyRows(fileName, maxRows);
    width = Math.max(width, cells.length);
    for (let i = 0; i < cells.length; i++) if (!isEmptyCell(cells[i])) dataInColumn.add(i);
  });
  const headerCells: CellValue[] = header ?? [];
  if (header === null) throw new ImportFileError('empty_file', `${fileName} is empty.`);
  if (rowCount === 0) {
    throw new ImportFileError('no_data_rows', `${fileName} has a header row but no data rows.`);
  }
  const columns = tableColumns(
    headerCells,
    Math.max(headerCells.length, width),
    (i) => dataInColumn.has(i),
    fileName,
  );
  return { format, headerRecord, columns, rowCount };
}

function csvSource(bytes: Uint8Array, fileName: string, layout: CsvLayout): RowSource {
  const { format, headerRecord, columns } = layout;
  return {
    format: 'csv',
    encoding: format.encoding,
    sheetName: null,
    headers: columns.map((c) => c.name),
    rowCount: layout.rowCount,
    layout,
    forEachRow(visit, reuseRow = false) {
      const shared: TableRow = { rowNumber: 0, cells: {} };
      forEachCsvRecord(bytes, format, fileName, (recordIndex, cells) => {
        if (recordIndex <= headerRecord) return;
        const row = reuseRow ? shared : { rowNumber: 0, cells: {} as Record<string, CellValue> };
        row.rowNumber = recordIndex;
        for (const c of columns) row.cells[c.name] = normalizeCell(cells[c.index]);
        visit(row);
      });
    },
  };
}

/** A worksheet's records (header first) as rows; the same column rules as a CSV's. */
function xlsxSource(records: RawRecord[], sheetName: string, fileName: string, maxRows: number): RowSource {
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) throw new ImportFileError('empty_file', `${fileName} is empty.`);
  if (dataRecords.length === 0) {
    throw new ImportFileError('no_data_rows', `${fileName} has a header row but no data rows.`);
  }
  if (dataRecords.length > maxRows) throw tooManyRows(fileName, maxRows);
  const width = records.reduce((max, r) => Math.max(max, r.cells.length), 0);
  const columns = tableColumns(
    headerRecord.cells,
    width,
    (index) => dataRecords.some((r) => !isEmptyCell(r.cells[index])),
    fileName,
  );
  return {
    format: 'xlsx',
    encoding: null,
    sheetName,
    headers: columns.map((c) => c.name),
    rowCount: dataRecords.length,
    layout: null,
    forEachRow(visit) {
      for (const record of dataRecords) {
        const cells: Record<string, CellValue> = {};
        for (const c of columns) cells[c.name] = normalizeCell(record.cells[c.index]);
        visit({ rowNumber: record.rowNumber, cells });
      }
    },
  };
}
