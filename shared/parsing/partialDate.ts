import { instantToWallTime } from './timeZone';
import { formatCivilDate, isValidCivilDate, isValidTimeOfDay, type CivilDate } from './calendar';
import { classifyCell } from './cellValue';
import { isMissingMarker, normalizeCellText } from './normalize';
import { parsed, quoteForMessage, shortenForMessage, type ParseResult } from './result';

/**
 * Dates and times as planners write them in a sheet of their own: a month and day without a year
 * (`12月22日`, `12/22`, `12-22`), and the time of day in a column of its own (`20:00`, `20点`, `晚上8点`).
 * Both are completed by the importer: the year from the file's other dates, the time joined to the date.
 */

export interface MonthDay {
  month: number;
  day: number;
  /** What followed the date (a time such as ` 20:00`), unread. */
  rest: string;
}

// Month first, as Chinese sheets write it. The time part, when any, must be separated by whitespace.
const chineseMonthDay = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(\s.*)?$/;
const numericMonthDay = /^(\d{1,2})([-/.])(\d{1,2})(\s.*)?$/;

/** A month-day without a year, or null when the text is something else (a full date, a number, …). */
export function readMonthDay(text: string): MonthDay | null {
  const normalized = normalizeCellText(text);
  const m = chineseMonthDay.exec(normalized) ?? numericMonthDay.exec(normalized);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[m.length === 5 ? 3 : 2]);
  const rest = (m.length === 5 ? m[4] : m[3]) ?? '';
  // 2000 is a leap year, so 2月29日 passes here and is checked again with the year it gets.
  if (!isValidCivilDate({ year: 2000, month, day })) return null;
  return { month, day, rest };
}

/** Civil dates `YYYY-MM-DD`, both ends included. */
export interface CivilRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const dayNumber = ({ year, month, day }: CivilDate) => Date.UTC(year, month - 1, day) / DAY_MS;
const civil = (iso: string): CivilDate => ({
  year: Number(iso.slice(0, 4)),
  month: Number(iso.slice(5, 7)),
  day: Number(iso.slice(8, 10)),
});

/**
 * The year that puts a month-day nearest the range: inside it when it can be, else the fewest days away
 * (a plan for late December with rows for 1月3日 means next January). A date that does not exist in a
 * year (2月29日) is never given that year. Ties go to the later year: plans look ahead.
 */
export function nearestYear(month: number, day: number, range: CivilRange): number {
  const from = civil(range.from);
  const to = civil(range.to);
  const [lo, hi] = [dayNumber(from), dayNumber(to)];
  let best: { year: number; distance: number } | null = null;
  for (let year = from.year - 1; year <= to.year + 1; year++) {
    if (!isValidCivilDate({ year, month, day })) continue;
    const n = dayNumber({ year, month, day });
    const distance = n < lo ? lo - n : n > hi ? n - hi : 0;
    if (best === null || distance <= best.distance) best = { year, distance };
  }
  // Only 2月29日 with no leap year within reach gets here: the next leap year after the range.
  if (best === null) {
    let year = to.year + 2;
    while (!isValidCivilDate({ year, month, day })) year++;
    return year;
  }
  return best.year;
}

/** The month-day completed with a year, as date text the date parser reads (`2026-12-22 20:00`). */
export function withYear({ month, day, rest }: MonthDay, year: number): string {
  return `${formatCivilDate({ year, month, day })}${rest}`;
}

export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
}

const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const chineseClock = /^(上午|早上|中午|下午|晚上)?\s*(\d{1,2})\s*[点時时]\s*(?:(半)|(\d{1,2})\s*分?)?$/;
const afternoon = new Set(['下午', '晚上']);
// English sheets: `8 PM`, `8:30pm`, `8:30 p.m.`; 12 AM is midnight and 12 PM noon.
const twelveHourClock = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s*m\.?$/i;
// `下午3:30`, `晚上8:00`: a period before a clock time.
const periodClock = /^(上午|早上|中午|下午|晚上)\s*(\d{1,2}):(\d{2})$/;

/**
 * The time of day of a cell in a time column: `20:00`, `20:00:00`, `20点`, `8点半`, `晚上8点`, `下午3:30`,
 * `8:00 PM`, an Excel time (a fraction of a day, or the 1899-12-30 date exceljs gives a time-only cell).
 * Blank is null.
 */
export function parseTimeOfDayCell(value: unknown): ParseResult<TimeOfDay | null> {
  const cell = classifyCell(value);
  switch (cell.kind) {
    case 'missing':
      return parsed(null);
    case 'number':
      return cell.number >= 0 && cell.number < 1
        ? parsed(fromDayFraction(cell.number))
        : invalidTime(String(cell.number));
    case 'date': {
      const d = cell.date;
      return parsed({ hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() });
    }
    case 'text':
      return parseTimeOfDay(cell.text);
    case 'other':
      return invalidTime(cell.description);
  }
}

export function parseTimeOfDay(text: string): ParseResult<TimeOfDay | null> {
  const normalized = normalizeCellText(text);
  if (isMissingMarker(normalized)) return parsed(null);
  let time: TimeOfDay | null = null;
  const m = clock.exec(normalized);
  if (m) time = { hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3] ?? '0') };
  const c = chineseClock.exec(normalized);
  if (c) {
    const hour = Number(c[2]);
    const pm = c[1] !== undefined && afternoon.has(c[1]) && hour < 12;
    time = { hour: pm ? hour + 12 : hour, minute: c[3] ? 30 : Number(c[4] ?? '0'), second: 0 };
  }
  const twelve = twelveHourClock.exec(normalized);
  if (twelve) {
    const hour = Number(twelve[1]);
    const pm = twelve[4]!.toLowerCase() === 'p';
    // Hours past 12 are not a 12-hour clock's (13 PM): left unread, so the cell is refused.
    if (hour >= 1 && hour <= 12)
      time = {
        hour: (hour % 12) + (pm ? 12 : 0),
        minute: Number(twelve[2] ?? '0'),
        second: Number(twelve[3] ?? '0'),
      };
  }
  const period = periodClock.exec(normalized);
  if (period) {
    const hour = Number(period[2]);
    const pm = afternoon.has(period[1]!) && hour < 12;
    time = { hour: pm ? hour + 12 : hour, minute: Number(period[3]), second: 0 };
  }
  if (time === null || !isValidTimeOfDay(time.hour, time.minute, time.second)) return invalidTime(text);
  return parsed(time);
}

function fromDayFraction(fraction: number): TimeOfDay {
  const seconds = Math.round(fraction * 86_400) % 86_400;
  return {
    hour: Math.floor(seconds / 3600),
    minute: Math.floor((seconds % 3600) / 60),
    second: seconds % 60,
  };
}

function invalidTime(text: string): ParseResult<never> {
  return {
    ok: false,
    error: `Couldn't read ${quoteForMessage(text)} as a time of day. Use a time such as 20:00 or 20点.`,
    code: 'date.invalidTime',
    params: { text: shortenForMessage(text) },
  };
}

/** The civil date (`YYYY-MM-DD`) of an instant in a time zone: "today" for the year rule. */
export function civilDayIn(instantMs: number, timeZone: string): string {
  return formatCivilDate(instantToWallTime(instantMs, timeZone));
}
