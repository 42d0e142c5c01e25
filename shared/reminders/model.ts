import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { wallTimeToInstant } from '../parsing/timeZone';
import { HOUR_MS } from '../content/time';
import { instantSchema } from '../content/model';
import { pageInputShape } from '../api/paging';

/**
 * Reminders (issue 11 §3): work that needs the planner's attention soon. Computed on every read from
 * deliverables, offers and approvals; only dismissals and snoozes are stored.
 */
export const reminderKinds = [
  'deliverable_overdue',
  'deliverable_due',
  'offer_expiring',
  'approval_pending',
] as const;
export const reminderKindSchema = z.enum(reminderKinds);
export type ReminderKind = z.infer<typeof reminderKindSchema>;

/** How far ahead each kind warns: a deliverable a day before its due date ends, an offer two days before. */
export const reminderLeadMs = {
  deliverable_due: 24 * HOUR_MS,
  offer_expiring: 48 * HOUR_MS,
} as const;

/** Most urgent first when deadlines tie: overdue work before work still due. */
export const reminderKindOrder: Record<ReminderKind, number> = {
  deliverable_overdue: 0,
  deliverable_due: 1,
  offer_expiring: 2,
  approval_pending: 3,
};

/** The instant a civil date ends in a zone (the whole due/expiry day still counts). */
export function endOfDayMs(civilDate: string, timeZone: string): number {
  const [year, month, day] = civilDate.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return wallTimeToInstant(
    {
      year: next.getUTCFullYear(),
      month: next.getUTCMonth() + 1,
      day: next.getUTCDate(),
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0,
    },
    timeZone,
  );
}

/** Which reminder an unpublished deliverable raises now, if any. */
export function deliverableReminderKind(
  deadlineMs: number,
  nowMs: number,
): 'deliverable_overdue' | 'deliverable_due' | null {
  if (nowMs >= deadlineMs) return 'deliverable_overdue';
  if (deadlineMs - nowMs <= reminderLeadMs.deliverable_due) return 'deliverable_due';
  return null;
}

/** Whether an offer still in negotiation expires within the lead time (an expired one no longer can). */
export function offerExpiresSoon(deadlineMs: number, nowMs: number): boolean {
  return deadlineMs > nowMs && deadlineMs - nowMs <= reminderLeadMs.offer_expiring;
}

/**
 * Stable keys naming the subject and its deadline: a dismissed reminder stays dismissed until the deadline
 * (or, for approvals, the revision sent to the client) changes.
 */
export const reminderKey = {
  deliverable: (deliverableId: string, dueOn: string) => `deliverable:${deliverableId}:${dueOn}`,
  offer: (offerId: string, expiresOn: string) => `offer:${offerId}:${expiresOn}`,
  approval: (itemId: string, revision: number) => `approval:${itemId}:${revision}`,
};

export const reminderSchema = z.object({
  key: z.string(),
  kind: reminderKindSchema,
  workspaceId: idSchema,
  workspaceName: z.string(),
  /** The deadline: end of the due/expiry day; for approvals the item's planned time. */
  at: z.string(),
  /** What it is about, for the list: the item's title, or the offer's title and creator. */
  title: z.string(),
  creatorName: z.string().nullable(),
  offerId: idSchema.nullable(),
  contentItemId: idSchema.nullable(),
});
export type Reminder = z.infer<typeof reminderSchema>;

export const MAX_REMINDERS = 200;

export const remindersListInputSchema = z.strictObject({
  /** One workspace; without it, every workspace (an agency's clients). */
  workspaceId: idSchema.optional(),
  limit: z.number().int().min(1).max(MAX_REMINDERS).default(50),
  /** The `nextCursor` of the previous page: the position of its last reminder (kind, deadline, key). */
  cursor: pageInputShape.cursor,
});

export const remindersListOutputSchema = z.object({
  items: z.array(reminderSchema),
  /** All reminders due now; `items` holds `limit` of them after the cursor, most urgent first. */
  total: z.number().int(),
  /** Null on the last page. */
  nextCursor: z.string().nullable(),
});

export const reminderDismissInputSchema = z.strictObject({
  workspaceId: idSchema,
  key: z.string().min(1).max(200),
  /** Hide until this instant; without it the reminder is dismissed for good. */
  snoozeUntil: instantSchema.optional(),
});
