import { z } from 'zod';
import { defineMethods } from './define';
import { deliverableListSchema, deliverableSetStatusSchema, trackedDeliverableSchema } from '../domain/offer';

/** The deliverables of accepted offers (handled beside offers in electron/backend/offers/handlers.ts). */
export const deliverablesContract = defineMethods({
  'deliverables.setStatus': { input: deliverableSetStatusSchema, output: trackedDeliverableSchema },
  /** Accepted offers' deliverables of a workspace, e.g. for the content calendar. */
  'deliverables.list': { input: deliverableListSchema, output: z.array(trackedDeliverableSchema) },
});
