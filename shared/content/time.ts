import { civilAddDays } from '../domain/dates';
import { formatCivilDate, type CivilDate } from '../parsing/calendar';
import { instantToWallTime, midnightIn } from '../parsing/timeZone';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** A planning week: Monday 00:00 to the next Monday 00:00 in the workspace's time zone (ISO weeks, as in China). */
export interface PlanningWeek {
  /** The Monday, `YYYY-MM-DD`. */
  weekStart: string;
  startMs: number;
  endMs: number;
}

/** The week holding a calendar date (any day of it). */
export function weekOfDate(date: CivilDate, timeZone: string): PlanningWeek {
  const dow = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay(); // 0 = Sunday
  const monday = civilAddDays(date, -((dow + 6) % 7));
  return {
    weekStart: formatCivilDate(monday),
    startMs: midnightIn(monday, timeZone),
    endMs: midnightIn(civilAddDays(monday, 7), timeZone),
  };
}

/**
 * The week an instant falls in. Listing a month of 100k items asks this for every item, and Intl-based zone
 * conversion is the slow part; items come in time order, so remembering the last weeks found per zone
 * answers almost every call without converting.
 */
const recentWeeks = new Map<string, PlanningWeek[]>();
export function weekOfInstant(instantMs: number, timeZone: string): PlanningWeek {
  let recent = recentWeeks.get(timeZone);
  if (!recent) recentWeeks.set(timeZone, (recent = []));
  for (const week of recent) if (instantMs >= week.startMs && instantMs < week.endMs) return week;
  const week = weekOfDate(instantToWallTime(instantMs, timeZone), timeZone);
  recent.unshift(week);
  if (recent.length > 8) recent.pop();
  return week;
}

export function parseCivilDate(text: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return check.getUTCMonth() + 1 === date.month && check.getUTCDate() === date.day ? date : null;
}

/** `2025-08-06 20:00` in the zone: how exports and the import preview show times. */
export function formatWallMinute(instantMs: number, timeZone: string): string {
  const w = instantToWallTime(instantMs, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatCivilDate(w)} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** Like formatWallMinute, with seconds when the time has any: export must round-trip exactly. */
export function formatWallTime(instantMs: number, timeZone: string): string {
  const w = instantToWallTime(instantMs, timeZone);
  const minute = formatWallMinute(instantMs, timeZone);
  return w.second === 0 ? minute : `${minute}:${String(w.second).padStart(2, '0')}`;
}
