import type { HandlerSlice } from '../handlers';
import type { contentSafetyContract } from '../../../shared/api/contentSafety';
import { checkDraft } from './check';
import { undoAction } from './undo';

export const contentSafetyHandlers = {
  'content.check': (input, ctx) => checkDraft(ctx.db, input),
  'content.undo': (input, ctx) => undoAction(ctx, input),
} satisfies HandlerSlice<typeof contentSafetyContract>;
