import { isValidElement } from 'react';
import type { MethodOutput } from '../../../shared/api/contract';
import type { UiLanguage } from '../../../shared/format/number';
import { recoveryStatusQuery } from '../features/backups/queries';
import { systemLanguage } from '../i18n/systemLanguage';
import { call } from '../lib/api';
import { workspacesQuery } from '../lib/workspaceContext';
import { queryClient } from './queryClient';
import { router } from './routes';
import { startPageName } from './startCalls';
import { prefetchStartRouteData } from './startRouteData';
import { startStyles } from './startStyles';

/*
 * The first screen in one render (issue 11 §8). Rendering alone asks for things one after another:
 * settings (for the language) → recovery status (gate) → workspaces (shell) → the page's chunk → its data,
 * and re-renders the tree as each answer lands. The entry module already asked for all of them
 * (startCalls.ts); here their answers go into the query cache, and React renders once they are all in, so
 * the gate, the shell and the page find their data and the page's code at hand and the first commit shows
 * the first account card.
 */

let settingsAtStart: Promise<MethodOutput<'settings.get'>> | undefined;

/** The saved settings as read once at start (the UI language is chosen from them before the first render). */
export function startupSettings(): Promise<MethodOutput<'settings.get'>> {
  settingsAtStart ??= call('settings.get', {});
  return settingsAtStart;
}

interface Preloadable {
  preload(): Promise<unknown>;
}

const isPreloadable = (type: unknown): type is Preloadable =>
  typeof type === 'function' && typeof (type as Partial<Preloadable>).preload === 'function';

/**
 * Fills the query cache with the start route's data and loads its page; resolves with the UI language once
 * everything the first screen needs has settled (a failed answer too: the component that needs it shows the
 * error as usual).
 */
export async function startFirstScreen(): Promise<UiLanguage> {
  const language = startupSettings().then(
    (s) => s.language ?? systemLanguage(),
    () => systemLanguage(),
  );
  const waits: Promise<unknown>[] = [language, queryClient.prefetchQuery(recoveryStatusQuery), startStyles()];
  const matches = router.state.matches;
  const workspaceId = matches.find((m) => m.params['workspaceId'])?.params['workspaceId'];
  if (workspaceId) {
    waits.push(queryClient.prefetchQuery(workspacesQuery));
    const page = matches.at(-1)?.route;
    // `/w/:id` alone (the index route) redirects to the matrix.
    const section = page?.index ? 'matrix' : (page?.path ?? 'matrix');
    waits.push(prefetchStartRouteData(queryClient, workspaceId, section, router.state.location.search));
  }
  // The start route's page chunk (and its translations), from the lazy elements the router matched. The
  // first render waits for the pages the entry asked for at once; any other shows its spinner meanwhile.
  const holdForPage = startPageName(window.location.hash) !== undefined;
  for (const match of matches) {
    const element = match.route.element;
    if (!isValidElement(element) || !isPreloadable(element.type)) continue;
    const loading = element.type.preload().catch(() => undefined);
    if (holdForPage) waits.push(loading);
  }
  await Promise.all(waits);
  return language;
}
