import {
  lazy,
  startTransition,
  Suspense,
  useEffect,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';

/*
 * Parts of a screen that are not what the user came to see first (the reminder bell, the sidebar's switches,
 * the advisor's badge, the live links on the account cards) are built after the app's first frame is painted
 * (issue 11 §8): the first commit then holds only the page's own content, and these follow a frame later in
 * a transition React may interrupt, their code downloaded then too. After that first frame, everything mounts
 * at once as usual.
 */

let painted = false;
let firstPaint: Promise<void> | undefined;

function afterFirstPaint(): Promise<void> {
  firstPaint ??= new Promise((resolve) => {
    const done = () => {
      painted = true;
      resolve();
    };
    // A task queued from an animation frame runs after that frame is painted.
    requestAnimationFrame(() => setTimeout(done, 0));
    // A hidden window paints no frames: do not hold these parts back for good.
    setTimeout(done, 500);
  });
  return firstPaint;
}

/** False until the app's first frame has been painted (then true, also for later mounts). */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(painted);
  useEffect(() => {
    if (ready) return;
    let mounted = true;
    void afterFirstPaint().then(() => {
      if (mounted) startTransition(() => setReady(true));
    });
    return () => {
      mounted = false;
    };
  }, [ready]);
  return ready;
}

/**
 * A part built after the first frame whose code also downloads only then (`load` imports its module and
 * picks the component), so the first screen neither downloads nor evaluates it (issue 11 §8: the sidebar's
 * switches brought antd's Select, Segmented and Pagination into every first load). `placeholder` stands in
 * until the part has rendered: give it the part's size, so nothing moves under the user's pointer when the
 * part appears.
 */
export function afterFirstPaintPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: ReactNode = null,
): ComponentType<P> {
  const Part = lazy(() => load().then((component) => ({ default: component })));
  return function AfterFirstPaintPart(props: P) {
    const painted = useAfterFirstPaint();
    if (!painted) return placeholder;
    return (
      <Suspense fallback={placeholder}>
        <Part {...props} />
      </Suspense>
    );
  };
}
