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

/** UTC offset of `timeZone` at an instant, in ms (Asia/Shanghai: +8 h). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  return wallTimeAsUtcMs(instantToWallTime(instantMs, timeZone)) - instantMs;
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
