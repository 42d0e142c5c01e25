import { formatCivilDate } from './calendar';
import { parseDateCell } from './date';
import { nearestYear, readMonthDay, withYear, type CivilRange } from './partialDate';
import { quoteForMessage, shortenForMessage, type ParseResult } from './result';
import { instantToWallTime } from './timeZone';
import { takeWeekday, weekdayOf } from './weekday';

/**
 * The year rule every import applies to dates written without a year (`12月22日`): the year that puts
 * the date nearest the file's own full dates, else nearest the day of the import. One rule for the
 * content, metrics and live-session imports, so the same sheet reads the same way in each.
 */

/** The civil date of a date cell when it names a full date (with its year), for the rule's range. */
export function fullDateOf(value: unknown, timeZone: string): string | null {
  const mark = typeof value === 'string' ? takeWeekday(value) : null;
  const r = parseDateCell(mark ? mark.rest : value, timeZone);
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
 * year and a `yearFor` is given, the month-day completed with that year, read again. A weekday written
 * beside the date (`12月22日（周二）`) is taken out first and must be the date's (shared/parsing/weekday.ts).
 */
export function readDateOrMonthDay(
  value: unknown,
  parse: (value: unknown) => ParseResult<string | null>,
  yearFor: YearFor | undefined,
): DateReading {
  const mark = typeof value === 'string' ? takeWeekday(value) : null;
  if (mark === null) return readDate(value, parse, yearFor).reading;
  const { reading, text } = readDate(mark.rest, parse, yearFor);
  if (!reading.result.ok || reading.result.value === null || carriesOffset.test(text)) return reading;
  // The text's own calendar date (no offset: its wall date in any zone), against the weekday written.
  const civil = fullDateOf(text, 'UTC');
  if (civil === null || weekdayOf(civil) === mark.weekday) return reading;
  const shown = shortenForMessage(value as string);
  return {
    result: {
      ok: false,
      error: `${quoteForMessage(value as string)} says ${mark.written}, which ${civil} is not: check the date.`,
      code: 'date.weekdayMismatch',
      params: { text: shown, date: civil },
    },
    assumedYear: reading.assumedYear,
  };
}

/** A date-time with an explicit UTC offset: its calendar date depends on the zone, so no weekday check. */
const carriesOffset = /:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:z|[+-]\d{2}(?::?\d{2})?)$/i;

function readDate(
  value: unknown,
  parse: (value: unknown) => ParseResult<string | null>,
  yearFor: YearFor | undefined,
): { reading: DateReading; text: string } {
  const text = typeof value === 'string' ? value : '';
  const result = parse(value);
  if (result.ok || yearFor === undefined || typeof value !== 'string')
    return { reading: { result, assumedYear: null }, text };
  const monthDay = readMonthDay(value);
  if (monthDay === null) return { reading: { result, assumedYear: null }, text };
  const assumedYear = yearFor(monthDay.month, monthDay.day);
  const withItsYear = withYear(monthDay, assumedYear);
  return { reading: { result: parse(withItsYear), assumedYear }, text: withItsYear };
}
