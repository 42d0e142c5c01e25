import { Flex, Spin } from 'antd';
import { lazy, Suspense, type ComponentType } from 'react';
import i18n from 'i18next';
import { pageNamespaces } from './pageNamespaces';

/**
 * A route's page loaded on first visit: each feature page (and what only it uses, such as FullCalendar or
 * chart.js) becomes its own chunk, so the first screen downloads and parses only the shell and that page.
 * `load` is the page module's dynamic import and `name` its exported component. `preload()` starts the
 * download early (app/firstScreen.ts calls it for the start URL's page, beside the shell's own requests).
 * The page's translations (pageNamespaces) load together with its chunk.
 */
export function lazyPage<N extends string>(load: () => Promise<Record<N, ComponentType>>, name: N) {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const loadOnce = () => {
    loading ??= Promise.all([load(), i18n.loadNamespaces(pageNamespaces[name] ?? [])]).then(
      ([module]): { default: ComponentType } => ({ default: module[name] }),
    );
    return loading;
  };
  const Page = lazy(loadOnce);
  function LazyPage() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  }
  LazyPage.preload = (): void => void loadOnce();
  return LazyPage;
}

function PageLoading() {
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin />
    </Flex>
  );
}
