import { z } from 'zod';
import { defineMethods } from './define';
import { idSchema } from '../domain/ids';
import {
  dismissInputSchema,
  findingSchema,
  findingsInputSchema,
  findingsOutputSchema,
  recommendationOutputSchema,
  restoreInputSchema,
} from '../advisor/schemas';

/** Matrix advisor (矩阵体检): the recommended arrangement and the matrix's health findings. */
export const advisorContract = defineMethods({
  'advisor.recommend': {
    input: z.strictObject({ workspaceId: idSchema }),
    output: recommendationOutputSchema,
  },
  /** Findings that fire now; a dismissal of a finding that no longer fires is kept but not listed. */
  'advisor.findings': { input: findingsInputSchema, output: findingsOutputSchema },
  /** Dismiss a finding that fires now, with a note; it moves to the dismissed list. */
  'advisor.dismiss': { input: dismissInputSchema, output: findingSchema },
  /** Undo a dismissal; `finding` is null when the finding no longer fires (the dismissal is removed all the same). */
  'advisor.restore': {
    input: restoreInputSchema,
    output: z.object({ key: z.string(), finding: findingSchema.nullable() }),
  },
});
