import type { Db, Migration } from './types';

export function readUserVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function pendingMigrations(migrations: readonly Migration[], fromVersion: number): Migration[] {
  return migrations.filter((m) => m.version > fromVersion);
}

/**
 * Runs every pending migration in one transaction: a failure leaves the database exactly at its
 * previous version (no half-migrated schema) and the error propagates — never swallowed.
 * The version is read inside a BEGIN IMMEDIATE transaction: two processes starting on a new file at
 * once used to both read 0 and both create the tables ("table workspaces already exists"); now the
 * second waits for the first's lock and then finds nothing left to do.
 */
export function runMigrations(db: Db, migrations: readonly Migration[]): number {
  return db
    .transaction((): number => {
      const from = readUserVersion(db);
      const pending = pendingMigrations(migrations, from);
      if (pending.length === 0) return from;
      const last = pending[pending.length - 1]!;
      for (const m of pending) m.up(db);
      db.pragma(`user_version = ${Math.trunc(last.version)}`);
      return last.version;
    })
    .immediate();
}
