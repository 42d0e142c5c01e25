import type { Db } from '../db/types';
import { expirableOfferStates } from '../../../shared/domain/offerStateMachine';
import { deliverableStatuses } from '../../../shared/domain/offer';
import { prepared } from '../paging/statements';
import { endOfDayMs, reminderKindOrder } from '../../../shared/reminders/model';

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
     WHERE (@ws IS NULL OR w.id = @ws) AND o.state = 'accepted'
       AND (c.id IS NULL OR (c.status <> 'cancelled' AND c.archived_at IS NULL))
       AND ${notHidden(`'deliverable:' || d.id || ':' || d.due_on`)}`;

export const expiringOffersSql = `SELECT o.id, json_extract(o.terms, '$.title') AS offer_title, o.creator_name,
       json_extract(o.terms, '$.expiresOn') AS expires_on, json_extract(o.terms, '$.timeZone') AS time_zone,
       w.id AS workspace_id, w.name AS workspace_name
     FROM workspaces w
       CROSS JOIN offers o ON o.workspace_id = w.id AND o.state IN (${expirable})
         AND json_extract(o.terms, '$.expiresOn') BETWEEN @minOn AND @maxOn
     WHERE (@ws IS NULL OR w.id = @ws) AND o.side = 'brand'
       AND ${notHidden(`'offer:' || o.id || ':' || json_extract(o.terms, '$.expiresOn')`)}`;

export const pendingApprovalsSql = `SELECT a.item_id, c.title, c.planned_at, a.revision, w.id AS workspace_id,
       w.name AS workspace_name
     FROM workspaces w
       CROSS JOIN content_approvals a ON a.workspace_id = w.id AND a.state = 'pending'
       JOIN content_items c ON c.id = a.item_id
     WHERE (@ws IS NULL OR w.id = @ws) AND c.status NOT IN ('published', 'cancelled') AND c.archived_at IS NULL
       AND ${notHidden(`'approval:' || a.item_id || ':' || a.revision`)}`;

/*
 * The bell's list in SQL (issue 13): the three reads above as one ordered list, so a page of 50 and the
 * total are answered by SQLite (a bounded top-N sort and a count) instead of building every reminder in
 * JavaScript to keep 50. A deadline is the end of a civil day in the offer's zone: `reminder_day_end_ms`
 * works it out through the zone's rules (shared/reminders/model.ts endOfDayMs, registered per connection
 * below); an approval's deadline is its planned instant. The kinds' windows are the rules of
 * deliverableReminderKind and offerExpiresSoon, and the keys reminderKey's.
 */
const urgency = reminderKindOrder;
const remindersSql = `WITH
  deliverables AS (SELECT *, reminder_day_end_ms(due_on, time_zone) AS at_ms FROM (${dueDeliverablesSql})),
  offers_expiring AS (
    SELECT *, reminder_day_end_ms(expires_on, time_zone) AS at_ms FROM (${expiringOffersSql})),
  reminders AS (
    SELECT CASE WHEN at_ms <= @nowMs THEN ${urgency.deliverable_overdue} ELSE ${urgency.deliverable_due} END
          AS urgency, at_ms,
        'deliverable:' || id || ':' || due_on AS reminder_key, workspace_id, workspace_name,
        coalesce(item_title, offer_title) AS title, creator_name, offer_id, content_item_id, NULL AS at_text
      FROM deliverables WHERE at_ms - @nowMs <= @deliverableLeadMs
    UNION ALL
    SELECT ${urgency.offer_expiring}, at_ms, 'offer:' || id || ':' || expires_on, workspace_id, workspace_name, offer_title,
        creator_name, id, NULL, NULL
      FROM offers_expiring WHERE at_ms > @nowMs AND at_ms - @nowMs <= @offerLeadMs
    UNION ALL
    SELECT ${urgency.approval_pending}, reminder_instant_ms(planned_at), 'approval:' || item_id || ':' || revision, workspace_id,
        workspace_name, title, NULL, NULL, item_id, planned_at
      FROM (${pendingApprovalsSql}))`;

/** A page after the position (urgency, deadline, workspace|key): that order, unique per reminder. */
export const remindersPageSql = `${remindersSql}
  SELECT * FROM reminders
  WHERE (urgency, at_ms, workspace_id || '|' || reminder_key) > (@afterUrgency, @afterAtMs, @afterKey)
  ORDER BY urgency, at_ms, workspace_id || '|' || reminder_key LIMIT @limit`;

export const remindersCountSql = `${remindersSql} SELECT COUNT(*) AS n FROM reminders`;

export interface ReminderRow {
  urgency: number;
  at_ms: number;
  reminder_key: string;
  workspace_id: string;
  workspace_name: string;
  title: string;
  creator_name: string | null;
  offer_id: string | null;
  content_item_id: string | null;
  /** An approval's planned time as stored; null for deadlines, which are `at_ms`. */
  at_text: string | null;
}

export interface ReminderWindow {
  workspaceId: string | null;
  nowMs: number;
  now: string;
  /** Civil-date bounds with a day of margin for every zone (the exact deadlines are applied in SQL). */
  maxDueOn: string;
  minExpiresOn: string;
  maxExpiresOn: string;
  deliverableLeadMs: number;
  offerLeadMs: number;
}

const windowParams = (w: ReminderWindow) => ({
  ws: w.workspaceId,
  now: w.now,
  nowMs: w.nowMs,
  maxDue: w.maxDueOn,
  minOn: w.minExpiresOn,
  maxOn: w.maxExpiresOn,
  deliverableLeadMs: w.deliverableLeadMs,
  offerLeadMs: w.offerLeadMs,
});

type Params = Record<string, string | number | null>;

/** `limit` reminders after the position, most urgent first, and how many are due in all. */
export function reminderPage(
  db: Db,
  window: ReminderWindow,
  after: { urgency: number; atMs: number; key: string },
  limit: number,
): { rows: ReminderRow[]; total: number } {
  registerReminderFunctions(db);
  const params = windowParams(window);
  const rows = prepared<Params, ReminderRow>(db, remindersPageSql).all({
    ...params,
    afterUrgency: after.urgency,
    afterAtMs: after.atMs,
    afterKey: after.key,
    limit,
  });
  const total = prepared<Params, { n: number }>(db, remindersCountSql).get(params)!.n;
  return { rows, total };
}

const registered = new WeakSet<Db>();

/**
 * The deadline functions the bell's SQL calls, once per connection. Deterministic, so SQLite may reuse a
 * result within a statement; the zone's rules are still the costliest step per row, and a big client's
 * overdue work shares few due days and one zone, so each (day, zone) is worked out once per connection.
 */
export function registerReminderFunctions(db: Db): void {
  if (registered.has(db)) return;
  const dayEnds = new Map<string, number>();
  db.function('reminder_day_end_ms', { deterministic: true }, (date: unknown, zone: unknown) => {
    const key = `${String(date)}|${String(zone)}`;
    let ms = dayEnds.get(key);
    if (ms === undefined) {
      if (dayEnds.size > 10_000) dayEnds.clear();
      ms = endOfDayMs(String(date), String(zone));
      dayEnds.set(key, ms);
    }
    return ms;
  });
  db.function('reminder_instant_ms', { deterministic: true }, (iso: unknown) => Date.parse(String(iso)));
  registered.add(db);
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
