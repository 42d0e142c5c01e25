import type { Db } from '../db/types';
import { stampedCache } from '../paging/writeStamp';

// Per workspace, the counts read since the last write (a write drops them all).
const counts = stampedCache<Map<string, number>>();

/**
 * A count of a workspace's rows (a list's total, a range's items for the row cap) is the same on every
 * page until something is written: counted once, except inside a transaction, where a write may still be
 * rolled back unseen by the write stamp. `key` names the count and its parameters.
 */
export function countOncePerWrite(db: Db, workspaceId: string, key: string, count: () => number): number {
  if (db.inTransaction) return count();
  const known = counts(db, workspaceId, () => new Map());
  let n = known.get(key);
  if (n === undefined) known.set(key, (n = count()));
  return n;
}
