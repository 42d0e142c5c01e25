import { z } from 'zod';
import { idSchema } from '../domain/ids';

/**
 * `content.archive` / `content.restore`: `revision` is the item's revision as the caller last saw it, so an
 * archive decided on a stale view (someone edited the item meanwhile) is refused instead of hiding the edit.
 */
export const contentArchiveInputSchema = z.strictObject({
  id: idSchema,
  revision: z.number().int().min(0),
});
export type ContentArchiveInput = z.infer<typeof contentArchiveInputSchema>;

export type ArchiveAction = 'archive' | 'restore';

/** Why an item cannot take the action: archiving twice, or restoring an item that is not archived. */
export type ArchiveRefusal = 'content.alreadyArchived' | 'content.notArchived';

/** The refusal for `action` on an item archived at `archivedAt` (null: not archived), or null when allowed. */
export function archiveRefusal(archivedAt: string | null, action: ArchiveAction): ArchiveRefusal | null {
  if (action === 'archive') return archivedAt === null ? null : 'content.alreadyArchived';
  return archivedAt === null ? 'content.notArchived' : null;
}
