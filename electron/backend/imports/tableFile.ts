import type { CellValue } from '../../../shared/parsing/cellValue';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gbk' | 'utf-16le' | 'utf-16be';
export type CsvDelimiter = ',' | '\t' | ';';

export interface TableRow {
  /** 1-based row as the spreadsheet shows it, header row included: the first data row is usually 2. */
  rowNumber: number;
  /** Header → value. Empty cells are null. Dates come from XLSX only (see CellValue on their zone). */
  cells: Record<string, CellValue>;
}

interface TableContent {
  /** Column headers in file order, trimmed, unique. */
  headers: string[];
  /** Data rows; fully empty rows are skipped (their row numbers are simply absent). */
  rows: TableRow[];
}

export type TableFile = TableContent &
  (
    | { format: 'csv'; encoding: CsvEncoding; delimiter: CsvDelimiter }
    | { format: 'xlsx'; encoding: null; sheetName: string }
  );

/** One non-empty record as a reader found it, before headers are applied. Sparse `cells` allowed. */
export interface RawRecord {
  rowNumber: number;
  cells: CellValue[];
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_ROWS = 50_000;
