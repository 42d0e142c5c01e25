import type { Db } from '../db/types';
import type { ContentCalendarItem } from '../../../shared/content/calendarItem';
import { encodeCalendarItems, type CalendarItemsPayload } from '../../../shared/content/calendarPayload';
import { MAX_LIST_DAYS, MAX_LIST_ITEMS, type ContentListFilter } from '../../../shared/content/model';
import { invalidInput } from '../errors';
import { countItemsStartingIn } from './repo';
import { listContentRows, loadWorkspaceContext, resolveRange } from './context';

/**
 * The calendar's and the board's items: the rows and warnings of `content.list`, reduced to what they
 * draw (see shared/content/calendarItem.ts), in the wire form of shared/content/calendarPayload.ts. Same
 * range rules and the same cap as `content.list`.
 */
export function listCalendarItems(db: Db, filter: ContentListFilter): CalendarItemsPayload {
  const wctx = loadWorkspaceContext(db, filter.workspaceId);
  const range = resolveRange(filter, wctx.timeZone, MAX_LIST_DAYS);
  const count = countItemsStartingIn(db, range.workspaceId, range.from, range.to);
  if (count > MAX_LIST_ITEMS) {
    throw invalidInput(
      ['to'],
      `This range holds ${count} items, more than the ${MAX_LIST_ITEMS} one call returns; narrow the range`,
      'paging.tooManyRows',
      { count, max: MAX_LIST_ITEMS },
    );
  }
  const { rows, warnings } = listContentRows(db, wctx, range);
  const items = rows.map((row): ContentCalendarItem => ({
    id: row.id,
    accountId: row.account_id,
    title: row.title,
    format: row.format,
    status: row.status,
    plannedAt: row.planned_at,
    plannedEndAt: row.planned_end_at,
    durationMinutes: row.duration_minutes,
    creatorId: row.creator_id,
    series: row.series_id
      ? { id: row.series_id, occurrenceAt: row.series_occurrence_at!, detached: row.series_detached === 1 }
      : null,
    warnings: (warnings.get(row.id) ?? [])
      .filter((w) => w.scope === 'item')
      .map(({ code, severity, params }) => ({ code, severity, params })),
  }));
  return encodeCalendarItems(items);
}
