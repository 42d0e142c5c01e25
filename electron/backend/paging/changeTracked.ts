import type { Db } from '../db/types';
import { writeStamp } from './writeStamp';

/**
 * A per-connection, per-key state kept across writes: built once, then brought up to date by `refresh`
 * after each write (the write stamp moved), which reads a change log (migration 0210) and redoes only what
 * changed. `stampedCache` drops its value at every write instead; that is right for values cheap to
 * rebuild, not for a workspace's parsed creators.
 */
export function changeTrackedCache<S>() {
  const cache = new WeakMap<Db, Map<string, { stamp: string; state: S }>>();
  return (db: Db, key: string, build: () => S, refresh: (state: S) => S): S => {
    let byKey = cache.get(db);
    if (!byKey) {
      byKey = new Map();
      cache.set(db, byKey);
    }
    // Read before building: a commit by another connection meanwhile is then refreshed on the next call.
    const stamp = writeStamp(db);
    const hit = byKey.get(key);
    if (hit && hit.stamp === stamp) return hit.state;
    const state = hit ? refresh(hit.state) : build();
    byKey.set(key, { stamp, state });
    return state;
  };
}
