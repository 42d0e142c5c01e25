import { formatCivilDate } from './calendar';
import { parseDateCell } from './date';
import { nearestYear, readMonthDay, withYear, type CivilRange } from './partialDate';
import type { ParseResult } from './result';
import { instantToWallTime } from './timeZone';

/**
 * The year rule every import applies to dates written without a year (`12月22日`): the year that puts
 * the date nearest the file's own full dates, else nearest the day of the import. One rule for the
 * content, metrics and live-session imports, so the same sheet reads the same way in each.
 */

/** The civil date of a date cell when it names a full date (with its year), for the rule's range. */
export function fullDateOf(value: unknown, timeZone: string): string | null {
  const r = parseDateCell(value, timeZone);
  return r.ok ? r.value : null;
}

/**
 * The range month-days are placed near: the file's full dates, else the day of the import. Month-day
 * cells themselves do not count (they would pull the range towards the current year).
 */
export function yearRuleRange(fullDates: readonly string[], todayMs: number, timeZone: string): CivilRange {
  if (fullDates.length === 0) {
    const today = formatCivilDate(instantToWallTime(todayMs, timeZone));
    return { from: today, to: today };
  }
  let from = fullDates[0]!;
  let to = from;
  for (const d of fullDates) {
    if (d < from) from = d;
    if (d > to) to = d;
  }
  return { from, to };
}

export type YearFor = (month: number, day: number) => number;

/** `yearFor` over a range, memoised per month-day (a file repeats the same few dates). */
export function yearRule(range: CivilRange): YearFor {
  const memo = new Map<number, number>();
  return (month, day) => {
    const key = month * 100 + day;
    let year = memo.get(key);
    if (year === undefined) {
      year = nearestYear(month, day, range);
      memo.set(key, year);
    }
    return year;
  };
}

export interface DateReading {
  result: ParseResult<string | null>;
  /** The year given to a month-day, for the preview to say so; null when the cell had its own. */
  assumedYear: number | null;
}

/**
 * A date cell read by `parse` (a date or a date-time parser); when that fails on a month-day without a
 * year and a `yearFor` is given, the month-day completed with that year, read again.
 */
export function readDateOrMonthDay(
  value: unknown,
  parse: (value: unknown) => ParseResult<string | null>,
  yearFor: YearFor | undefined,
): DateReading {
  const result = parse(value);
  if (result.ok || yearFor === undefined || typeof value !== 'string') return { result, assumedYear: null };
  const monthDay = readMonthDay(value);
  if (monthDay === null) return { result, assumedYear: null };
  const assumedYear = yearFor(monthDay.month, monthDay.day);
  return { result: parse(withYear(monthDay, assumedYear)), assumedYear };
}
