import type { Db } from '../db/types';
import { stampedEntries } from './writeStamp';

/**
 * A per-connection, per-key state kept across writes: built once, then brought up to date by `refresh`
 * after each write (the write stamp moved), which reads a change log (migration 0210) and redoes only what
 * changed. `stampedCache` drops its value at every write instead; that is right for values cheap to
 * rebuild, not for a workspace's parsed creators.
 */
export function changeTrackedCache<S>() {
  const entries = stampedEntries<S>();
  return (db: Db, key: string, build: () => S, refresh: (state: S) => S): S =>
    entries(db, key, (stale) => (stale ? refresh(stale.value) : build()));
}
