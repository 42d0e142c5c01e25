import { useState } from 'react';

/**
 * True from the first time `open` is true, then for good. A modal or drawer that must render its form before
 * it opens (antd `forceRender`, so the form instance is connected) is mounted behind this: it is not built on
 * a page's first screen, where nobody has opened it yet, and once opened it stays mounted so closing and
 * reopening behave (and animate) as before.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
