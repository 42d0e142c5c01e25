import { prepared } from './statements';
import type { Db } from '../db/types';

/**
 * A value that changes whenever anything is written to the database: `total_changes()` counts this
 * connection's writes, `PRAGMA data_version` changes when another connection (an import worker) commits.
 * Both are read in microseconds, so caches keyed by it (suggestions, parsed audiences) never serve a stale
 * answer and need no invalidation calls from every writer.
 */
export function writeStamp(db: Db): string {
  const changes = prepared<[], { n: number }>(db, 'SELECT total_changes() AS n').get()!.n;
  // A prepared PRAGMA statement (db.pragma() prepares one on every call).
  const version = prepared<[], { data_version: number }>(db, 'PRAGMA data_version').get()!.data_version;
  return `${changes}:${version}`;
}

/**
 * The core of the stamped caches: per connection and key, an entry is served while the write stamp stays
 * the same; after a write `next` makes the new one from the stale entry (none the first time) and the stamp
 * it will be kept under (a value built from parts of the stamp can tell which part moved). A cache
 * whose value depends on a few tables can pass a narrower stamp (`stampOf`), such as a change log's.
 */
export function stampedEntries<V>(stampOf: (db: Db, key: string) => string = writeStamp) {
  const cache = new WeakMap<Db, Map<string, { stamp: string; value: V }>>();
  return (
    db: Db,
    key: string,
    next: (stale: { value: V; stamp: string } | undefined, stamp: string) => V,
  ): V => {
    let byKey = cache.get(db);
    if (!byKey) {
      byKey = new Map();
      cache.set(db, byKey);
    }
    // Read before building: a commit by another connection meanwhile is then refreshed on the next call.
    const stamp = stampOf(db, key);
    const hit = byKey.get(key);
    if (hit && hit.stamp === stamp) return hit.value;
    const value = next(hit, stamp);
    byKey.set(key, { stamp, value });
    return value;
  };
}

/** A per-connection, per-key cache whose entries live until the next write. */
export function stampedCache<V>() {
  const entries = stampedEntries<V>();
  return (db: Db, key: string, load: () => V): V => entries(db, key, load);
}
