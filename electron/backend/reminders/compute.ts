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
import type { Page } from '../../../shared/api/paging';
import { cursorParams, toPage } from '../paging/keyset';
import { invalidInput } from '../errors';
import { dueDeliverables, expiringOffers, pendingApprovals } from './repo';

const civil = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Every reminder due at `nowMs`, most urgent first, without the dismissed and the snoozed (left out by the
 * queries). Three set queries whatever the number of workspaces, each bounded by its window; the exact
 * deadlines are applied here in each offer's zone, to the day of margin the queries read either side.
 */
function computeReminders(
  db: Db,
  workspaceId: string | null,
  nowMs: number,
): { reminder: Reminder; atMs: number }[] {
  const now = new Date(nowMs).toISOString();
  const timed: { reminder: Reminder; atMs: number }[] = [];
  const add = (reminder: Reminder) => timed.push({ reminder, atMs: Date.parse(reminder.at) });
  // A big client's overdue work shares few due days and one zone: each deadline is worked out once
  // (through the zone's wall-clock rules, the costliest step per reminder), not once per deliverable.
  const deadlines = new Map<string, number>();
  const endOfDay = (date: string, zone: string) => {
    const key = `${date}|${zone}`;
    let ms = deadlines.get(key);
    if (ms === undefined) {
      ms = endOfDayMs(date, zone);
      deadlines.set(key, ms);
    }
    return ms;
  };
  // Zones run from UTC−12 to UTC+14: a day of margin either side of the UTC date covers every one.
  for (const d of dueDeliverables(db, workspaceId, civil(nowMs + 2 * DAY_MS), now)) {
    const deadline = endOfDay(d.due_on, d.time_zone);
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
    const deadline = endOfDay(o.expires_on, o.time_zone);
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
  return timed.sort((a, b) => compare(position(a), position(b)));
}

/** Where a reminder sits in the list: its kind's urgency, its deadline, its key (unique per workspace). */
type Position = [number, number, string];
const position = (t: { reminder: Reminder; atMs: number }): Position => [
  reminderKindOrder[t.reminder.kind],
  t.atMs,
  `${t.reminder.workspaceId}|${t.reminder.key}`,
];
const compare = (a: Position, b: Position) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]);

/** A cursor's position, refused like any list's foreign cursor when it is not one of these lists'. */
function positionOf(cursor: string): Position {
  const [urgency, atMs, key] = Object.values(cursorParams(cursor, 3));
  if (typeof urgency === 'number' && typeof atMs === 'number' && typeof key === 'string') {
    return [urgency, atMs, key];
  }
  throw invalidInput(
    ['cursor'],
    'This page position is not valid for this list; start again from the first page',
    'paging.badCursor',
  );
}

/**
 * One page of the reminders due at `nowMs`, after the cursor's position: a keyset on (urgency, deadline,
 * key), so a reminder raised or dismissed between pages neither repeats nor skips another one.
 */
export function pageReminders(
  db: Db,
  workspaceId: string | null,
  nowMs: number,
  cursor: string | undefined,
  limit: number,
): Page<Reminder> {
  const all = computeReminders(db, workspaceId, nowMs);
  const after = cursor ? positionOf(cursor) : null;
  const from = after ? all.findIndex((t) => compare(position(t), after) > 0) : 0;
  const rest = from < 0 ? [] : all.slice(from, from + limit + 1);
  return toPage(rest, limit, all.length, position, (t) => t.reminder);
}
