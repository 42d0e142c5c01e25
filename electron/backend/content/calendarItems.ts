import type { Db } from '../db/types';
import type { ContentCalendarItem } from '../../../shared/content/calendarItem';
import { encodeCalendarItems, type CalendarItemsPayload } from '../../../shared/content/calendarPayload';
import { guardrailItemFromRow, type StoredItemHead } from '../../../shared/content/guardrailRow';
import type { ContentListFilter } from '../../../shared/content/model';
import { DAY_MS } from '../../../shared/content/time';
import { calendarRows } from './calendarRepo';
import { listRange, matchesFields, matchesFilter, readWorkspaceContext } from './context';
import { iso, itemScopedWarnings } from './pageWarnings';
import { itemsStartingIn } from './repo';

/** What the calendar draws of a row; the lean calendar row and the full row both have it. */
type DrawnRow = StoredItemHead & {
  archived?: boolean;
  archived_at?: string | null;
  duration_minutes: number | null;
  product_ids_json: string;
  product_ids?: readonly string[] | undefined;
  series_id?: string | null | undefined;
  series_occurrence_at?: string | null | undefined;
  series_detached?: number | null | undefined;
};

/**
 * The calendar's and the board's items: the rows and warnings of `content.list`, reduced to what they
 * draw (see shared/content/calendarItem.ts), in the wire form of shared/content/calendarPayload.ts. Same
 * range rules and the same cap as `content.list`.
 *
 * The calendar shows item-scoped warnings only (week load is the week header's), so it reads the range
 * with the neighbours those rules need (a live session lasts at most a day: items from two days before
 * the range to a day after it), and only the columns it draws, instead of whole weeks of whole rows: a
 * month of a 40,000-item client was 2.9× the raw month query in CPU. A text search reads whole rows (it
 * matches tags, pillar and owner).
 */
export function listCalendarItems(db: Db, filter: ContentListFilter): CalendarItemsPayload {
  const wctx = readWorkspaceContext(db, filter.workspaceId);
  const range = listRange(db, wctx, filter);
  const spanFrom = iso(Date.parse(range.from) - 2 * DAY_MS);
  const spanTo = iso(Date.parse(range.to) + DAY_MS);
  const inRange = (row: DrawnRow) =>
    row.planned_at < range.to && (row.planned_at >= range.from || row.planned_end_at > range.from);
  const archivedToo = range.includeArchived === true;
  let all: readonly DrawnRow[];
  let rows: readonly DrawnRow[];
  if (range.search) {
    const full = itemsStartingIn(db, range.workspaceId, spanFrom, spanTo, archivedToo);
    all = full;
    rows = full.filter((row) => inRange(row) && matchesFilter(wctx, row, range));
  } else {
    all = calendarRows(db, range.workspaceId, spanFrom, spanTo, archivedToo);
    rows = all.filter((row) => inRange(row) && matchesFields(wctx, row, range));
  }
  // Shown archived items are off the plan: the rules read the others only, and say nothing about them.
  const isArchived = (row: DrawnRow) => row.archived === true || (row.archived_at ?? null) !== null;
  if (archivedToo) all = all.filter((row) => !isArchived(row));
  const warnings = itemScopedWarnings(
    db,
    wctx,
    range,
    rows.map(guardrailItemFromRow),
    all.map(guardrailItemFromRow),
  );
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
    archived: isArchived(row),
    warnings: (isArchived(row) ? [] : (warnings.get(row.id) ?? [])).map(({ code, severity, params }) => ({
      code,
      severity,
      params,
    })),
  }));
  return encodeCalendarItems(items);
}
