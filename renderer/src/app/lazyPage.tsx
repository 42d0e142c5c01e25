import { Flex, Spin } from 'antd';
import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A route's page loaded on first visit: each feature page (and what only it uses, such as FullCalendar or
 * chart.js) becomes its own chunk, so the first screen downloads and parses only the shell and that page.
 * `load` is the page module's dynamic import and `name` its exported component.
 */
export function lazyPage<N extends string>(load: () => Promise<Record<N, ComponentType>>, name: N) {
  const Page = lazy(() => load().then((module): { default: ComponentType } => ({ default: module[name] })));
  return function LazyPage() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  };
}

function PageLoading() {
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin />
    </Flex>
  );
}
