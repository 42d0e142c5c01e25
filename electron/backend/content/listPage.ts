import type { ContentItem, ContentPageInput } from '../../../shared/content/model';
import type { Page } from '../../../shared/api/paging';
import { encodeCursor } from '../../../shared/api/paging';
import type { Db } from '../db/types';
import { cursorParams } from '../paging/keyset';
import { invalidInput } from '../errors';
import { listContentRows, type WorkspaceContext } from './context';
import { toItem } from './repo';

/**
 * One page of content.list: items of the range that match the filters, ordered by `(planned_at, rowid)`,
 * after the cursor (the last item's planned time and id). A keyset position, so items added or moved before it never shift the
 * next page. The range is read whole (≤ 10,000 rows, checked before) because an item's warnings depend on
 * its neighbours; only the page's items are built and sent, which is what made a year's list 47.5 MB.
 */
export function pageContent(db: Db, ctx: WorkspaceContext, input: ContentPageInput): Page<ContentItem> {
  // Already in (planned_at, rowid) order, as the calendar draws them.
  const { rows, warnings } = listContentRows(db, ctx, input);
  let start = 0;
  if (input.cursor) {
    const { k0, k1 } = cursorParams(input.cursor, 2);
    if (typeof k0 !== 'string' || typeof k1 !== 'string') throw badCursor();
    // After the cursor's item; if it was deleted or moved since, after its old planned time. A new item
    // at the same time sorts after existing ones (higher rowid), so nothing shifts into earlier pages.
    const at = rows.findIndex((r) => r.id === k1 && r.planned_at === k0);
    start = at >= 0 ? at + 1 : rows.findIndex((r) => r.planned_at > k0);
    if (start < 0) start = rows.length;
  }
  const kept = rows.slice(start, start + input.limit);
  const last = kept.at(-1);
  return {
    items: kept.map((row) => toItem(row, warnings.get(row.id) ?? [])),
    nextCursor: start + input.limit < rows.length && last ? encodeCursor([last.planned_at, last.id]) : null,
    total: rows.length,
  };
}

/** A cursor of the right length whose values are not this list's keys (from another list). */
const badCursor = () =>
  invalidInput(
    ['cursor'],
    'This page position is not valid for this list; start again from the first page',
    'paging.badCursor',
  );
