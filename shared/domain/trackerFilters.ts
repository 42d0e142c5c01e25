import { z } from 'zod';
import { idSchema } from './ids';
import { addDays } from './dates';
import { deliverableStatusSchema, deliverableStatuses } from './offer';

/**
 * The workspace deliverables tracker's filters (交付跟踪, issue 13). Due windows follow the reminders'
 * deadlines (shared/reminders/model.ts): a deliverable is due until its due day ends in the workspace's
 * zone, so "within 24 h" is the deliverables due today, "within 7 days" those due today and the six days
 * after, and "overdue" those whose due day has ended. A published deliverable is done: no window holds it.
 */
export const dueWindows = ['overdue', 'within24h', 'within7d'] as const;
export const dueWindowSchema = z.enum(dueWindows);
export type DueWindow = z.infer<typeof dueWindowSchema>;

/** The due-date bounds a read applies: inclusive `from`/`to`, `before` (exclusive), and whether only unpublished. */
export interface DueBounds {
  from: string | null;
  to: string | null;
  before: string | null;
  open: boolean;
}

const later = (a: string | null, b: string) => (a === null || b > a ? b : a);
const earlier = (a: string | null, b: string) => (a === null || b < a ? b : a);

/**
 * The due window (given today's date in the workspace's zone) narrowed by explicit inclusive dates, as
 * deliverables.list takes both: the later start and the earlier end win.
 */
export function dueBounds(
  input: { from?: string | undefined; to?: string | undefined; due?: DueWindow | undefined },
  today: string,
): DueBounds {
  const bounds: DueBounds = { from: input.from ?? null, to: input.to ?? null, before: null, open: false };
  switch (input.due) {
    case undefined:
      return bounds;
    case 'overdue':
      return { ...bounds, before: today, open: true };
    case 'within24h':
      return { ...bounds, from: later(bounds.from, today), to: earlier(bounds.to, today), open: true };
    case 'within7d':
      return {
        ...bounds,
        from: later(bounds.from, today),
        to: earlier(bounds.to, addDays(today, 6)),
        open: true,
      };
  }
}

/** Filters every tracker read shares (the page and its counts). */
export const trackerFilterShape = {
  due: dueWindowSchema.optional(),
  creatorId: idSchema.optional(),
  offerId: idSchema.optional(),
};

/** The page's own filter: any of the statuses (a set, e.g. 待交付 + 已提交 = still open). */
export const trackerStatusFilterSchema = z
  .array(deliverableStatusSchema)
  .min(1)
  .max(deliverableStatuses.length)
  .optional();

export const trackerSorts = ['dueAsc', 'dueDesc'] as const;
export const trackerSortSchema = z.enum(trackerSorts);

const count = z.number().int().min(0);

/** How many deliverables match the filters in each status, and how many of them are overdue. */
export const trackerCountsSchema = z.object({
  total: count,
  overdue: count,
  byStatus: z.object({ due: count, submitted: count, approved: count, published: count }),
});
export type TrackerCounts = z.infer<typeof trackerCountsSchema>;
