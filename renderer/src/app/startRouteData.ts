import type { QueryClient } from '@tanstack/react-query';
import { accountListQuery } from '../features/accounts';
import { matrixSummaryQuery } from '../features/matrix/queries';

/**
 * The data a workspace page shows first, asked for before React renders when the app starts on that page
 * (issue 11 §8): the page's own render then finds it cached or in flight instead of asking only after the
 * shell and the page chunk are ready. The options are the ones the page's hooks use, so each request is made
 * once. Only pages whose first screen is known from the URL alone are listed.
 */
const firstData: Record<string, (client: QueryClient, workspaceId: string) => void> = {
  matrix: (client, workspaceId) => {
    void client.prefetchQuery(accountListQuery(workspaceId, true));
    void client.prefetchQuery(matrixSummaryQuery(workspaceId));
  },
};

/** Starts the first data of the workspace page at `section` (the route segment after /w/:workspaceId/). */
export function prefetchStartRouteData(client: QueryClient, workspaceId: string, section: string): void {
  firstData[section]?.(client, workspaceId);
}
