import type { Db } from '../db/types';
import type { Page } from '../../../shared/api/paging';
import type { DeliverableRow } from '../offers/repo';
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

const selectWithOffer = `SELECT d.*, d.rowid AS row_id, o.terms AS offer_terms, o.creator_id, o.creator_name
  FROM offer_deliverables d JOIN offers o ON o.id = d.offer_id`;

/** By due date; the rowid last, so a page never repeats or skips a row when offers are accepted meanwhile. */
const pageKeys: readonly SortKey[] = [
  { sql: 'd.due_on', dir: 'asc' },
  { sql: 'd.rowid', dir: 'asc' },
];

/**
 * One page of a workspace's brand-side deliverables (the offers of the other side have none), optionally
 * within inclusive due dates. The due-date bounds pick one of four fixed statements instead of
 * `(@from IS NULL OR …)`, which would keep SQLite off the due-date index.
 */
export function pageWorkspaceDeliverables(
  db: Db,
  workspaceId: string,
  from: string | null,
  to: string | null,
  cursor: string | undefined,
  limit: number,
): Page<WorkspaceDeliverableRow> {
  const filter = [
    "o.workspace_id = @ws AND o.side = 'brand'",
    ...(from === null ? [] : ['d.due_on >= @from']),
    ...(to === null ? [] : ['d.due_on <= @to']),
  ].join(' AND ');
  const params = { ws: workspaceId, ...(from === null ? {} : { from }), ...(to === null ? {} : { to }) };
  const after = cursor ? cursorParams(cursor, pageKeys.length) : null;
  const rows = prepared<Record<string, unknown>, PagedRow>(
    db,
    `${selectWithOffer} WHERE ${filter}${after ? ` AND ${afterCursorSql(pageKeys)}` : ''}
     ORDER BY ${orderBySql(pageKeys)} LIMIT @limit`,
  ).all({ ...params, ...after, limit: limit + 1 });
  const total = prepared<Record<string, unknown>, { n: number }>(
    db,
    `SELECT count(*) AS n FROM offer_deliverables d JOIN offers o ON o.id = d.offer_id WHERE ${filter}`,
  ).get(params)!.n;
  return toPage(
    rows,
    limit,
    total,
    (row) => [row.due_on, row.row_id],
    (row) => row,
  );
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
