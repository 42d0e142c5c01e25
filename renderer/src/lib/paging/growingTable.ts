import type { UIEvent } from 'react';

/** One server page as every paged list returns it. */
interface Page<T> {
  items: readonly T[];
  total: number;
}

/** What a list that grows page by page needs of a TanStack infinite query. */
export interface GrowingQuery<T> {
  data?: { pages: readonly Page<T>[] } | undefined;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage(): Promise<unknown>;
}

/** Height of the scrolling box of a virtualised table (px): about ten two-line rows. */
const VIRTUAL_HEIGHT = 640;
/** How near the end of the loaded rows (px) scrolling asks the server for the next page. */
const PREFETCH_PX = 600;

/**
 * A table fed page after page (keyset pages appended as the user scrolls or presses "load more"): the rows
 * loaded so far, the total, and the antd Table props. When the list is longer than one page the table
 * draws only the rows in view (antd's `virtual`, with a fixed-height scroll box), so thousands of loaded
 * rows stay cheap; a list that fits one page is drawn as a plain table.
 */
export function growingTable<T>(query: GrowingQuery<T>, pageSize: number) {
  const pages = query.data?.pages ?? [];
  const rows = pages.flatMap((p) => p.items);
  const total = pages[0]?.total ?? 0;
  const virtual = total > pageSize;
  const loadMore = () => {
    if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
  };
  return {
    rows,
    total,
    loadMore,
    tableProps: {
      virtual,
      scroll: virtual ? { y: VIRTUAL_HEIGHT } : undefined,
      onScroll: (e: UIEvent<HTMLDivElement>) => {
        const box = e.currentTarget;
        if (box && box.scrollHeight - box.scrollTop - box.clientHeight < PREFETCH_PX) loadMore();
      },
    },
  };
}
