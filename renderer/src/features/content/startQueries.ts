import type { QueryClient } from '@tanstack/react-query';
import { accountListQuery } from '../accounts';
import { filterInput, emptyFilters } from './filters';
import { contentListQuery } from './queries';
import { todayInZone, viewRange, type CalendarView } from './time';

/** The calendar's views, in the order of its switch. */
export const calendarViews: CalendarView[] = ['month', 'week', 'list', 'board'];
const isView = (v: string | null): v is CalendarView => calendarViews.includes(v as CalendarView);
export const isDate = (v: string | null): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The view and the date it shows, from the URL (so a reload or a link comes back to the same place). */
export function calendarPlace(
  params: URLSearchParams,
  timeZone: string,
): { view: CalendarView; anchor: string } {
  const view = params.get('view');
  const date = params.get('date');
  return { view: isView(view) ? view : 'month', anchor: isDate(date) ? date : todayInZone(timeZone) };
}

/**
 * The calendar's first data when the app starts on it (issue 11 §8), with the page's own query options so
 * the page's render finds them cached or in flight: the accounts and the items of the view in the URL (with no
 * filter set, as the page starts). The drawer's suggestions wait until the drawer is first opened.
 */
export function prefetchCalendarStart(
  client: QueryClient,
  workspaceId: string,
  timeZone: string,
  params: URLSearchParams,
): void {
  const { view, anchor } = calendarPlace(params, timeZone);
  void client.prefetchQuery(accountListQuery(workspaceId, true));
  void client.prefetchQuery(
    contentListQuery({ workspaceId, ...viewRange(view, anchor, timeZone), ...filterInput(emptyFilters) }),
  );
}
