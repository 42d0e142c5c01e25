import type { CivilDate } from '../parsing/calendar';
import { formatterPerZone } from '../parsing/timeZone';

/*
 * The one module of date helpers on calendar dates (`YYYY-MM-DD`, no zone) and civil dates. It imports no
 * zod (its schema is in dateSchema.ts) so the renderer's entry chunk can do calendar arithmetic with it.
 */

// en-CA formats as YYYY-MM-DD.
const dayFormatter = formatterPerZone('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's calendar date in a time zone, e.g. the workspace's Asia/Shanghai. */
export function todayIn(timeZone: string, now: Date): string {
  return dayFormatter(timeZone).format(now);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `addDays('2023-02-26', 7) === '2023-03-05'`; throws on an invalid date because callers validated first. */
export function addDays(isoDate: string, days: number): string {
  const dayNumber = parseIsoDate(isoDate);
  if (dayNumber === null) throw new Error(`Invalid ISO date: ${isoDate}`);
  return formatDayNumber(dayNumber + days);
}

/** A civil date moved by whole days; month and day may overflow (`{ month: 13, day: 1 }` is next January 1). */
export function civilAddDays(date: CivilDate, days: number): CivilDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Calendar arithmetic on plain `YYYY-MM-DD` strings via day numbers (days since 1970-01-01, proleptic
 * Gregorian). Series dates are calendar days in the workspace's time zone, not instants, so pure
 * integer arithmetic is both correct (no time zone or daylight-saving rule can shift a day) and fast
 * enough to run on every point of thousands of series (no Date objects or regexes per point).
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Parses four/two/two ASCII digits at fixed positions; -1 when any is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/** Days since 1970-01-01 for a valid `YYYY-MM-DD`, or null when the text is not a real calendar date. */
export function parseIsoDate(text: string): number | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return null;
  const monthLength = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day > monthLength) return null;
  return daysFromCivil(year, month, day);
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** Inverse of `parseIsoDate`. */
export function formatDayNumber(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date, no lookup tables.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
