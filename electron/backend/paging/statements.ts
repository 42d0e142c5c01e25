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

/**
 * A repository's named statements, built on a connection's first use and kept for that connection (a
 * closed database drops them with it). Hot writers prepare all theirs at once, before the first row.
 */
export function perConnection<S>(build: (db: Db) => S): (db: Db) => S {
  const built = new WeakMap<Db, S>();
  return (db) => {
    let statements = built.get(db);
    if (!statements) {
      statements = build(db);
      built.set(db, statements);
    }
    return statements;
  };
}
