import type { Db } from '../db/types';
import type { ContentCalendarItem } from '../../../shared/content/calendarItem';
import { encodeCalendarItems, type CalendarItemsPayload } from '../../../shared/content/calendarPayload';
import type { ContentListFilter } from '../../../shared/content/model';
import { listContentRows, listRange, loadWorkspaceContext } from './context';

/**
 * The calendar's and the board's items: the rows and warnings of `content.list`, reduced to what they
 * draw (see shared/content/calendarItem.ts), in the wire form of shared/content/calendarPayload.ts. Same
 * range rules and the same cap as `content.list`.
 */
export function listCalendarItems(db: Db, filter: ContentListFilter): CalendarItemsPayload {
  const wctx = loadWorkspaceContext(db, filter.workspaceId);
  const { rows, warnings } = listContentRows(db, wctx, listRange(db, wctx, filter));
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
