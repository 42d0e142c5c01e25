import { CursorPager } from './CursorPager';
import type { useCursorPages } from './useCursorPages';

/** One server page as every paged list returns it. */
interface CursorPage {
  items: readonly unknown[];
  nextCursor: string | null;
  total: number;
}

/**
 * CursorPager fed straight from `useCursorPages` and the page the server returned (undefined while it
 * loads), so each paged list says only which pages, which result, and its page size.
 */
export function ResultPager({
  pages,
  result,
  pageSize,
  testId,
}: {
  pages: ReturnType<typeof useCursorPages>;
  result: CursorPage | undefined;
  pageSize: number;
  testId?: string;
}) {
  return (
    <CursorPager
      page={pages.page}
      pageSize={pageSize}
      shown={result?.items.length ?? 0}
      total={result?.total ?? 0}
      nextCursor={result?.nextCursor ?? null}
      onNext={pages.next}
      onPrevious={pages.previous}
      testId={testId}
    />
  );
}
