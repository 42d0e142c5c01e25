import { z } from 'zod';
import type { CellValue } from '../parsing/cellValue';
import type { ParseResult } from '../parsing/result';
import { coded, importErrorCodeFields, type ImportErrorCode } from './importErrors';
import type { ImportNote } from './importPreview';

/**
 * What the row importers (metrics, live sessions) share between reading a cell and reporting it: one cell
 * error shape, one reporter per row, the text a cell is shown as, and the note on years assumed for
 * month-day dates. Each importer keeps only its own rules (rooms, accounts, funnels, periods).
 */

/** A problem in one row, or one cell of it: `field` and `column` are null for a whole-row problem. */
export const importCellErrorSchema = z.object({
  rowNumber: z.number().int(),
  field: z.string().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
  ...importErrorCodeFields,
});
export type ImportCellError = z.infer<typeof importCellErrorSchema>;

/** A cell as the preview shows it beside its error (dates as ISO text). */
export const cellText = (value: CellValue): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString() : String(value);

export interface ImportedRow {
  rowNumber: number;
  cells: Readonly<Record<string, CellValue>>;
}

export interface RowReporter<Field extends string> {
  /** The cell of a field, or null when no column is mapped to it. */
  cell(field: Field): CellValue;
  /** Records a problem of the row (field null) or of a field's cell. */
  fail(
    field: Field | null,
    message: string,
    code: ImportErrorCode,
    params?: Record<string, string | number>,
  ): void;
  /** Records a parser's failure against a field; returns the value when the parse succeeded. */
  read<T>(field: Field, result: ParseResult<T>): T | undefined;
  /** Like `read`, and an empty cell of a required field is a `row.required` problem; null unless read. */
  readRequired<T>(field: Field, result: ParseResult<T | null>, emptyMessage: string): T | null;
  /** Whether any problem was recorded for the row. */
  readonly failed: boolean;
}

/** Reads one row's cells through the mapping and pushes its errors, naming the column and the cell. */
export function rowReporter<Field extends string>(
  row: ImportedRow,
  mapping: Readonly<Record<Field, string | null>>,
  errors: ImportCellError[],
): RowReporter<Field> {
  const reporter = reusableRowReporter(mapping);
  reporter.start(row, errors);
  return reporter;
}

/**
 * One reporter for every row of a file: `start` points it at the next row. A streamed import reads
 * hundreds of thousands of rows; a reporter (and its closures) per row was a tenth of its parsing time.
 */
export function reusableRowReporter<Field extends string>(
  mapping: Readonly<Record<Field, string | null>>,
): RowReporter<Field> & { start(row: ImportedRow, errors: ImportCellError[]): void } {
  let row: ImportedRow = { rowNumber: 0, cells: {} };
  let errors: ImportCellError[] = [];
  let failed = false;
  const fail: RowReporter<Field>['fail'] = (field, message, code, params) => {
    failed = true;
    const column = field === null ? null : mapping[field];
    errors.push({
      rowNumber: row.rowNumber,
      field,
      column,
      value: column === null ? null : cellText(row.cells[column] ?? null),
      ...coded(message, code, params),
    });
  };
  const read = <T>(field: Field, result: ParseResult<T>): T | undefined => {
    if (result.ok) return result.value;
    fail(field, result.error, result.code, result.params);
    return undefined;
  };
  return {
    start(next, nextErrors) {
      row = next;
      errors = nextErrors;
      failed = false;
    },
    cell(field) {
      const header = mapping[field];
      return header === null ? null : (row.cells[header] ?? null);
    },
    fail,
    read,
    readRequired(field, result, emptyMessage) {
      const value = read(field, result);
      if (value === null) fail(field, emptyMessage, 'row.required');
      return value ?? null;
    },
    get failed() {
      return failed;
    },
  };
}

const MAX_NOTE_ROWS = 10;

/**
 * The preview's notes on month-day dates (`12月22日`): which year each group of rows was given, rows named.
 * `basis` says what the year was placed near: the file's own dates, or today when it has none.
 */
export function yearAssumedNotes(
  rows: readonly { rowNumber: number; assumedYear: number | null }[],
  basis: 'fileDates' | 'today',
): ImportNote[] {
  const byYear = new Map<number, number[]>();
  for (const r of rows) {
    if (r.assumedYear === null) continue;
    byYear.set(r.assumedYear, [...(byYear.get(r.assumedYear) ?? []), r.rowNumber]);
  }
  return [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, rowNumbers]) => {
      const list =
        rowNumbers.slice(0, MAX_NOTE_ROWS).join(', ') + (rowNumbers.length > MAX_NOTE_ROWS ? ', …' : '');
      const params = { year, count: rowNumbers.length, rows: list };
      return basis === 'today'
        ? {
            code: 'note.yearAssumedToday',
            message: `${params.count} rows give a date without a year; read as ${year}, the year nearest today`,
            params,
          }
        : {
            code: 'note.yearAssumed',
            message: `${params.count} rows give a date without a year; read as ${year}, the year nearest this import's dates (rows ${list})`,
            params,
          };
    });
}
