import type { QueryClient } from '@tanstack/react-query';
import { accountListQuery } from '../accounts';
import { approvalStatesQuery } from '../approvals';
import { calendarPlace, viewRange, weeksOfView } from './calendarRange';
import { filterInput, emptyFilters } from './filters';
import { contentListQuery, deliverablesCalendarQuery, weekLoadsQuery } from './queries';

/**
 * The calendar's first data when the app starts on it (issue 11 §8), with the page's own query options so
 * the page's first render finds them cached: the accounts, the items of the view in the URL (with no filter
 * set, as the page starts), their week loads, creator deliverables and approval states. The entry module
 * (app/startCalls.ts) has already asked for each with the same input, so these take its answers. Settles when
 * all are in (a prefetch never rejects). The drawer's suggestions wait until the drawer is first opened.
 */
export function prefetchCalendarStart(
  client: QueryClient,
  workspaceId: string,
  timeZone: string,
  params: URLSearchParams,
): Promise<unknown> {
  const { view, anchor } = calendarPlace(params, timeZone);
  const range = viewRange(view, anchor, timeZone);
  return Promise.all([
    client.prefetchQuery(accountListQuery(workspaceId, true)),
    client.prefetchQuery(contentListQuery({ workspaceId, ...range, ...filterInput(emptyFilters) })),
    client.prefetchQuery(deliverablesCalendarQuery(workspaceId, range)),
    client.prefetchQuery(approvalStatesQuery(workspaceId, range)),
    ...(view === 'month' || view === 'week'
      ? [client.prefetchQuery(weekLoadsQuery(workspaceId, weeksOfView(view, anchor)))]
      : []),
  ]);
}
