import type ExcelJS from 'exceljs';
import { isEmptyRecord } from './buildTable';
import { ImportFileError } from './errors';
import type { RawRecord } from './tableFile';
import { xlsxCellValue } from './xlsxCellValue';
import { readZipDirectory } from './zipDirectory';

/**
 * How far an XLSX may expand when unzipped, relative to the upload limit. Sheet XML compresses about
 * 5–10×, so a legitimate 50,000-row export stays well below this; anything beyond would only exhaust
 * memory in exceljs, which inflates the whole package at once.
 */
const MAX_EXPANSION = 10;

export interface XlsxRecords {
  sheetName: string;
  /** Non-empty records in sheet order, with their real sheet row numbers. */
  records: RawRecord[];
}

/**
 * Reads the worksheet that holds the table: with `scoreHeaders`, the sheet whose first row the caller
 * recognises best (a cover or notes sheet before the plan is common in exported workbooks); otherwise, or
 * when none scores, the first visible worksheet that has data (falling back to hidden ones).
 */
export async function readXlsxRecords(
  bytes: Uint8Array,
  fileName: string,
  limits: { maxBytes: number; maxRows: number },
  scoreHeaders?: (headers: string[]) => number,
): Promise<XlsxRecords> {
  checkPackage(bytes, fileName, limits.maxBytes);

  // Loaded on first use: exceljs is most of the import code's start-up (about 0.6 s in a job's fresh worker
  // thread), and the big files a job reads are CSV.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; slice() gives one holding exactly these bytes.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (err) {
    throw new ImportFileError(
      'unreadable_file',
      `${fileName} could not be read as an Excel workbook; it may be damaged. Open it in Excel and save it again as .xlsx.`,
      { cause: err },
    );
  }

  const sheets = [...workbook.worksheets].sort(
    (a, b) => Number(a.state !== 'visible') - Number(b.state !== 'visible'),
  );
  let best: (XlsxRecords & { score: number }) | undefined;
  for (const sheet of sheets) {
    const records = sheetRecords(sheet, limits.maxRows);
    if (records.length === 0) continue;
    if (!scoreHeaders) return { sheetName: sheet.name, records };
    const headerCells = (records[0]?.cells ?? []).map((c) =>
      c === null || c === undefined ? '' : String(c),
    );
    const score = scoreHeaders(headerCells);
    if (!best || score > best.score) best = { sheetName: sheet.name, records, score };
  }
  if (best) return { sheetName: best.sheetName, records: best.records };
  throw new ImportFileError('empty_file', `${fileName} has no data in any worksheet.`);
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
}

function sheetRecords(sheet: ExcelJS.Worksheet, maxRows: number): RawRecord[] {
  const records: RawRecord[] = [];
  // eachRow skips rows that were never written; rows with only formatting are filtered by isEmptyRecord.
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (records.length > maxRows + 1) return; // enough to report the limit; exceljs has no early exit
    const cells: RawRecord['cells'] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = xlsxCellValue(cell.value);
    });
    if (!isEmptyRecord(cells)) records.push({ rowNumber, cells });
  });
  return records;
}
