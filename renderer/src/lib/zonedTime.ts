import { instantToWallTime } from '../../../shared/parsing/timeZone';

/*
 * Reading an instant in the workspace's time zone is needed by several features (the calendar, the
 * approvals export), so it sits below them; the calendar's picker and view helpers stay in
 * features/content/time.ts.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` and `HH:mm` of an instant in the zone. */
export function wallParts(iso: string, timeZone: string): { date: string; time: string } {
  const w = instantToWallTime(Date.parse(iso), timeZone);
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** Today's civil date (`YYYY-MM-DD`) in the zone. */
export function todayInZone(timeZone: string): string {
  return wallParts(new Date().toISOString(), timeZone).date;
}
