import type { Db } from '../../db/types';
import { prepared } from '../../paging/statements';

/** The statements the content import runs besides the content repo's: which rows a file may update. */

/** Which of these ids are items of the workspace (an ID column may name anything). */
export function existingItemIds(db: Db, workspaceId: string, ids: readonly string[]): string[] {
  return prepared<[string, string], { id: string }>(
    db,
    'SELECT id FROM content_items WHERE workspace_id = ? AND id IN (SELECT value FROM json_each(?))',
  )
    .all(workspaceId, JSON.stringify(ids))
    .map((r) => r.id);
}

export interface ItemKeyRow {
  id: string;
  account_id: string;
  title: string;
  planned_at: string;
}

/** Items starting in [fromIso, toIso], oldest first: the candidates for account + title + start matches. */
export function itemKeysBetween(db: Db, workspaceId: string, fromIso: string, toIso: string): ItemKeyRow[] {
  return prepared<[string, string, string], ItemKeyRow>(
    db,
    `SELECT id, account_id, title, planned_at FROM content_items
     WHERE workspace_id = ? AND planned_at >= ? AND planned_at <= ? ORDER BY rowid`,
  ).all(workspaceId, fromIso, toIso);
}

export interface LiveSlotRow {
  id: string;
  account_id: string;
  title: string;
  planned_at: string;
  planned_end_at: string;
}

/** Live sessions not cancelled starting in [fromIso, toIso): what imported live rows must not overlap. */
export function liveSlotsStartingIn(
  db: Db,
  workspaceId: string,
  fromIso: string,
  toIso: string,
): LiveSlotRow[] {
  return prepared<[string, string, string], LiveSlotRow>(
    db,
    `SELECT id, account_id, title, planned_at, planned_end_at FROM content_items
     WHERE workspace_id = ? AND planned_at >= ? AND planned_at < ? AND format = 'live' AND status <> 'cancelled'
       AND archived_at IS NULL`,
  ).all(workspaceId, fromIso, toIso);
}
