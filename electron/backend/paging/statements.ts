import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../db/types';

/**
 * Statements prepared once per connection and reused, keyed by their SQL text. Lists build their SQL from
 * a small allowlist of variants (sort column, filters present), so the cache stays a few dozen entries.
 */
const cache = new WeakMap<Db, Map<string, BetterSqlite3.Statement<unknown[], unknown>>>();

export function prepared<P extends unknown[] | Record<string, unknown> = unknown[], R = unknown>(
  db: Db,
  sql: string,
): BetterSqlite3.Statement<P, R> {
  let byDb = cache.get(db);
  if (!byDb) {
    byDb = new Map();
    cache.set(db, byDb);
  }
  let statement = byDb.get(sql);
  if (!statement) {
    statement = db.prepare(sql) as BetterSqlite3.Statement<unknown[], unknown>;
    byDb.set(sql, statement);
  }
  return statement as unknown as BetterSqlite3.Statement<P, R>;
}
