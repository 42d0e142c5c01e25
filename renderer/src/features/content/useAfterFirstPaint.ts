import { useEffect, useState } from 'react';

/**
 * False until the frame after `ready` first turns true has been painted, then true for good. The calendar
 * builds what the first items do not need (the filter bar's selects) behind it, so
 * their rendering and the layouts they force (rc-select measures each input's width in a layout effect)
 * come after the items are on screen instead of before (issue 11 §8).
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before its paint; the task queued from it runs after that paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
