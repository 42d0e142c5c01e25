import { z } from 'zod';
import { defineMethods } from './define';
import { pageInputShape, pageSchema } from './paging';
import { deliverableListSchema, deliverableSetStatusSchema, trackedDeliverableSchema } from '../domain/offer';
import {
  trackerCountsSchema,
  trackerFilterShape,
  trackerSortSchema,
  trackerStatusFilterSchema,
} from '../domain/trackerFilters';
import { rangeBoundSchema } from '../content/model';
import { sendBackReasonSchema } from '../domain/deliverableSendBack';

/** A move or a link; a brand's backward move is a send-back (退回修改) and may say why. */
export const deliverableSetStatusInputSchema = deliverableSetStatusSchema.extend({
  sendBackReason: sendBackReasonSchema.optional(),
});

/**
 * A page of a workspace's deliverables by due date (inclusive `from`/`to` due dates, both optional), with
 * the tracker's filters (statuses, due window, creator, offer) and the direction of the due-date order.
 */
export const deliverablePageInputSchema = deliverableListSchema.extend({
  ...trackerFilterShape,
  status: trackerStatusFilterSchema,
  sort: trackerSortSchema.default('dueAsc'),
  ...pageInputShape,
});

/** The same filters but the statuses, whose counts the tracker shows beside its status filter. */
const deliverableCountsInputSchema = deliverableListSchema.extend(trackerFilterShape);

/**
 * The calendar's range, as content.calendarItems takes it: instants, or dates read as midnight in the
 * workspace's time zone; `[from, to)`.
 */
export const deliverableCalendarInputSchema = z.strictObject({
  workspaceId: deliverableListSchema.shape.workspaceId,
  from: rangeBoundSchema,
  to: rangeBoundSchema,
});

/** The deliverables of accepted offers (setStatus beside offers in electron/backend/offers/handlers.ts). */
export const deliverablesContract = defineMethods({
  'deliverables.setStatus': { input: deliverableSetStatusInputSchema, output: trackedDeliverableSchema },
  /** Accepted offers' deliverables of a workspace, paged by due date (keyset: due date, then row). */
  'deliverables.list': { input: deliverablePageInputSchema, output: pageSchema(trackedDeliverableSchema) },
  /** The tracker's counts per status (and overdue) under deliverables.list's filters but the statuses. */
  'deliverables.counts': { input: deliverableCountsInputSchema, output: trackerCountsSchema },
  /**
   * The deliverables behind the content items a calendar view draws: those whose planned item starts in
   * `[from, to)` (a day earlier too, for live sessions running past midnight into the range). A deliverable's
   * item may be moved away from its due date, so the range is read on the item, not on the due date.
   */
  'deliverables.calendar': {
    input: deliverableCalendarInputSchema,
    output: z.array(trackedDeliverableSchema),
  },
});
