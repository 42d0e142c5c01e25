import { z } from 'zod';

/**
 * Paging for every list that can grow: `{ cursor?, limit }` in, `{ items, nextCursor, total }` out.
 *
 * The cursor is a keyset position (the sort key and the row id of the last item of the previous page), so
 * a page never repeats or skips a row when rows are inserted before it. It is opaque to callers: pass back
 * the `nextCursor` you were given.
 */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export const pageInputShape = {
  cursor: z.string().min(1).max(2000).optional(),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
};

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** Null on the last page. */
    nextCursor: z.string().nullable(),
    /** Rows matching the filters, across all pages. */
    total: z.number().int().min(0),
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/** One value of a sort key as the cursor carries it. */
export type CursorValue = string | number | null;

export function encodeCursor(values: readonly CursorValue[]): string {
  return JSON.stringify(values);
}

/** The cursor's values, or null when it is not a cursor of `length` values (tampered or from another list). */
export function decodeCursor(cursor: string, length: number): CursorValue[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(cursor);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== length) return null;
  const ok = parsed.every(
    (v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)),
  );
  return ok ? (parsed as CursorValue[]) : null;
}
