import { defineMethods } from './define';
import { contentCheckInputSchema, contentCheckOutputSchema } from '../content/check';
import { contentUndoInputSchema, contentUndoOutputSchema } from '../content/undo';

/** Warnings before saving and undo after acting on content items (issue 11 §4). */
export const contentSafetyContract = defineMethods({
  /** Guardrail findings of unsaved fields; stores nothing. */
  'content.check': { input: contentCheckInputSchema, output: contentCheckOutputSchema },
  /** Restores an item as it was before its last move, status change, edit or delete. */
  'content.undo': { input: contentUndoInputSchema, output: contentUndoOutputSchema },
});
