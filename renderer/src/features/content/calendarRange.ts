import { addDays, civilAddDays, isIsoDate, parseIsoDate } from '../../../../shared/domain/dates';
import { formatCivilDate } from '../../../../shared/parsing/calendar';
import { midnightIn } from '../../../../shared/parsing/timeZone';
import { todayInZone } from '../../lib/zonedTime';

/*
 * Which days the calendar shows, from its URL, in plain civil-date arithmetic: the renderer's entry module
 * (app/startCalls.ts) asks for the view's items with these before React, antd and dayjs are downloaded
 * (issue 11 §8), and the page's own queries use the same functions, so both ask with identical input.
 * Keep this module free of dayjs, React and antd: it is part of the entry chunk.
 */

/**
 * The zone the page plans in while its workspace is not known: shared/domain/workspace's default, which
 * cannot be imported here (that module loads zod, which the entry chunk must not).
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export type CalendarView = 'month' | 'week' | 'list' | 'board';

/** The calendar's views, in the order of its switch. */
export const calendarViews: CalendarView[] = ['month', 'week', 'list', 'board'];
const isView = (v: string | null): v is CalendarView => calendarViews.includes(v as CalendarView);
/** A real `YYYY-MM-DD` (a `date=2025-02-30` in a link falls back to today instead of breaking the range). */
export const isDate = (v: string | null): v is string => v !== null && isIsoDate(v);

/** The view and the date it shows, from the URL (so a reload or a link comes back to the same place). */
export function calendarPlace(
  params: URLSearchParams,
  timeZone: string,
): { view: CalendarView; anchor: string } {
  const view = params.get('view');
  const date = params.get('date');
  return { view: isView(view) ? view : 'month', anchor: isDate(date) ? date : todayInZone(timeZone) };
}

const firstOfMonth = (date: string, monthsLater = 0) => {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return formatCivilDate(civilAddDays({ year, month: month + monthsLater, day: 1 }, 0));
};

// Day 0 of the day numbers (1970-01-01) was a Thursday, three days after a Monday.
export const mondayOf = (date: string) => addDays(date, -((((parseIsoDate(date) ?? 0) + 3) % 7) + 7) % 7);

/**
 * The days a view shows, `[start, end)` as civil dates: the month grid runs from the Monday before the
 * 1st to the Monday after the last day (FullCalendar with fixedWeekCount off), the week view is one
 * Monday-to-Sunday week, the list and the board show the month.
 */
export function viewDays(view: CalendarView, anchor: string): { start: string; end: string } {
  if (view === 'week') {
    const start = mondayOf(anchor);
    return { start, end: addDays(start, 7) };
  }
  const first = firstOfMonth(anchor);
  const next = firstOfMonth(anchor, 1);
  if (view === 'month') return { start: mondayOf(first), end: addDays(mondayOf(addDays(next, -1)), 7) };
  return { start: first, end: next };
}

/** Midnight of a civil date in the zone, as an instant. */
export function midnightIso(date: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(midnightIn({ year, month, day }, timeZone)).toISOString();
}

/** The instants a view shows, `[from, to)`: what the page's item, deliverable and approval queries ask for. */
export function viewRange(
  view: CalendarView,
  anchor: string,
  timeZone: string,
): { from: string; to: string } {
  const { start, end } = viewDays(view, anchor);
  return { from: midnightIso(start, timeZone), to: midnightIso(end, timeZone) };
}

/** The Mondays of the weeks a view shows. */
export function weeksOfView(view: CalendarView, anchor: string): string[] {
  const { start, end } = viewDays(view, anchor);
  const weeks: string[] = [];
  for (let d = mondayOf(start); d < end; d = addDays(d, 7)) weeks.push(d);
  return weeks;
}
