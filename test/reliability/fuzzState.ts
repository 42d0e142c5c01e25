import { createHash } from 'node:crypto';
import type { Db } from '../../electron/backend/db/types';

/**
 * What proves that a rejected call changed nothing: this connection's change counter (every row written
 * counts), `PRAGMA data_version` (any other connection's commit) and, when asked, a hash of every row.
 */
export interface DbMark {
  changes: number;
  dataVersion: number;
  hash: string | null;
}

export function markOf(db: Db, withHash: boolean): DbMark {
  return {
    changes: (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n,
    dataVersion: db.pragma('data_version', { simple: true }) as number,
    hash: withHash ? hashAllRows(db) : null,
  };
}

export function hashAllRows(db: Db): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    hash.update(`\u0001${name}`);
    for (const row of db.prepare(`SELECT * FROM "${name}"`).raw(true).iterate()) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
    }
  }
  return hash.digest('hex');
}
