import { z } from 'zod';
import { defineMethods } from './define';
import { pageSchema } from './paging';
import { idSchema } from '../domain/ids';
import { deliverableReportLineSchema } from '../domain/deliverableReport';
import {
  offerActionInputSchema,
  offerCounterSchema,
  offerCreateSchema,
  offerDetailSchema,
  offerListInputSchema,
  offerSchema,
  offerStateSchema,
  offerUpdateSchema,
} from '../domain/offer';

/**
 * Partnership offers. The same methods serve both sides: a brand workspace's offers (side `brand`) and,
 * in creator mode, the inbox of offers received from brands (side `creator`). Each installation answers
 * for its own side; the other side's moves arrive through `offers.importFile`.
 */
export const offersContract = defineMethods({
  'offers.list': { input: offerListInputSchema, output: pageSchema(offerSchema) },
  'offers.get': { input: z.strictObject({ id: idSchema }), output: offerDetailSchema },
  'offers.create': { input: offerCreateSchema, output: offerDetailSchema },
  'offers.update': { input: offerUpdateSchema, output: offerDetailSchema },
  'offers.send': { input: offerActionInputSchema, output: offerDetailSchema },
  'offers.counter': { input: offerCounterSchema, output: offerDetailSchema },
  'offers.accept': { input: offerActionInputSchema, output: offerDetailSchema },
  'offers.decline': { input: offerActionInputSchema, output: offerDetailSchema },
  'offers.withdraw': { input: offerActionInputSchema, output: offerDetailSchema },
  'offers.complete': { input: offerActionInputSchema, output: offerDetailSchema },
  /** The latest revision made here, signed, as a `.mdoffer` file for the other side. */
  'offers.exportFile': {
    input: z.strictObject({ id: idSchema }),
    output: z.object({ fileName: z.string(), base64: z.string(), revision: z.number().int() }),
  },
  /** A `.mdoffer` file from the other side: verified, then applied as a new revision (or refused, nothing changed). */
  'offers.importFile': {
    input: z.strictObject({
      // A 1 MB file is about 1.4 MB of base64; larger uploads get through zod so the refusal can say why.
      base64: z.string().min(1, 'The file is empty').max(16_000_000, 'The file is far larger than 1 MB'),
    }),
    output: z.object({
      offer: offerDetailSchema,
      state: offerStateSchema,
      revision: z.number().int(),
      /** True when the file opened a new offer in the creator inbox. */
      created: z.boolean(),
      /** True when a new counterpart's first file is held until the verification code is confirmed. */
      pendingVerification: z.boolean().optional(),
      /** A creator's file with deliverable statuses: what each did to this (the brand's) tracker. */
      deliverables: z.array(deliverableReportLineSchema).optional(),
    }),
  },
});
