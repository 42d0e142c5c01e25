import type { Db } from '../db/types';
import type { Page } from '../../../shared/api/paging';
import type { DeliverableRow } from '../offers/deliverablesRepo';
import { deliverableStatuses, type DeliverableStatus } from '../../../shared/domain/offer';
import type { DueBounds } from '../../../shared/domain/trackerFilters';
import { afterCursorSql, cursorParams, orderBySql, toPage, type SortKey } from '../paging/keyset';
import { prepared } from '../paging/statements';
import { DAY_MS } from '../../../shared/content/time';

/** A deliverable with what its view needs from the offer, read in the same query. */
export interface WorkspaceDeliverableRow extends DeliverableRow {
  offer_terms: string;
  creator_id: string | null;
  creator_name: string;
}

type PagedRow = WorkspaceDeliverableRow & { row_id: number };

// The offer by its primary key, for the rows of one page only (the filters and the order read no offer).
const selectWithOffer = `SELECT d.*, d.rowid AS row_id, o.terms AS offer_terms, o.creator_id, o.creator_name
  FROM offer_deliverables d JOIN offers o ON o.id = d.offer_id`;

/** What the tracker filters a workspace's deliverables by (the handler turns a due window into dates). */
export interface TrackerFilter extends DueBounds {
  workspaceId: string;
  statuses: readonly DeliverableStatus[] | null;
  creatorId: string | null;
  offerId: string | null;
}

/**
 * The WHERE clause and its parameters. Only brand deliverables carry a workspace (migration 0250), so the
 * workspace alone picks the brand side and reads its index without the offers; the creator is a set of the
 * workspace's offers (offers_by_creator). Each filter present adds a fixed piece, never `(@x IS NULL OR …)`,
 * which would keep SQLite off the indexes; the few combinations are each one cached statement.
 */
function whereOf(f: TrackerFilter, withStatuses: boolean) {
  const parts: string[] = ['d.workspace_id = @ws'];
  const params: Record<string, string> = { ws: f.workspaceId };
  const add = (sql: string, values: Record<string, string> = {}) => {
    parts.push(sql);
    Object.assign(params, values);
  };
  if (f.from !== null) add('d.due_on >= @from', { from: f.from });
  if (f.to !== null) add('d.due_on <= @to', { to: f.to });
  if (f.before !== null) add('d.due_on < @before', { before: f.before });
  if (f.open) add(`d.status IN (${openStatuses})`);
  if (withStatuses && f.statuses !== null) {
    add('d.status IN (SELECT value FROM json_each(@statuses))', { statuses: JSON.stringify(f.statuses) });
  }
  if (f.offerId !== null) add('d.offer_id = @offer', { offer: f.offerId });
  if (f.creatorId !== null) {
    add('d.offer_id IN (SELECT o.id FROM offers o WHERE o.creator_id = @creator AND o.workspace_id = @ws)', {
      creator: f.creatorId,
    });
  }
  return { sql: parts.join(' AND '), params };
}

// Not published, as literals: the count seeks each open status in (workspace_id, status, due_on).
const openStatuses = deliverableStatuses
  .filter((s) => s !== 'published')
  .map((s) => `'${s}'`)
  .join(', ');

/** By due date (either way); the rowid last, so a page never repeats or skips a row when offers are accepted meanwhile. */
const pageKeys = (dir: 'asc' | 'desc'): readonly SortKey[] => [
  { sql: 'd.due_on', dir },
  { sql: 'd.rowid', dir },
];

/**
 * One page of a workspace's brand-side deliverables under the tracker's filters, in due-date order through
 * the (workspace_id, due_on) index; the offer is joined for the page's rows only, the count reads none.
 */
export function pageWorkspaceDeliverables(
  db: Db,
  filter: TrackerFilter,
  dir: 'asc' | 'desc',
  cursor: string | undefined,
  limit: number,
): Page<WorkspaceDeliverableRow> {
  const where = whereOf(filter, true);
  const keys = pageKeys(dir);
  const after = cursor ? cursorParams(cursor, keys.length) : null;
  const rows = prepared<Record<string, unknown>, PagedRow>(
    db,
    `${selectWithOffer} WHERE ${where.sql}${after ? ` AND ${afterCursorSql(keys)}` : ''}
     ORDER BY ${orderBySql(keys)} LIMIT @limit`,
  ).all({ ...where.params, ...after, limit: limit + 1 });
  const total = prepared<Record<string, unknown>, { n: number }>(
    db,
    `SELECT count(*) AS n FROM offer_deliverables d WHERE ${where.sql}`,
  ).get(where.params)!.n;
  return toPage(
    rows,
    limit,
    total,
    (row) => [row.due_on, row.row_id],
    (row) => row,
  );
}

/**
 * Deliverables per status under the filters but the statuses, and how many are overdue (due before `today`
 * and not published): one pass over the (workspace_id, status, due_on) index.
 */
export function countWorkspaceDeliverables(
  db: Db,
  filter: TrackerFilter,
  today: string,
): { status: DeliverableStatus; n: number; overdue: number }[] {
  const where = whereOf(filter, false);
  return prepared<Record<string, unknown>, { status: DeliverableStatus; n: number; overdue: number }>(
    db,
    `SELECT d.status, count(*) AS n, sum(d.status <> 'published' AND d.due_on < @today) AS overdue
       FROM offer_deliverables d WHERE ${where.sql} GROUP BY d.status`,
  ).all({ ...where.params, today });
}

/** The calendar's read (exported so its test checks the query plan of this very statement). */
export const calendarDeliverablesSql = `SELECT d.*, o.terms AS offer_terms, o.creator_id, o.creator_name
       FROM content_items c
       JOIN offer_deliverables d ON d.content_item_id = c.id
       JOIN offers o ON o.id = d.offer_id
      WHERE c.workspace_id = @ws AND c.planned_at >= @dayBefore AND c.planned_at < @to
        AND (c.planned_at >= @from OR c.planned_end_at > @from) AND o.side = 'brand'
      ORDER BY c.planned_at, d.rowid`;

/**
 * Deliverables whose planned content item the calendar draws in `[from, to)` (UTC instants): items starting
 * in the range, and items (live sessions, at most a day long) that started earlier and run into it, as
 * content.calendarItems picks them. Read through the items' (workspace, planned_at) index from a day before
 * `from` and the deliverables' content-item index, so a month reads that month only.
 */
export function calendarDeliverableRows(
  db: Db,
  workspaceId: string,
  from: string,
  to: string,
): WorkspaceDeliverableRow[] {
  const dayBefore = new Date(Date.parse(from) - DAY_MS).toISOString();
  return prepared<Record<string, string>, WorkspaceDeliverableRow>(db, calendarDeliverablesSql).all({
    ws: workspaceId,
    dayBefore,
    from,
    to,
  });
}
