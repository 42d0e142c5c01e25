import { isValidElement } from 'react';
import type { MethodOutput } from '../../../shared/api/contract';
import { recoveryStatusQuery } from '../features/backups/queries';
import { call } from '../lib/api';
import { workspacesQuery } from '../lib/workspaceContext';
import { queryClient } from './queryClient';
import { router } from './routes';
import { prefetchStartRouteData } from './startRouteData';

/*
 * The first screen without a waterfall (issue 11 §8). Rendering alone asks for things one after another:
 * settings (for the language) → recovery status (gate) → workspaces (shell) → the page's chunk → its data.
 * Everything the start URL will need is asked for here, together, before React renders: the renders then
 * find it in flight or done.
 */

let settingsAtStart: Promise<MethodOutput<'settings.get'>> | undefined;

/** The saved settings as read once at start (the UI language is chosen from them before the first render). */
export function startupSettings(): Promise<MethodOutput<'settings.get'>> {
  settingsAtStart ??= call('settings.get', {});
  return settingsAtStart;
}

interface Preloadable {
  preload(): void;
}

const isPreloadable = (type: unknown): type is Preloadable =>
  typeof type === 'function' && typeof (type as Partial<Preloadable>).preload === 'function';

export function startFirstScreen(): void {
  void startupSettings();
  void queryClient.prefetchQuery(recoveryStatusQuery);
  const matches = router.state.matches;
  const workspaceId = matches.find((m) => m.params['workspaceId'])?.params['workspaceId'];
  if (workspaceId) {
    void queryClient.prefetchQuery(workspacesQuery);
    const page = matches.at(-1)?.route;
    // `/w/:id` alone (the index route) redirects to the matrix.
    const section = page?.index ? 'matrix' : (page?.path ?? 'matrix');
    prefetchStartRouteData(queryClient, workspaceId, section, router.state.location.search);
  }
  // The start route's page chunk (and its translations), from the lazy elements the router matched.
  for (const match of matches) {
    const element = match.route.element;
    if (isValidElement(element) && isPreloadable(element.type)) element.type.preload();
  }
}
