import type { PluginInput } from '@fullcalendar/react';
import type { CalendarView } from './calendarRange';

/**
 * FullCalendar's week (time grid) and list plugins, loaded when first wanted (issue 11 §8): the calendar opens
 * on the month, and the time grid's code (≈ 110 KB unminified) and the list's were downloaded, compiled and
 * run before its first item for nothing. They are asked for when the pointer or focus reaches the view
 * switcher and once the first screen is idle (`prefetchViewPlugins`), so a switch normally finds them loaded
 * and draws at once; until one arrives the calendar keeps the view it shows (ContentCalendar.tsx).
 */
type LazyView = 'week' | 'list';

const loaders: Record<LazyView, () => Promise<{ default: PluginInput }>> = {
  week: () => import('@fullcalendar/react/timegrid'),
  list: () => import('@fullcalendar/react/list'),
};

const loaded = new Map<LazyView, PluginInput>();
const pending = new Map<LazyView, Promise<PluginInput>>();

/** The plugin a view needs beyond the month grid's, or null for the month. */
function lazyView(view: Exclude<CalendarView, 'board'>): LazyView | null {
  return view === 'month' ? null : view;
}

/** The view's plugin if already here (read during render, so a loaded view draws in the same frame). */
export function viewPluginReady(view: Exclude<CalendarView, 'board'>): boolean {
  const lazy = lazyView(view);
  return lazy === null || loaded.has(lazy);
}

/** The loaded plugins of the lazy views in `views`, in a stable order. */
export function viewPlugins(views: ReadonlySet<Exclude<CalendarView, 'board'>>): PluginInput[] {
  return (['week', 'list'] as const).flatMap((view) => {
    const plugin = views.has(view) ? loaded.get(view) : undefined;
    return plugin ? [plugin] : [];
  });
}

export function loadViewPlugin(view: Exclude<CalendarView, 'board'>): Promise<void> {
  const lazy = lazyView(view);
  if (lazy === null || loaded.has(lazy)) return Promise.resolve();
  let promise = pending.get(lazy);
  if (!promise) {
    promise = loaders[lazy]().then((m) => {
      loaded.set(lazy, m.default);
      return m.default;
    });
    // A failed download may be retried on the next switch.
    promise.catch(() => pending.delete(lazy));
    pending.set(lazy, promise);
  }
  return promise.then(() => undefined);
}

/** Starts loading both views' plugins (the user is heading for the switcher, or the first screen is done). */
export function prefetchViewPlugins(): void {
  void loadViewPlugin('week').catch(() => undefined);
  void loadViewPlugin('list').catch(() => undefined);
}

/**
 * Prefetches once the first screen has settled: a moment after the calendar mounts, in an idle period, so the
 * download and compile do not compete with the first items' render.
 */
export function prefetchViewPluginsWhenIdle(): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    idle = requestIdleCallback(prefetchViewPlugins);
  }, 1500);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
