/**
 * One cell as the table reader hands it over: CSV gives text, XLSX may give numbers and dates.
 * Dates from exceljs carry the sheet's wall-clock time in their UTC fields (a cell showing 2025-08-06
 * 20:00 becomes `2025-08-06T20:00:00Z`), because Excel stores times without a zone.
 */
export type CellValue = string | number | Date | null;

/** Routes a cell to the text or number branch of a parser; anything else is reported, not guessed. */
export function classifyCell(
  value: unknown,
):
  | { kind: 'missing' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; number: number }
  | { kind: 'date'; date: Date }
  | { kind: 'other'; description: string } {
  if (value === null || value === undefined) return { kind: 'missing' };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', number: value };
  if (value instanceof Date) return { kind: 'date', date: value };
  return {
    kind: 'other',
    description: typeof value === 'boolean' ? String(value).toUpperCase() : typeof value,
  };
}
