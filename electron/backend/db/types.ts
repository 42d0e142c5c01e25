import type BetterSqlite3 from 'better-sqlite3';

export type Db = BetterSqlite3.Database;

export interface Migration {
  /** Also the `PRAGMA user_version` the database has once this migration ran; steps of 10. */
  version: number;
  name: string;
  up(db: Db): void;
}
