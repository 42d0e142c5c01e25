import { z } from 'zod';
import { defineMethods } from './define';
import { idSchema } from '../domain/ids';
import {
  approvalCommentInputSchema,
  approvalEventSchema,
  approvalItemOutputSchema,
  approvalListInputSchema,
  approvalListOutputSchema,
  approvalModeSchema,
  approvalSettingsSchema,
  approvalStatesInputSchema,
  approvalStatesOutputSchema,
  exportPackInputSchema,
  exportPackOutputSchema,
  importAnswersInputSchema,
  importAnswersOutputSchema,
} from '../approvals/model';

/** Client review packs (self-contained .html) and the approvals their answers files bring back. */
export const approvalsContract = defineMethods({
  'approvals.settings.get': {
    input: z.strictObject({ workspaceId: idSchema }),
    output: approvalSettingsSchema,
  },
  'approvals.settings.set': {
    input: z.strictObject({ workspaceId: idSchema, mode: approvalModeSchema }),
    output: approvalSettingsSchema,
  },
  'approvals.exportPack': { input: exportPackInputSchema, output: exportPackOutputSchema },
  'approvals.importAnswers': { input: importAnswersInputSchema, output: importAnswersOutputSchema },
  'approvals.list': { input: approvalListInputSchema, output: approvalListOutputSchema },
  /** Approval state of every item in a calendar range (badges and the approval filter). */
  'approvals.states': { input: approvalStatesInputSchema, output: approvalStatesOutputSchema },
  'approvals.item': { input: z.strictObject({ itemId: idSchema }), output: approvalItemOutputSchema },
  'approvals.comment': { input: approvalCommentInputSchema, output: approvalEventSchema },
});
