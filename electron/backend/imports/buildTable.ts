import type { CellValue } from '../../../shared/parsing/cellValue';
import { columnLetters } from './columnLetters';
import { ImportFileError } from './errors';

export function isEmptyCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function isEmptyRecord(cells: readonly (CellValue | undefined)[]): boolean {
  // `every` skips holes in sparse arrays, which are empty cells too.
  return cells.every(isEmptyCell);
}

/** Header text as users see it: trimmed, with line breaks inside a header cell folded into spaces. */
export function headerText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The table's columns from its header row: columns without a header are dropped when they hold no data
 * (trailing separators, formatting-only columns) and named after their letter (`Column F`) when they do,
 * so no value is silently lost and the user can still map the column by hand. `width`: one past the
 * last column any record has; `hasData(index)`: whether a data row has a value in that column.
 */
export function tableColumns(
  headerCells: readonly (CellValue | undefined)[],
  width: number,
  hasData: (index: number) => boolean,
  fileName: string,
): { index: number; name: string }[] {
  const columns: { index: number; name: string }[] = [];
  for (let index = 0; index < width; index++) {
    const name = headerText(headerCells[index]);
    if (name !== '') columns.push({ index, name });
    else if (hasData(index)) columns.push({ index, name: `Column ${columnLetters(index)}` });
  }
  assertUniqueHeaders(columns, fileName);
  return columns;
}

/** The refusal of a file with more data rows than an importer takes. */
export const tooManyRows = (fileName: string, maxRows: number) =>
  new ImportFileError(
    'too_many_rows',
    `${fileName} has more than ${maxRows.toLocaleString('en-US')} data rows. Split it into smaller files.`,
  );

export function normalizeCell(value: CellValue | undefined): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  return value;
}

// Duplicates are refused rather than suffixed: two 播放量 columns usually mean two metrics (video vs
// live) and only the user knows which is which.
export function assertUniqueHeaders(
  columns: readonly { index: number; name: string }[],
  fileName: string,
): void {
  const byName = new Map<string, number[]>();
  for (const { index, name } of columns) byName.set(name, [...(byName.get(name) ?? []), index]);
  const duplicates = [...byName].filter(([, indexes]) => indexes.length > 1);
  if (duplicates.length === 0) return;
  const list = duplicates
    .map(([name, indexes]) => `"${name}" (columns ${indexes.map(columnLetters).join(', ')})`)
    .join('; ');
  throw new ImportFileError(
    'duplicate_headers',
    `${fileName} has columns with the same header: ${list}. Rename them so each header is unique.`,
  );
}
