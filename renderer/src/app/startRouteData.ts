import type { QueryClient } from '@tanstack/react-query';
import { accountListQuery } from '../features/accounts';
import { matrixSummaryQuery } from '../features/matrix/queries';
import { workspacesQuery } from '../lib/workspaceContext';
import { DEFAULT_TIME_ZONE } from '../features/content/calendarRange';

/**
 * The data a workspace page shows first, asked for before React renders when the app starts on that page
 * (issue 11 §8): the page's render then finds it cached or in flight instead of asking only after the shell
 * and the page chunk are ready. The options are the ones the page's hooks use, so each request is made once.
 * Only pages whose first screen follows from the URL (and the workspace) are listed.
 */
type StartData = (client: QueryClient, workspaceId: string, params: URLSearchParams) => Promise<unknown>;

const firstData: Record<string, StartData> = {
  matrix: (client, workspaceId) =>
    Promise.all([
      client.prefetchQuery(accountListQuery(workspaceId, true)),
      client.prefetchQuery(matrixSummaryQuery(workspaceId)),
    ]),
  // The calendar's range depends on the workspace's time zone; its helpers load with the calendar's chunk,
  // which the first render waits for anyway (startPages.ts), so it waits for the first items too and the
  // first commit holds them (the entry module has already asked for them: startCalls.ts).
  calendar: (client, workspaceId, params) =>
    Promise.all([client.fetchQuery(workspacesQuery), import('../features/content/startQueries')])
      .then(([workspaces, start]) => {
        const timeZone = workspaces.find((w) => w.id === workspaceId)?.timeZone ?? DEFAULT_TIME_ZONE;
        return start.prefetchCalendarStart(client, workspaceId, timeZone, params);
      })
      // The page asks again itself (and shows the error) when it renders.
      .catch(() => undefined),
};

/**
 * Starts the first data of the workspace page at `section` (the route segment after /w/:workspaceId/);
 * settles when the first render should have it (prefetches never reject).
 */
export function prefetchStartRouteData(
  client: QueryClient,
  workspaceId: string,
  section: string,
  search: string,
): Promise<unknown> {
  return firstData[section]?.(client, workspaceId, new URLSearchParams(search)) ?? Promise.resolve();
}
