import dayjs, { type Dayjs } from 'dayjs';
import { instantToWallTime, wallTimeToInstant } from '../../../../shared/parsing/timeZone';
import { wallParts } from '../../lib/zonedTime';
import { mondayOf, type CalendarView } from './calendarRange';

// Re-exported so the calendar's files keep one import for their time helpers.
export { todayInZone, wallParts } from '../../lib/zonedTime';
export { midnightIso, mondayOf, viewDays, viewRange, weeksOfView, type CalendarView } from './calendarRange';

/**
 * Times cross the API as UTC instants; people plan in the workspace's time zone, which need not be the
 * computer's. antd's pickers work in the computer's zone, so a picker value holds the workspace's
 * wall-clock reading in local fields, converted at the edges here.
 */

/** The workspace's wall time of an instant, as a local dayjs for pickers. */
export function toPickerValue(iso: string, timeZone: string): Dayjs {
  const w = instantToWallTime(Date.parse(iso), timeZone);
  return dayjs(new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
}

/** A picker's local reading taken as wall time in the workspace's zone, back to an instant (UTC ISO). */
export function fromPickerValue(value: Dayjs, timeZone: string): string {
  return new Date(
    wallTimeToInstant(
      {
        year: value.year(),
        month: value.month() + 1,
        day: value.date(),
        hour: value.hour(),
        minute: value.minute(),
        second: 0,
        millisecond: 0,
      },
      timeZone,
    ),
  ).toISOString();
}

export function formatInZone(iso: string | null | undefined, timeZone: string, withDate = true): string {
  if (!iso) return '—';
  const { date, time } = wallParts(iso, timeZone);
  return withDate ? `${date.replace(/-/g, '.')} ${time}` : time;
}

export function atTime(date: string, time: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(
    wallTimeToInstant({ year, month, day, hour, minute, second: 0, millisecond: 0 }, timeZone),
  ).toISOString();
}

const civil = (d: string) => dayjs(d, 'YYYY-MM-DD');
const fmt = (d: Dayjs) => d.format('YYYY-MM-DD');
export function shiftAnchor(view: CalendarView, anchor: string, delta: number): string {
  const d = civil(anchor);
  return fmt(view === 'week' ? d.add(delta * 7, 'day') : d.add(delta, 'month').startOf('month'));
}

export function viewTitle(view: CalendarView, anchor: string, language: 'zh-CN' | 'en'): string {
  const d = civil(anchor);
  if (view === 'week') {
    const start = civil(mondayOf(anchor));
    const end = start.add(6, 'day');
    return language === 'zh-CN'
      ? `${start.format('YYYY年M月D日')} – ${end.format(end.month() === start.month() ? 'D日' : 'M月D日')}`
      : `${start.format('MMM D')} – ${end.format(end.month() === start.month() ? 'D, YYYY' : 'MMM D, YYYY')}`;
  }
  return language === 'zh-CN' ? d.format('YYYY年M月') : d.format('MMMM YYYY');
}
