import type { Db } from '../db/types';
import { prepared } from '../paging/statements';

/**
 * Archives (`archivedAt` an instant) or restores (null) an item. Bumps the revision like every other write,
 * so a 撤销 or a later write decided on the state before it is refused.
 */
export function setArchivedAt(db: Db, id: string, archivedAt: string | null, at: string): void {
  prepared(
    db,
    'UPDATE content_items SET archived_at = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
  ).run(archivedAt, at, id);
}

/** Puts `archived_at` back as an undo snapshot had it, without another revision bump (the undo's update made one). */
export function writeArchivedAt(db: Db, id: string, archivedAt: string | null): void {
  prepared(db, 'UPDATE content_items SET archived_at = ? WHERE id = ?').run(archivedAt, id);
}
