import type { MethodInput, MethodName } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import { dropStartedCall, startCall } from '../lib/api';
import { preloadNamespaceChunks } from '../i18n/namespaceLoading';
import { calendarPlace, DEFAULT_TIME_ZONE, viewRange, weeksOfView } from '../features/content/calendarRange';
import { pageNamespaces } from './pageNamespaces';
import { pageChunks, startPageBySection } from './startPages';

/*
 * The first thing the renderer runs (main.tsx), before React, antd, i18next and zod are even downloaded
 * (issue 11 §8): it asks for what the start URL's first screen shows — settings (the language), the recovery
 * status (the gate), the workspaces (the shell) and the start page's data — and for the start page's chunk
 * and texts. Evaluating the app's chunks then overlaps with these answers instead of coming before them.
 * The queries take the answers through `call` (lib/api.ts), with the same inputs.
 * Only this module and what it imports is in the entry chunk: keep it free of React, antd, zod and dayjs.
 */

/** The workspace and section of a hash route `#/w/<id>[/<section>[/…]][?…]`, if it is one. */
export function workspaceRoute(hash: string): { workspaceId: string; section: string } | undefined {
  const match = /^#\/w\/([^/?#]+)(?:\/([^/?#]*))?/.exec(hash);
  if (!match?.[1]) return undefined;
  return { workspaceId: decodeURIComponent(match[1]), section: match[2] ?? '' };
}

/** The start page's component name, when its chunk is one the entry fetches at once. */
export function startPageName(hash: string): keyof typeof pageChunks | undefined {
  const route = workspaceRoute(hash);
  return route ? startPageBySection[route.section] : undefined;
}

export function startCalls(hash: string): void {
  startCall('settings.get', {});
  startCall('recovery.status', {});
  const route = workspaceRoute(hash);
  if (!route) return;
  const workspaces = startCall('workspaces.list', {});
  const page = startPageName(hash);
  const { workspaceId } = route;
  if (page === 'MatrixPage') {
    startCall('accounts.list', { workspaceId, includeArchived: true });
    startCall('matrix.summary', { workspaceId });
  }
  if (page === 'ContentPage') {
    startCall('accounts.list', { workspaceId, includeArchived: true });
    // The first render waits for this module's prefetch (startRouteData.ts): fetched with the page's chunk,
    // not after the app's chunks have evaluated.
    void import('../features/content/startQueries').catch(() => undefined);
  }
  if (page) {
    void pageChunks[page]().catch(() => undefined);
    preloadNamespaceChunks(pageNamespaces[page] ?? []);
  }
  if (page === 'ContentPage') startCalendarInGuessedZone(workspaceId, workspaces, hash.split('?')[1] ?? '');
}

/**
 * The calendar's range is the workspace's days, and its zone comes with the workspace list. Waiting for that
 * answer sent the calendar's reads only once the main thread was free again, after evaluating React and antd
 * (issue 11 §8: ~400 ms after the list had answered, at load). So they are asked for at once in the zone new
 * workspaces plan in (the sample's too), after the page's chunk requests; a workspace in another zone asks
 * again in its own once the list answers, and the guessed reads are dropped unused.
 */
export function startCalendarInGuessedZone(
  workspaceId: string,
  workspaces: Promise<ApiResult<readonly { id: string; timeZone: string }[]>>,
  search: string,
): void {
  const guessed = startCalendarCalls(workspaceId, DEFAULT_TIME_ZONE, search);
  void workspaces.then((answer) => {
    const workspace = answer.ok ? answer.value.find((w) => w.id === workspaceId) : undefined;
    const timeZone = workspace?.timeZone ?? DEFAULT_TIME_ZONE;
    if (timeZone === DEFAULT_TIME_ZONE) return;
    for (const [method, input] of guessed) dropStartedCall(method, input);
    startCalendarCalls(workspaceId, timeZone, search);
  });
}

/**
 * What the calendar's first screen reads for the view and date in its URL's `search`, as its page asks for
 * them with no filter set (features/content/startQueries.ts prefetches the same into the query cache), in
 * the workspace's zone (the page's default when the workspace has none or is not listed). Returns the reads
 * started, so that reads in a wrongly guessed zone can be dropped.
 */
export function startCalendarCalls(
  workspaceId: string,
  zone: string | undefined,
  search: string,
): [MethodName, object][] {
  const timeZone = zone ?? DEFAULT_TIME_ZONE;
  const { view, anchor } = calendarPlace(new URLSearchParams(search), timeZone);
  const range = { workspaceId, ...viewRange(view, anchor, timeZone) };
  const calls: [MethodName, object][] = [];
  const start = <M extends MethodName>(method: M, input: MethodInput<M> & object) => {
    startCall(method, input);
    calls.push([method, input]);
  };
  start('content.calendarItems', range);
  start('deliverables.calendar', range);
  start('approvals.states', range);
  if (view === 'month' || view === 'week')
    start('calendar.weekLoads', { workspaceId, weekStarts: weeksOfView(view, anchor) });
  return calls;
}
