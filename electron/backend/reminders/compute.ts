import type { Db } from '../db/types';
import {
  reminderKindOrder,
  reminderKinds,
  reminderLeadMs,
  type Reminder,
  type ReminderKind,
} from '../../../shared/reminders/model';
import { DAY_MS } from '../../../shared/content/time';
import type { Page } from '../../../shared/api/paging';
import { cursorParams, toPage } from '../paging/keyset';
import { invalidInput } from '../errors';
import { reminderPage, type ReminderRow } from './repo';

const civil = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Where a reminder sits in the list: its kind's urgency, its deadline, `workspace|key` (unique). */
type Position = [number, number, string];
const position = (r: ReminderRow): Position => [r.urgency, r.at_ms, `${r.workspace_id}|${r.reminder_key}`];
/** Before every reminder: the first page starts after it. */
const START = { urgency: -1, atMs: 0, key: '' };

/** A cursor's position, refused like any list's foreign cursor when it is not one of these lists'. */
function positionOf(cursor: string): { urgency: number; atMs: number; key: string } {
  const [urgency, atMs, key] = Object.values(cursorParams(cursor, 3));
  if (typeof urgency === 'number' && typeof atMs === 'number' && typeof key === 'string') {
    return { urgency, atMs, key };
  }
  throw invalidInput(
    ['cursor'],
    'This page position is not valid for this list; start again from the first page',
    'paging.badCursor',
  );
}

/** The kind each urgency stands for (the SQL writes a kind's urgency, reminderKindOrder). */
const kindOfUrgency = new Map<number, ReminderKind>(reminderKinds.map((k) => [reminderKindOrder[k], k]));

/** The reminder a row of the bell's list is; the row's urgency is its kind's (reminderKindOrder). */
function toReminder(r: ReminderRow): Reminder {
  return {
    key: r.reminder_key,
    kind: kindOfUrgency.get(r.urgency)!,
    workspaceId: r.workspace_id,
    workspaceName: r.workspace_name,
    at: r.at_text ?? new Date(r.at_ms).toISOString(),
    title: r.title,
    creatorName: r.creator_name,
    offerId: r.offer_id,
    contentItemId: r.content_item_id,
  };
}

/**
 * One page of the reminders due at `nowMs`, after the cursor's position: a keyset on (urgency, deadline,
 * workspace|key), so a reminder raised or dismissed between pages neither repeats nor skips another one.
 * The page and the total come from SQLite (repo.ts), read in one transaction so they agree; no reminder
 * beyond the page is built. Dismissed and snoozed reminders are left out there.
 */
export function pageReminders(
  db: Db,
  workspaceId: string | null,
  nowMs: number,
  cursor: string | undefined,
  limit: number,
): Page<Reminder> {
  const after = cursor ? positionOf(cursor) : START;
  const { rows, total } = db.transaction(() =>
    reminderPage(
      db,
      {
        workspaceId,
        nowMs,
        now: new Date(nowMs).toISOString(),
        // Zones run from UTC−12 to UTC+14: a day of margin either side of the UTC date covers every one.
        maxDueOn: civil(nowMs + 2 * DAY_MS),
        minExpiresOn: civil(nowMs - DAY_MS),
        maxExpiresOn: civil(nowMs + 3 * DAY_MS),
        deliverableLeadMs: reminderLeadMs.deliverable_due,
        offerLeadMs: reminderLeadMs.offer_expiring,
      },
      after,
      limit + 1,
    ),
  )();
  return toPage(rows, limit, total, position, toReminder);
}
