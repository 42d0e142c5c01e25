import { z } from 'zod';
import { defineMethods } from './define';
import { idSchema } from '../domain/ids';
import { offerActionSchema, offerDetailSchema, offerStateSchema } from '../domain/offer';
import { termsRecordSchema } from '../domain/offerTerms';

/**
 * First-contact verification of offer files (docs/CREATORS-OFFERS.md): the code both sides compare out
 * of band before a new counterpart's file takes effect.
 */
export const verificationStatusSchema = z.enum(['none', 'pending', 'unverified', 'verified', 'legacy']);

export const offerVerificationSchema = z.object({
  offerId: z.string(),
  /**
   * none: no counterpart key yet; pending: a counterpart's first file is held, nothing of it applied;
   * unverified: the offer came from a brand whose key is not confirmed; verified: confirmed;
   * legacy: pinned before verification existed.
   */
  status: verificationStatusSchema,
  /** `1234 5678 9012`, shown on both sides; null until the counterpart's key is known. */
  code: z.string().nullable(),
  ownFingerprint: z.string(),
  counterpartFingerprint: z.string().nullable(),
  /** The held first file (status `pending`): what it would do once confirmed. */
  pending: z
    .object({
      revision: z.number().int(),
      action: offerActionSchema,
      state: offerStateSchema,
      message: z.string(),
      terms: termsRecordSchema,
      receivedAt: z.string(),
    })
    .nullable(),
});

export const offerVerificationContract = defineMethods({
  'offers.verification': { input: z.strictObject({ offerId: idSchema }), output: offerVerificationSchema },
  /**
   * The code the other side read out. Matching: the held file is applied (or the brand's key confirmed)
   * and the key marked verified. Not matching: the file's effect is discarded (the held file, or the
   * inbox offer a forged brand file opened) and the outcome says so.
   */
  'offers.verifyCounterpart': {
    input: z.union([
      z.strictObject({ offerId: idSchema, code: z.string().min(1, 'Required').max(40) }),
      // "The codes do not match" without typing: the other side has no code to read (e.g. its answer was
      // refused as made for another installation), which is itself the sign of a forged first file.
      z.strictObject({ offerId: idSchema, reject: z.literal(true) }),
    ]),
    output: z.object({
      outcome: z.enum(['verified', 'mismatch']),
      discarded: z.enum(['file', 'offer']).nullable(),
      offer: offerDetailSchema.nullable(),
    }),
  },
});
