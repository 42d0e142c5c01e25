import Database from 'better-sqlite3';
import type { Db } from '../../../electron/backend/db/types';
import { migrations } from '../../../electron/backend/db/migrations';
import { runMigrations } from '../../../electron/backend/db/migrate';

const indexNames = (db: Db) =>
  db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
    .all()
    .map((r) => r.name);

/**
 * Indexes the code's migrations create that a cached bench database lacks. A cache built by another
 * branch can carry this branch's `user_version` with a different migration behind a number (found
 * here: the cache had 0050's version but none of its four indexes), and every figure it gives is then
 * measured without the indexes the code relies on.
 */
export function missingIndexes(cached: Db): string[] {
  const fresh = new Database(':memory:');
  try {
    runMigrations(fresh, migrations);
    const have = new Set(indexNames(cached));
    return indexNames(fresh).filter((name) => !have.has(name));
  } finally {
    fresh.close();
  }
}
