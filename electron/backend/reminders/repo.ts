import type { Db } from '../db/types';
import { expirableOfferStates } from '../../../shared/domain/offerStateMachine';
import { deliverableStatuses } from '../../../shared/domain/offer';
import { prepared } from '../paging/statements';

/*
 * The reminders' reads (issue 11 §3, bounded for agency scale in issue 13). Each is one set query per call,
 * bounded by its due window, for one workspace or (`@ws` null) every workspace. CROSS JOIN keeps the small
 * workspaces table the outer loop, so `(@ws IS NULL OR w.id = @ws)` only picks workspaces and each one's
 * rows are sought through its own index; on the big tables that test kept SQLite off the workspace indexes
 * (every workspace's deliverables since the first were read through the global due-date index, published
 * ones included). Dismissed and still-snoozed reminders are left out in SQL through reminder_dismissals'
 * primary key, so neither the hidden rows nor the whole dismissal history is loaded. The keys spelled here
 * are reminderKey's (shared/reminders/model.ts); snoozes are stored as ISO instants (instantSchema), so
 * they compare as text. Exported so the query-plan test explains these very statements.
 */

const notHidden = (key: string) =>
  `NOT EXISTS (SELECT 1 FROM reminder_dismissals r WHERE r.workspace_id = w.id
     AND r.reminder_key = ${key} AND (r.snoozed_until IS NULL OR r.snoozed_until > @now))`;

// The open statuses as literals from the constant, so the planner seeks each in the status index.
const openStatuses = deliverableStatuses
  .filter((s) => s !== 'published')
  .map((s) => `'${s}'`)
  .join(', ');
// The partial index offers_open_by_expiry (0140) applies only when the query repeats its IN list.
const expirable = expirableOfferStates.map((s) => `'${s}'`).join(', ');

export const dueDeliverablesSql = `SELECT d.id, d.due_on, d.content_item_id, c.title AS item_title,
       o.id AS offer_id, json_extract(o.terms, '$.title') AS offer_title, o.creator_name,
       json_extract(o.terms, '$.timeZone') AS time_zone, w.id AS workspace_id, w.name AS workspace_name
     FROM workspaces w
       CROSS JOIN offer_deliverables d INDEXED BY offer_deliverables_by_workspace_status
         ON d.workspace_id = w.id AND d.status IN (${openStatuses}) AND d.due_on <= @maxDue
       JOIN offers o ON o.id = d.offer_id
       LEFT JOIN content_items c ON c.id = d.content_item_id
     WHERE (@ws IS NULL OR w.id = @ws) AND o.state = 'accepted' AND (c.id IS NULL OR c.status <> 'cancelled')
       AND ${notHidden(`'deliverable:' || d.id || ':' || d.due_on`)}
     ORDER BY d.due_on, d.rowid`;

export const expiringOffersSql = `SELECT o.id, json_extract(o.terms, '$.title') AS offer_title, o.creator_name,
       json_extract(o.terms, '$.expiresOn') AS expires_on, json_extract(o.terms, '$.timeZone') AS time_zone,
       w.id AS workspace_id, w.name AS workspace_name
     FROM workspaces w
       CROSS JOIN offers o ON o.workspace_id = w.id AND o.state IN (${expirable})
         AND json_extract(o.terms, '$.expiresOn') BETWEEN @minOn AND @maxOn
     WHERE (@ws IS NULL OR w.id = @ws) AND o.side = 'brand'
       AND ${notHidden(`'offer:' || o.id || ':' || json_extract(o.terms, '$.expiresOn')`)}
     ORDER BY expires_on, o.rowid`;

export const pendingApprovalsSql = `SELECT a.item_id, c.title, c.planned_at, a.revision, w.id AS workspace_id,
       w.name AS workspace_name
     FROM workspaces w
       CROSS JOIN content_approvals a ON a.workspace_id = w.id AND a.state = 'pending'
       JOIN content_items c ON c.id = a.item_id
     WHERE (@ws IS NULL OR w.id = @ws) AND c.status NOT IN ('published', 'cancelled')
       AND ${notHidden(`'approval:' || a.item_id || ':' || a.revision`)}
     ORDER BY c.planned_at, c.rowid`;

export interface DueDeliverableRow {
  id: string;
  due_on: string;
  content_item_id: string | null;
  item_title: string | null;
  offer_id: string;
  offer_title: string;
  creator_name: string;
  time_zone: string;
  workspace_id: string;
  workspace_name: string;
}

/**
 * Unpublished deliverables of accepted offers due on or before `maxDueOn` (a civil date with a day of margin
 * for every zone; the caller applies the exact deadline in the offer's zone), not dismissed or snoozed at
 * `now`. Read through offer_deliverables_by_workspace_status (0250): open statuses only, up to the window.
 */
export function dueDeliverables(
  db: Db,
  workspaceId: string | null,
  maxDueOn: string,
  now: string,
): DueDeliverableRow[] {
  return prepared<Record<string, string | null>, DueDeliverableRow>(db, dueDeliverablesSql).all({
    ws: workspaceId,
    maxDue: maxDueOn,
    now,
  });
}

export interface ExpiringOfferRow {
  id: string;
  offer_title: string;
  creator_name: string;
  expires_on: string;
  time_zone: string;
  workspace_id: string;
  workspace_name: string;
}

/**
 * Offers still in negotiation whose expiry date lies in [minOn, maxOn] (civil dates with a day's margin),
 * not dismissed or snoozed at `now`: a range of offers_open_by_expiry per workspace.
 */
export function expiringOffers(
  db: Db,
  workspaceId: string | null,
  minOn: string,
  maxOn: string,
  now: string,
): ExpiringOfferRow[] {
  return prepared<Record<string, string | null>, ExpiringOfferRow>(db, expiringOffersSql).all({
    ws: workspaceId,
    minOn,
    maxOn,
    now,
  });
}

export interface PendingApprovalRow {
  item_id: string;
  title: string;
  planned_at: string;
  revision: number;
  workspace_id: string;
  workspace_name: string;
}

/** Items sent to the client and not answered yet, still to be published (content_approvals_by_state). */
export function pendingApprovals(db: Db, workspaceId: string | null, now: string): PendingApprovalRow[] {
  return prepared<Record<string, string | null>, PendingApprovalRow>(db, pendingApprovalsSql).all({
    ws: workspaceId,
    now,
  });
}

export interface DismissalRow {
  workspace_id: string;
  reminder_key: string;
  snoozed_until: string | null;
}

export function upsertDismissal(db: Db, row: DismissalRow & { dismissed_at: string }): void {
  prepared(
    db,
    `INSERT INTO reminder_dismissals (workspace_id, reminder_key, snoozed_until, dismissed_at)
     VALUES (@workspace_id, @reminder_key, @snoozed_until, @dismissed_at)
     ON CONFLICT (workspace_id, reminder_key) DO UPDATE SET snoozed_until = excluded.snoozed_until,
       dismissed_at = excluded.dismissed_at`,
  ).run(row);
}
