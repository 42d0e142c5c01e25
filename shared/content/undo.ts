import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { contentItemSchema } from './model';

/**
 * What an undo record puts back: a move, a status change, an edit, a delete, an archive or a restore from the
 * archive of one content item.
 */
export const contentUndoKinds = ['move', 'status', 'edit', 'delete', 'archive', 'restore'] as const;
export const contentUndoKindSchema = z.enum(contentUndoKinds);
export type ContentUndoKind = z.infer<typeof contentUndoKindSchema>;

/** How long the state before an action is kept for 撤销; the toast offers it for 10 s. */
export const UNDO_KEEP_MS = 60 * 60_000;

/**
 * `content.undo`: puts an item back as it was before its last action. `revision` is the item's revision as
 * the action returned it (for a delete: the revision it had when deleted); if the item changed since, the
 * undo is refused and nothing changes.
 */
export const contentUndoInputSchema = z.strictObject({
  id: idSchema,
  revision: z.number().int().min(0),
});

export const contentUndoOutputSchema = z.object({
  kind: contentUndoKindSchema,
  item: contentItemSchema,
});
