import Database from 'better-sqlite3';
import { migrations } from '../../electron/backend/db/migrations';
import { runMigrations } from '../../electron/backend/db/migrate';
import type { Db } from '../../electron/backend/db/types';

/** An in-memory database migrated up to and including `version` (0 = empty), foreign keys on as in the app. */
export function dbAt(version: number): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(
    db,
    migrations.filter((m) => m.version <= version),
  );
  return db;
}

/**
 * Workspace `w1` (品牌) with one Douyin account `a1`, written in plain SQL so it works at any version from
 * 0010 on: the rows most migration tests put in before migrating, to prove they survive.
 */
export function insertWorkspaceWithAccount(
  db: Db,
  account: { handle: string; displayName: string; role: 'brand' | 'sales' },
): void {
  db.exec(`INSERT INTO workspaces (id, name, industry, stage, created_at, updated_at)
           VALUES ('w1', '品牌', 'beauty_personal_care', 'new', 'now', 'now')`);
  db.prepare(
    `INSERT INTO accounts (id, workspace_id, platform, handle, display_name, role, created_at, updated_at)
     VALUES ('a1', 'w1', 'douyin', ?, ?, ?, 'now', 'now')`,
  ).run(account.handle, account.displayName, account.role);
}

/**
 * Workspaces `w1` (品牌) and `w2` (别家), in plain SQL valid from 0010 on: two, so a test can prove that a
 * migrated query reads one workspace's rows alone.
 */
export function insertTwoWorkspaces(db: Db): void {
  db.exec(`INSERT INTO workspaces (id, name, industry, stage, created_at, updated_at)
           VALUES ('w1', '品牌', 'beauty_personal_care', 'new', 'now', 'now'),
                  ('w2', '别家', 'beauty_personal_care', 'new', 'now', 'now')`);
}

/** The change log's sequence number per row id (`creator_changes` unless told), as the change-log tests read it. */
export function changeSeqs(
  db: Db,
  table = 'creator_changes',
  idColumn = 'creator_id',
): Record<string, number> {
  const rows = db.prepare(`SELECT ${idColumn} AS id, seq FROM ${table} ORDER BY id`).all() as {
    id: string;
    seq: number;
  }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.seq]));
}

/** Runs every remaining migration; returns the version reached. */
export function migrateToLatest(db: Db): number {
  return runMigrations(db, migrations);
}

/** Runs the remaining migrations up to and including `version` (to test one migration on its own). */
export function migrateTo(db: Db, version: number): number {
  return runMigrations(
    db,
    migrations.filter((m) => m.version <= version),
  );
}

/** The query plan of `sql` as one line (`detail` of each step joined by " | "), to assert an index is used. */
export function explain(db: Db, sql: string, ...params: unknown[]): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
    .map((r) => r.detail)
    .join(' | ');
}

/** The whole schema as stable text: every table, index, trigger and view in name order, plus the version. */
export function schemaText(db: Db): string {
  const rows = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as { type: string; name: string; sql: string }[];
  const version = db.pragma('user_version', { simple: true }) as number;
  return (
    [`-- user_version ${version}`, ...rows.map((r) => `${r.sql.replace(/\s+/g, ' ').trim()};`)].join('\n') +
    '\n'
  );
}
