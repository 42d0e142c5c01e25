import {
  excelSerialToWallTime,
  formatCivilDate,
  isPlausibleExcelSerial,
  isValidCivilDate,
  isValidTimeOfDay,
  MAX_YEAR,
  MIN_YEAR,
  utcMsToWallTime,
  wallTimeAsUtcMs,
  type CivilDate,
  type WallTime,
} from './calendar';
import { classifyCell } from './cellValue';
import { isMissingMarker, normalizeCellText } from './normalize';
import {
  parsed,
  quoteForMessage,
  shortenForMessage,
  type ParseErrorCode,
  type ParseErrorParams,
  type ParseFailureResult,
  type ParseResult,
} from './result';
import { instantToWallTime, isKnownTimeZone, wallTimeToInstant } from './timeZone';

export const DEFAULT_IMPORT_TIME_ZONE = 'Asia/Shanghai';

/** A reading from a cell: a wall time, or an exact instant when the text carried a UTC offset. */
type DateReading = { kind: 'wall'; wall: WallTime } | { kind: 'instant'; instantMs: number };

const fail = (error: string, code: ParseErrorCode, params?: ParseErrorParams): ParseFailureResult =>
  params === undefined ? { ok: false, error, code } : { ok: false, error, code, params };
const isFailure = (reading: DateReading | ParseFailureResult): reading is ParseFailureResult =>
  'ok' in reading;

const dateHint = 'Use a date such as 2025-08-06, 2025/8/6, 2025.08.06 or 2025年8月6日.';
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// Date layouts, applied to normalized text (NFKC turns ／ ． ： into / . :). The capture after the date is
// the optional time part. Year-first layouts are unambiguous; the separators must match (2025-08/06 is a typo).
const yearFirst = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(.*)$/;
const chinese = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(.*)$/;
const compact = /^(\d{4})(\d{2})(\d{2})(.*)$/; // 20250806, seen in API exports and numeric XLSX cells
const yearLast = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(.*)$/; // 8/26/2025 or 26/8/2025: only when unambiguous
const excelSerialText = /^\d{5}(?:\.\d+)?$/;
const timePart = /^(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * A calendar date `YYYY-MM-DD`. Accepts every layout above, date-times (the time is dropped), Excel
 * serial numbers written as text (45875 → 2025-08-06), and ISO instants with an offset, whose date is
 * taken in `timeZone`. `--` and blanks are missing (null). Throws RangeError for an unknown time zone.
 */
export function parseDate(text: string, timeZone = DEFAULT_IMPORT_TIME_ZONE): ParseResult<string | null> {
  assertKnownTimeZone(timeZone);
  const normalized = normalizeCellText(text);
  if (isMissingMarker(normalized)) return parsed(null);
  const reading = readDateText(normalized, text);
  return isFailure(reading) ? reading : parsed(readingToDate(reading, timeZone));
}

/**
 * An instant as an ISO UTC string (`2025-08-06T12:00:00.000Z`). Wall times are read in `timeZone`
 * (the workspace's zone); a date without a time means the start of that day there, which is how daily
 * platform reports are meant. Text with an explicit offset keeps it.
 */
export function parseDateTime(text: string, timeZone = DEFAULT_IMPORT_TIME_ZONE): ParseResult<string | null> {
  assertKnownTimeZone(timeZone);
  const normalized = normalizeCellText(text);
  if (isMissingMarker(normalized)) return parsed(null);
  const reading = readDateText(normalized, text);
  return isFailure(reading) ? reading : parsed(readingToInstant(reading, timeZone));
}

/** `parseDate` for a table cell: also Excel serial numbers and the Date objects exceljs produces. */
export function parseDateCell(
  value: unknown,
  timeZone = DEFAULT_IMPORT_TIME_ZONE,
): ParseResult<string | null> {
  return parseCellWith(value, timeZone, readingToDate);
}

/** `parseDateTime` for a table cell: also Excel serial numbers and the Date objects exceljs produces. */
export function parseDateTimeCell(
  value: unknown,
  timeZone = DEFAULT_IMPORT_TIME_ZONE,
): ParseResult<string | null> {
  return parseCellWith(value, timeZone, readingToInstant);
}

function parseCellWith(
  value: unknown,
  timeZone: string,
  toValue: (reading: DateReading, timeZone: string) => string,
): ParseResult<string | null> {
  assertKnownTimeZone(timeZone);
  const reading = readDateCell(value);
  if (reading === null) return parsed(null);
  return isFailure(reading) ? reading : parsed(toValue(reading, timeZone));
}

// A bad zone is a configuration error (the workspace setting is validated), not a bad cell: fail loudly
// once instead of reporting the same problem on every row.
function assertKnownTimeZone(timeZone: string): void {
  if (!isKnownTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
}

function readingToDate(reading: DateReading, timeZone: string): string {
  const wall = reading.kind === 'wall' ? reading.wall : instantToWallTime(reading.instantMs, timeZone);
  return formatCivilDate(wall);
}

function readingToInstant(reading: DateReading, timeZone: string): string {
  const instantMs =
    reading.kind === 'instant' ? reading.instantMs : wallTimeToInstant(reading.wall, timeZone);
  return new Date(instantMs).toISOString();
}

/** null = missing. */
function readDateCell(value: unknown): DateReading | ParseFailureResult | null {
  const cell = classifyCell(value);
  switch (cell.kind) {
    case 'missing':
      return null;
    case 'text': {
      const normalized = normalizeCellText(cell.text);
      return isMissingMarker(normalized) ? null : readDateText(normalized, cell.text);
    }
    case 'number':
      return readDateNumber(cell.number);
    case 'date': {
      // exceljs puts the sheet's wall-clock reading into the UTC fields (see CellValue).
      const ms = cell.date.getTime();
      if (Number.isNaN(ms)) return fail('The cell holds an invalid date.', 'date.invalidCell');
      const wall = utcMsToWallTime(ms);
      if (wall.year < MIN_YEAR || wall.year > MAX_YEAR)
        return fail(`The date in the cell is outside ${MIN_YEAR}–${MAX_YEAR}.`, 'date.outOfRange', {
          min: MIN_YEAR,
          max: MAX_YEAR,
        });
      return { kind: 'wall', wall };
    }
    case 'other':
      return fail(`The cell holds ${cell.description}, not a date.`, 'date.otherType', {
        type: cell.description,
      });
  }
}

function readDateNumber(value: number): DateReading | ParseFailureResult {
  // A whole 8-digit number is the compact layout (20250806), which no plausible serial can be.
  if (Number.isInteger(value) && value >= 10_000_000 && value <= 99_999_999) {
    return readDateText(String(value), String(value));
  }
  if (!isPlausibleExcelSerial(value)) {
    return fail(`The number ${value} is not a date. ${dateHint}`, 'date.notADate', { number: value });
  }
  return { kind: 'wall', wall: excelSerialToWallTime(value) };
}

/** Reads normalized text; returns a failure naming the original text when it is not a date. */
function readDateText(normalized: string, original: string): DateReading | ParseFailureResult {
  const text = shortenForMessage(original);
  const unreadable = () =>
    fail(`Couldn't read ${quoteForMessage(original)} as a date. ${dateHint}`, 'date.invalid', { text });
  if (excelSerialText.test(normalized)) {
    const reading = readDateNumber(Number(normalized));
    return isFailure(reading) ? unreadable() : reading;
  }
  const found = matchDateLayout(normalized);
  if (found === null) return unreadable();
  if ('ambiguity' in found) {
    const { ambiguity, a, b, year } = found;
    return fail(`${quoteForMessage(original)} ${ambiguity}`, 'date.ambiguous', { text, a, b, year });
  }
  const { date, rest } = found;
  if (!isValidCivilDate(date)) {
    return fail(`${quoteForMessage(original)} is not a valid calendar date.`, 'date.impossible', { text });
  }
  if (rest === '') {
    return { kind: 'wall', wall: { ...date, hour: 0, minute: 0, second: 0, millisecond: 0 } };
  }
  const time = timePart.exec(rest);
  if (!time)
    return fail(
      `Couldn't read the time in ${quoteForMessage(original)}. Use a time such as 20:00 or 20:00:00.`,
      'date.invalidTime',
      { text },
    );
  const [, hourText = '', minuteText = '', secondText = '0', fractionText = '', zoneText] = time;
  const wall: WallTime = {
    ...date,
    hour: Number(hourText),
    minute: Number(minuteText),
    second: Number(secondText),
    millisecond: Number(fractionText.padEnd(3, '0').slice(0, 3)),
  };
  if (!isValidTimeOfDay(wall.hour, wall.minute, wall.second)) {
    return fail(`${quoteForMessage(original)} has an invalid time of day.`, 'date.timeOfDay', { text });
  }
  if (zoneText === undefined) return { kind: 'wall', wall };
  const offset = offsetMs(zoneText);
  if (offset === null) {
    return fail(`${quoteForMessage(original)} has an invalid UTC offset.`, 'date.offset', { text });
  }
  return { kind: 'instant', instantMs: wallTimeAsUtcMs(wall) - offset };
}

/**
 * The date fields and the unread rest; `ambiguity` explains an ambiguous date, with both readings as
 * YYYY-MM-DD in `a` (month first) and `b` (day first); null when no layout fits.
 */
function matchDateLayout(
  text: string,
): { date: CivilDate; rest: string } | { ambiguity: string; a: string; b: string; year: number } | null {
  let m = yearFirst.exec(text);
  if (m) return { date: { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }, rest: m[5] ?? '' };
  m = chinese.exec(text);
  if (m) return { date: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, rest: m[4] ?? '' };
  m = compact.exec(text);
  if (m) return { date: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, rest: m[4] ?? '' };
  m = yearLast.exec(text);
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[3]);
  const year = Number(m[4]);
  const rest = m[5] ?? '';
  // US exports write month first, Chinese and European ones day first. Only accept the layout when one
  // reading is impossible (a number above 12) or both readings agree.
  if (first > 12 && second <= 12) return { date: { year, month: second, day: first }, rest };
  if (second > 12 && first <= 12) return { date: { year, month: first, day: second }, rest };
  if (first === second) return { date: { year, month: first, day: first }, rest };
  if (first > 12 && second > 12) return null;
  const monthFirst = `${second} ${monthNames[first - 1] ?? ''}`;
  const dayFirst = `${first} ${monthNames[second - 1] ?? ''}`;
  const iso = (month: number, day: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return {
    ambiguity: `is ambiguous: it could be ${monthFirst} or ${dayFirst} ${year}. Write it as ${year}-MM-DD.`,
    a: iso(first, second),
    b: iso(second, first),
    year,
  };
}

/** `Z`, `+08:00`, `+0800` or `+08` in ms; null when out of the real range (±14:00). */
function offsetMs(zoneText: string): number | null {
  if (zoneText.toUpperCase() === 'Z') return 0;
  const sign = zoneText.startsWith('-') ? -1 : 1;
  const digits = zoneText.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes) * 60_000;
}
