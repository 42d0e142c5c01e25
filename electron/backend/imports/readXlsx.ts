import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { isEmptyRecord } from './buildTable';
import { ImportFileError } from './errors';
import type { RawRecord } from './tableFile';
import { xlsxCellValue } from './xlsxCellValue';
import { readZipDirectory } from './zipDirectory';
import { zipEntriesAreWhole } from './zipIntegrity';

/**
 * How far an XLSX may expand when unzipped, relative to the upload limit. Sheet XML compresses about
 * 5–10×, so a legitimate export stays well below this; anything beyond is a ZIP bomb whose inflation
 * alone would keep the reader busy for minutes.
 */
const MAX_EXPANSION = 10;
/** Bytes handed to the unzipper at a time: progress is reported and cancel checked between them. */
const FEED_BYTES = 64 * 1024;

export interface XlsxRecords {
  sheetName: string;
  /** Non-empty records in sheet order, with their real sheet row numbers (header first). */
  records: RawRecord[];
}

export interface XlsxReadOptions {
  maxBytes: number;
  maxRows: number;
  /** The importer's recognition of a header row: the sheet scoring best is the table. */
  scoreHeaders?: ((headers: string[]) => number) | undefined;
  /** Bytes of the package read so far; may throw to stop the read (a job's cancel). */
  onProgress?: ((read: number) => void) | undefined;
  /**
   * Only each sheet's header row is parsed (the rest of a sheet is inflated past, not parsed): the
   * records are the chosen sheet's header alone. The end of an upload answers with its headers so.
   */
  headerOnly?: boolean;
}

interface Candidate extends XlsxRecords {
  score: number;
  visible: boolean;
}

/**
 * Streams the workbook with exceljs's WorkbookReader (the package is inflated and parsed as it is fed,
 * never built into a whole-workbook model) and keeps the records of the worksheet that holds the table:
 * with `scoreHeaders`, the sheet whose first row the caller recognises best (a cover or notes sheet
 * before the plan is common in exported workbooks); on a tie, or without scores, the first visible
 * worksheet that has data (hidden ones only when no visible one has any). Only the best sheet so far is
 * kept; a losing sheet's rows are not parsed.
 */
export async function readXlsxRecords(
  bytes: Uint8Array,
  fileName: string,
  options: XlsxReadOptions,
): Promise<XlsxRecords> {
  checkPackage(bytes, fileName, options.maxBytes);
  // Loaded on first use: exceljs is most of the import code's start-up (about 0.6 s in a job's fresh worker
  // thread), and the big files a job reads are CSV.
  const { default: Excel } = await import('exceljs');
  const stop: { error?: unknown } = {};
  const input = Readable.from(feed(bytes, options.onProgress, stop), { objectMode: false });
  // Styles: a date is a number with a date format; without them dates would read as serial numbers.
  const reader = new Excel.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let best: Candidate | undefined;
  try {
    for await (const sheet of reader) {
      const candidate = await readSheet(sheet, options, best);
      if (candidate) best = candidate;
    }
  } catch (err) {
    if ('error' in stop) throw stop.error;
    throw err instanceof ImportFileError ? err : unreadable(fileName, err);
  }
  // A stop (a job's cancel) thrown by onProgress ends the input early; it passes through unchanged.
  if ('error' in stop) throw stop.error;
  if (best) return { sheetName: best.sheetName, records: best.records };
  throw new ImportFileError('empty_file', `${fileName} has no data in any worksheet.`);
}

/** The sheet's records when its header row beats `best`; undefined when it loses or has no data. */
async function readSheet(
  sheet: ExcelJS.stream.xlsx.WorksheetReader,
  options: XlsxReadOptions,
  best: Candidate | undefined,
): Promise<Candidate | undefined> {
  // exceljs types the reader loosely; its name and state come from the workbook part.
  const meta = sheet as unknown as { id: number | string; name?: string; state?: string };
  let candidate: Candidate | undefined;
  for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
    const cells: RawRecord['cells'] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = xlsxCellValue(cell.value);
    });
    if (isEmptyRecord(cells)) continue;
    if (!candidate) {
      const headers = cells.map((c) => (c === null || c === undefined ? '' : String(c)));
      candidate = {
        sheetName: meta.name ?? `Sheet${meta.id}`,
        records: [],
        score: options.scoreHeaders?.(headers) ?? 0,
        visible: (meta.state ?? 'visible') === 'visible',
      };
      // A losing sheet is left at its header: the reader inflates the rest of it past, unparsed.
      if (best && !beats(candidate, best)) return undefined;
      if (options.headerOnly) {
        candidate.records.push({ rowNumber: row.number, cells });
        break;
      }
    }
    // One record past the limit is enough to report it; the rest of the sheet is only read past.
    if (candidate.records.length <= options.maxRows + 1)
      candidate.records.push({ rowNumber: row.number, cells });
  }
  return candidate;
}

const beats = (a: Candidate, b: Candidate): boolean =>
  a.score > b.score || (a.score === b.score && a.visible && !b.visible);

/**
 * The upload in slices, reporting each slice as read before the unzipper takes it. When the report
 * throws, the input ends there and the error is kept for the reader to throw: an error thrown into the
 * stream would reach the unzipper's own handlers instead.
 */
function* feed(
  bytes: Uint8Array,
  onProgress: ((read: number) => void) | undefined,
  stop: { error?: unknown },
): Generator<Buffer> {
  for (let offset = 0; offset < bytes.byteLength; offset += FEED_BYTES) {
    const end = Math.min(bytes.byteLength, offset + FEED_BYTES);
    try {
      onProgress?.(end);
    } catch (error) {
      stop.error = error;
      return;
    }
    yield Buffer.from(bytes.buffer, bytes.byteOffset + offset, end - offset);
  }
}

function unreadable(fileName: string, cause: unknown): ImportFileError {
  return new ImportFileError(
    'unreadable_file',
    `${fileName} could not be read as an Excel workbook; it may be damaged. Open it in Excel and save it again as .xlsx.`,
    { cause },
  );
}

function checkPackage(bytes: Uint8Array, fileName: string, maxBytes: number): void {
  const entries = readZipDirectory(bytes);
  if (!entries) {
    throw new ImportFileError(
      'unreadable_file',
      `${fileName} is damaged or incomplete (its ZIP directory is unreadable). Download or save it again.`,
    );
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new ImportFileError(
      'unsupported_format',
      `${fileName} is a ZIP archive, not an Excel workbook (.xlsx). Upload a .xlsx or CSV file.`,
    );
  }
  const expanded = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (expanded > maxBytes * MAX_EXPANSION) {
    throw new ImportFileError(
      'file_too_large',
      `${fileName} is too large once unpacked (${Math.round(expanded / 1024 / 1024)} MB). Split it into smaller files.`,
    );
  }
  if (!zipEntriesAreWhole(bytes, entries)) {
    throw new ImportFileError(
      'unreadable_file',
      `${fileName} is damaged (a part of the workbook does not unpack to what its directory records). Download or save it again.`,
    );
  }
}
