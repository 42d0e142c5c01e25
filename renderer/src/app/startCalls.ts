import { startCall } from '../lib/api';
import { preloadNamespaceChunks } from '../i18n/namespaceLoading';
import { pageNamespaces } from './pageNamespaces';
import { pageChunks, startPageBySection } from './startPages';

/*
 * The first thing the renderer runs (main.tsx), before React, antd, i18next and zod are even downloaded
 * (issue 11 §8): it asks for what the start URL's first screen shows — settings (the language), the recovery
 * status (the gate), the workspaces (the shell) and, for the matrix, its accounts and totals — and for the
 * start page's chunk and texts. Evaluating the app's chunks then overlaps with these answers instead of
 * coming before them. The queries take the answers through `call` (lib/api.ts), with the same inputs.
 * Only this module and what it imports is in the entry chunk: keep it free of React, antd and zod.
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
  startCall('workspaces.list', {});
  const page = startPageName(hash);
  if (page === 'MatrixPage') {
    startCall('accounts.list', { workspaceId: route.workspaceId, includeArchived: true });
    startCall('matrix.summary', { workspaceId: route.workspaceId });
  }
  if (page) {
    void pageChunks[page]().catch(() => undefined);
    preloadNamespaceChunks(pageNamespaces[page] ?? []);
  }
}
