import { useMemo } from 'react';
import { addDays } from '../../../../shared/domain/dates';
import type { ContentCalendarItem } from '../../../../shared/content/calendarItem';
import { useAfterFirstPaint } from '../../lib/afterFirstPaint';
import { midnightIso, viewDays, type CalendarView } from './calendarRange';

/*
 * The month grid's first week row first (issue 11 §8: the calendar's first item within 900 ms of a blank
 * page). On the app's first screen the month view holds ~400 items, FullCalendar draws up to five a day
 * (175 events) and lays every one of them out twice (hidden, measured, then placed) before the first is
 * shown, while on a 1440 × 900 window only the first week row is in view below the week-load table. So the
 * first commit hands FullCalendar the first row's items only, and the rest follow in the frame after the
 * first paint (a transition, as the sidebar's deferred parts). What is drawn first are the real events:
 * they open, drag and take the context menu as always. After the app's first frame every render, and any
 * other view, gets every item at once.
 */

/** The items that start before the end of the month grid's first week row (the week of the 1st). */
function firstRowItems(
  items: ContentCalendarItem[],
  anchor: string,
  timeZone: string,
): ContentCalendarItem[] {
  const end = Date.parse(midnightIso(addDays(viewDays('month', anchor).start, 7), timeZone));
  return items.filter((item) => Date.parse(item.plannedAt) < end);
}

/**
 * What FullCalendar draws now: the first row's items until the app's first frame is painted (month view
 * only, and not when a link asks to bring an item into view: it may be in a later week), then all of them.
 */
export function useDrawnItems(
  items: ContentCalendarItem[],
  view: CalendarView,
  anchor: string,
  timeZone: string,
  focusItemId: string | null | undefined,
): ContentCalendarItem[] {
  const painted = useAfterFirstPaint();
  const firstRowOnly = !painted && view === 'month' && !focusItemId;
  return useMemo(
    () => (firstRowOnly ? firstRowItems(items, anchor, timeZone) : items),
    [firstRowOnly, items, anchor, timeZone],
  );
}
