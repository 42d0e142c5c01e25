/**
 * Spreadsheet apps run a cell that starts with = + - @ (and, in Excel, one starting with a tab or a
 * carriage return) as a formula: CSV injection. Every text cell MatrixDesk exports goes through
 * `guardCsvCell`, which puts a leading quote before such a cell so the sheet shows it as text; the
 * importers undo it with `unguardCsvCell`, so an export → import round trip is exact.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const GUARDED_START = /^'[=+\-@\t\r]/;

export function guardCsvCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unguardCsvCell(text: string): string {
  return GUARDED_START.test(text) ? text.slice(1) : text;
}
