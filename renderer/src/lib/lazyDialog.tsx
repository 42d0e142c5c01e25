import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A dialog whose code (and the antd components only it uses: Table, Upload, …) is downloaded the first time it
 * is mounted instead of with the screen that can open it (issue 11 §8: the workspace switcher's dialogs pulled
 * antd's table into every first screen). Mount it behind `useOpenedOnce`, so that is the first time it opens.
 * `load` is the module's dynamic import and `name` its exported component.
 */
export function lazyDialog<N extends string, P extends object>(
  load: () => Promise<Record<N, ComponentType<P>>>,
  name: N,
): ComponentType<P> {
  const Dialog = lazy(() =>
    load().then((module): { default: ComponentType<P> } => ({ default: module[name] })),
  );
  return function LazyDialog(props: P) {
    return (
      <Suspense fallback={null}>
        <Dialog {...props} />
      </Suspense>
    );
  };
}
