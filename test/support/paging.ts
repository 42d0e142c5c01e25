/** A page as every paged list returns it. */
interface Page<T> {
  items: readonly T[];
  nextCursor: string | null;
}

/**
 * Every item of a paged list, read page after page until `nextCursor` runs out, and how many pages that
 * took. `read` gets the cursor ready to spread into the call's input (`{}` for the first page); a test
 * that checks each page does so in `read` before returning it.
 */
export async function walkPages<T>(
  read: (cursor: { cursor?: string }) => Promise<Page<T>>,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let pages = 0;
  let cursor: string | null = null;
  do {
    const page: Page<T> = await read(cursor ? { cursor } : {});
    items.push(...page.items);
    pages++;
    cursor = page.nextCursor;
  } while (cursor);
  return { items, pages };
}
