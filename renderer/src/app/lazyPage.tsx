import { Flex, Spin } from 'antd';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import i18n from 'i18next';
import { pageNamespaces } from './pageNamespaces';

/**
 * A route's page loaded on first visit: each feature page (and what only it uses, such as FullCalendar or
 * chart.js) becomes its own chunk, so the first screen downloads and parses only the shell and that page.
 * `load` is the page module's dynamic import and `name` its exported component. `preload()` starts the
 * download early (app/firstScreen.ts waits for the start URL's page before the first render).
 * The page's translations (pageNamespaces) load together with its chunk.
 */
export function lazyPage<N extends string>(load: () => Promise<Record<N, ComponentType>>, name: N) {
  let loading: Promise<{ default: ComponentType }> | undefined;
  // Set once the chunk and texts are in: a page mounted after that renders at once, without suspending
  // (React.lazy suspends on its first render even when its promise has already settled).
  let loaded: ComponentType | undefined;
  const loadOnce = () => {
    loading ??= Promise.all([load(), i18n.loadNamespaces(pageNamespaces[name] ?? [])]).then(
      ([module]): { default: ComponentType } => {
        loaded = module[name];
        return { default: loaded };
      },
    );
    return loading;
  };
  const Page = lazy(loadOnce);
  function LazyPage() {
    // Chosen once per mount, so a page that mounted suspended is not remounted when its chunk arrives.
    const [Ready] = useState(() => loaded);
    if (Ready) return <Ready />;
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  }
  LazyPage.preload = (): Promise<unknown> => loadOnce();
  return LazyPage;
}

function PageLoading() {
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin />
    </Flex>
  );
}
