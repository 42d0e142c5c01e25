import type { Db } from '../db/types';
import { expirableOfferStates } from '../../../shared/domain/offerStateMachine';
import { prepared } from '../paging/statements';

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
 * for every zone; the caller applies the exact deadline in the offer's zone). One query for all workspaces.
 */
export function dueDeliverables(db: Db, workspaceId: string | null, maxDueOn: string): DueDeliverableRow[] {
  return prepared<{ ws: string | null; maxDue: string }, DueDeliverableRow>(
    db,
    `SELECT d.id, d.due_on, d.content_item_id, c.title AS item_title, o.id AS offer_id,
       json_extract(o.terms, '$.title') AS offer_title, o.creator_name,
       json_extract(o.terms, '$.timeZone') AS time_zone, o.workspace_id, w.name AS workspace_name
     FROM offer_deliverables d
       JOIN offers o ON o.id = d.offer_id
       JOIN workspaces w ON w.id = o.workspace_id
       LEFT JOIN content_items c ON c.id = d.content_item_id
     WHERE o.side = 'brand' AND o.state = 'accepted' AND d.status <> 'published' AND d.due_on <= @maxDue
       AND (@ws IS NULL OR o.workspace_id = @ws)
       AND (c.id IS NULL OR c.status <> 'cancelled')
     ORDER BY d.due_on, d.rowid`,
  ).all({ ws: workspaceId, maxDue: maxDueOn });
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

/** Offers still in negotiation whose expiry date lies in [minOn, maxOn] (civil dates with a day's margin). */
export function expiringOffers(
  db: Db,
  workspaceId: string | null,
  minOn: string,
  maxOn: string,
): ExpiringOfferRow[] {
  return prepared<{ ws: string | null; minOn: string; maxOn: string; states: string }, ExpiringOfferRow>(
    db,
    `SELECT o.id, json_extract(o.terms, '$.title') AS offer_title, o.creator_name,
       json_extract(o.terms, '$.expiresOn') AS expires_on, json_extract(o.terms, '$.timeZone') AS time_zone,
       o.workspace_id, w.name AS workspace_name
     FROM offers o JOIN workspaces w ON w.id = o.workspace_id
     WHERE o.side = 'brand' AND o.state IN (SELECT value FROM json_each(@states))
       AND json_extract(o.terms, '$.expiresOn') BETWEEN @minOn AND @maxOn
       AND (@ws IS NULL OR o.workspace_id = @ws)
     ORDER BY expires_on, o.rowid`,
  ).all({ ws: workspaceId, minOn, maxOn, states: JSON.stringify(expirableOfferStates) });
}

export interface PendingApprovalRow {
  item_id: string;
  title: string;
  planned_at: string;
  revision: number;
  workspace_id: string;
  workspace_name: string;
}

/** Items sent to the client and not answered yet, still to be published. */
export function pendingApprovals(db: Db, workspaceId: string | null): PendingApprovalRow[] {
  return prepared<{ ws: string | null }, PendingApprovalRow>(
    db,
    `SELECT a.item_id, c.title, c.planned_at, a.revision, a.workspace_id, w.name AS workspace_name
     FROM content_approvals a
       JOIN content_items c ON c.id = a.item_id
       JOIN workspaces w ON w.id = a.workspace_id
     WHERE a.state = 'pending' AND c.status NOT IN ('published', 'cancelled')
       AND (@ws IS NULL OR a.workspace_id = @ws)
     ORDER BY c.planned_at, c.rowid`,
  ).all({ ws: workspaceId });
}

export interface DismissalRow {
  workspace_id: string;
  reminder_key: string;
  snoozed_until: string | null;
}

export function dismissals(db: Db, workspaceId: string | null): DismissalRow[] {
  return prepared<{ ws: string | null }, DismissalRow>(
    db,
    `SELECT workspace_id, reminder_key, snoozed_until FROM reminder_dismissals
     WHERE @ws IS NULL OR workspace_id = @ws`,
  ).all({ ws: workspaceId });
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
