import { coded } from '../../../shared/domain/importErrors';
import type { Granularity, ImportCellError } from '../../../shared/domain/metrics';
import type { ParsedRow } from './parseImport';

/** A row's key in the metric tables: the content item (content-level files) or account, and the period. */
export const rowKey = (row: ParsedRow): string => `${row.contentId ?? row.accountId}|${row.date}`;

export function duplicateMessage(isContent: boolean, first: number, granularity: Granularity | null): string {
  const period = granularity === 'week' ? 'week' : granularity === 'day' ? 'day' : 'period';
  return `Duplicate of row ${first}: the same ${isContent ? 'content item' : 'account'} and ${period} appear twice`;
}

/**
 * The same account (or content item) and period twice in one file: which one is right is not ours to
 * guess, so a later valid row with a key `seen` holds is marked an error naming the first; otherwise its
 * key and row number are noted. `granularity` null: not known yet (the message says "period").
 */
export function markDuplicatePeriod(
  seen: Map<string, number>,
  row: ParsedRow,
  errors: ImportCellError[],
  dateColumn: string | null,
  granularity: Granularity | null,
): void {
  if (row.error || !row.date) return;
  const key = rowKey(row);
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, row.rowNumber);
    return;
  }
  row.error = true;
  errors.push({
    rowNumber: row.rowNumber,
    field: 'date',
    column: dateColumn,
    value: row.date,
    ...coded(duplicateMessage(row.contentId !== null, first, granularity), 'row.duplicatePeriod', {
      row: first,
    }),
  });
}
