import { useState } from 'react';

/**
 * Where a keyset-paged list is: the cursors of the pages visited so far, so "previous" goes back without
 * the server needing offsets. Changing `resetKey` (the filters and sort) starts again from the first page.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | undefined)[] }>({
    key: resetKey,
    cursors: [undefined],
  });
  const cursors = state.key === resetKey ? state.cursors : [undefined];
  return {
    cursor: cursors.at(-1),
    /** 1-based. */
    page: cursors.length,
    next: (cursor: string) => setState({ key: resetKey, cursors: [...cursors, cursor] }),
    previous: () => setState({ key: resetKey, cursors: cursors.length > 1 ? cursors.slice(0, -1) : cursors }),
    reset: () => setState({ key: resetKey, cursors: [undefined] }),
  };
}
