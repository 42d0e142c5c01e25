import { utcMsToWallTime, wallTimeAsUtcMs, type CivilDate, type WallTime } from './calendar';

/**
 * Time-zone arithmetic through Intl.DateTimeFormat, which carries the IANA database in Node and in every
 * browser, so `shared/` needs no zone library.
 */

/**
 * One formatter per time zone for a locale and pattern: building an Intl.DateTimeFormat costs far more
 * than formatting with it, and lists and diagnoses format once per row. Throws RangeError for an
 * unknown zone (nothing is cached then).
 */
export function formatterPerZone(
  locale: string,
  options: Omit<Intl.DateTimeFormatOptions, 'timeZone'>,
): (timeZone: string) => Intl.DateTimeFormat {
  const formatters = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let formatter = formatters.get(timeZone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
      formatters.set(timeZone, formatter);
    }
    return formatter;
  };
}

const formatterFor = formatterPerZone('en-US', {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall time in `timeZone` at an instant. Throws RangeError for an unknown zone. */
export function instantToWallTime(instantMs: number, timeZone: string): WallTime {
  if (!isCachedInstant(instantMs)) return intlWallTime(instantMs, timeZone);
  return utcMsToWallTime(instantMs + zoneOffsetMs(instantMs, timeZone));
}

/** The wall time Intl prints: exact, but a formatToParts call (~15 µs) per instant. */
function intlWallTime(instantMs: number, timeZone: string): WallTime {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? NaN,
    month: fields.month ?? NaN,
    day: fields.day ?? NaN,
    // Some engines still print midnight as 24 even with h23.
    hour: (fields.hour ?? NaN) % 24,
    minute: fields.minute ?? NaN,
    second: fields.second ?? NaN,
    millisecond: utcMsToWallTime(instantMs).millisecond,
  };
}

const intlOffsetMs = (instantMs: number, timeZone: string) =>
  wallTimeAsUtcMs(intlWallTime(instantMs, timeZone)) - instantMs;

/**
 * A zone's offsets, learnt per UTC day and kept for the process: lists and forecasts take the local date
 * of hundreds of items, mostly on days already seen, and an Intl call per item was most of a forecast's
 * planned-content time. A day's entry is its offset or, for a day with a change (daylight saving, a new
 * standard time), the exact instant of the change, found by bisection. This assumes a zone changes its
 * offset at most once within a day, as zones do. Instants outside 1900–2199 are asked of Intl each time.
 */
type DayOffset = number | { changeAt: number; before: number; after: number };

const DAY_MS = 86_400_000;
const CACHED_FROM = Date.UTC(1900, 0, 1);
const CACHED_TO = Date.UTC(2200, 0, 1);
/** Days kept per zone before its table starts over (a few years of dates are ~1,500 days). */
const MAX_CACHED_DAYS = 20_000;
const offsetsByZone = new Map<string, Map<number, DayOffset>>();

const isCachedInstant = (instantMs: number) => instantMs >= CACHED_FROM && instantMs < CACHED_TO;

/**
 * Zones whose offset has stayed the same since a date, answered without Intl: a page's first
 * Intl.DateTimeFormat costs ~50 ms (ICU's start-up), and the calendar's entry module works out its first
 * range in the default zone before anything else has paid it (issue 11 §8). China has kept UTC+8 without
 * summer time since its last one ended in September 1991 (IANA `Asia/Shanghai`); UTC never changes.
 */
const FIXED_OFFSETS: ReadonlyMap<string, { offsetMs: number; since: number }> = new Map([
  ['Asia/Shanghai', { offsetMs: 8 * 3_600_000, since: Date.UTC(1992, 0, 1) }],
  ['UTC', { offsetMs: 0, since: -Infinity }],
  ['Etc/UTC', { offsetMs: 0, since: -Infinity }],
]);

/** UTC offset of `timeZone` at an instant, in ms (Asia/Shanghai: +8 h). Throws RangeError for an unknown zone. */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const fixed = FIXED_OFFSETS.get(timeZone);
  if (fixed && instantMs >= fixed.since) return fixed.offsetMs;
  if (!isCachedInstant(instantMs)) return intlOffsetMs(instantMs, timeZone);
  const day = Math.floor(instantMs / DAY_MS);
  let days = offsetsByZone.get(timeZone);
  let offset = days?.get(day);
  if (offset === undefined) {
    offset = dayOffset(day * DAY_MS, timeZone);
    if (!days || days.size >= MAX_CACHED_DAYS) {
      days = new Map();
      offsetsByZone.set(timeZone, days);
    }
    days.set(day, offset);
  }
  if (typeof offset === 'number') return offset;
  return instantMs < offset.changeAt ? offset.before : offset.after;
}

/** The offsets of the UTC day starting at `dayStart`, from Intl. */
function dayOffset(dayStart: number, timeZone: string): DayOffset {
  const before = intlOffsetMs(dayStart, timeZone);
  const after = intlOffsetMs(dayStart + DAY_MS, timeZone);
  if (before === after) return before;
  // `lo` always has the old offset and `hi` the new one; they close in on the change's first millisecond.
  let lo = dayStart;
  let hi = dayStart + DAY_MS;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (intlOffsetMs(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return { changeAt: hi, before, after };
}

/**
 * The instant a wall time denotes in `timeZone`. Offsets are taken a day before and after, which brackets
 * any single transition. Around daylight-saving changes this follows Temporal's "compatible" rule:
 * a repeated hour resolves to the earlier instant, a skipped hour is moved forward by the gap.
 */
export function wallTimeToInstant(wall: WallTime, timeZone: string): number {
  const asUtc = wallTimeAsUtcMs(wall);
  const offsetBefore = zoneOffsetMs(asUtc - 86_400_000, timeZone);
  const offsetAfter = zoneOffsetMs(asUtc + 86_400_000, timeZone);
  const candidates = [asUtc - offsetBefore, asUtc - offsetAfter].filter(
    (instant) => zoneOffsetMs(instant, timeZone) === asUtc - instant,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return asUtc - offsetBefore; // in a gap: the offset in force before the change pushes the time forward
}

/** The instant a civil date begins in `timeZone` (its 00:00, or the first minute after a skipped midnight). */
export function midnightIn(date: CivilDate, timeZone: string): number {
  return wallTimeToInstant({ ...date, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}
