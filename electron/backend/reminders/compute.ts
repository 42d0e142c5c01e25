import type { Db } from '../db/types';
import {
  deliverableReminderKind,
  endOfDayMs,
  offerExpiresSoon,
  reminderKey,
  reminderKindOrder,
  type Reminder,
} from '../../../shared/reminders/model';
import { DAY_MS } from '../../../shared/content/time';
import { dueDeliverables, expiringOffers, pendingApprovals } from './repo';

const civil = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Every reminder due at `nowMs`, most urgent first, without the dismissed and the snoozed (left out by the
 * queries). Three set queries whatever the number of workspaces, each bounded by its window; the exact
 * deadlines are applied here in each offer's zone, to the day of margin the queries read either side.
 */
export function computeReminders(db: Db, workspaceId: string | null, nowMs: number): Reminder[] {
  const now = new Date(nowMs).toISOString();
  const reminders: Reminder[] = [];
  const add = (r: Reminder) => reminders.push(r);
  // Zones run from UTC−12 to UTC+14: a day of margin either side of the UTC date covers every one.
  for (const d of dueDeliverables(db, workspaceId, civil(nowMs + 2 * DAY_MS), now)) {
    const deadline = endOfDayMs(d.due_on, d.time_zone);
    const kind = deliverableReminderKind(deadline, nowMs);
    if (!kind) continue;
    add({
      key: reminderKey.deliverable(d.id, d.due_on),
      kind,
      workspaceId: d.workspace_id,
      workspaceName: d.workspace_name,
      at: new Date(deadline).toISOString(),
      title: d.item_title ?? d.offer_title,
      creatorName: d.creator_name,
      offerId: d.offer_id,
      contentItemId: d.content_item_id,
    });
  }
  for (const o of expiringOffers(db, workspaceId, civil(nowMs - DAY_MS), civil(nowMs + 3 * DAY_MS), now)) {
    const deadline = endOfDayMs(o.expires_on, o.time_zone);
    if (!offerExpiresSoon(deadline, nowMs)) continue;
    add({
      key: reminderKey.offer(o.id, o.expires_on),
      kind: 'offer_expiring',
      workspaceId: o.workspace_id,
      workspaceName: o.workspace_name,
      at: new Date(deadline).toISOString(),
      title: o.offer_title,
      creatorName: o.creator_name,
      offerId: o.id,
      contentItemId: null,
    });
  }
  for (const a of pendingApprovals(db, workspaceId, now)) {
    add({
      key: reminderKey.approval(a.item_id, a.revision),
      kind: 'approval_pending',
      workspaceId: a.workspace_id,
      workspaceName: a.workspace_name,
      at: a.planned_at,
      title: a.title,
      creatorName: null,
      offerId: null,
      contentItemId: a.item_id,
    });
  }
  return reminders.sort(
    (a, b) =>
      reminderKindOrder[a.kind] - reminderKindOrder[b.kind] ||
      Date.parse(a.at) - Date.parse(b.at) ||
      a.key.localeCompare(b.key),
  );
}
