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
 */
export function runMigrations(db: Db, migrations: readonly Migration[]): number {
  const from = readUserVersion(db);
  const pending = pendingMigrations(migrations, from);
  if (pending.length === 0) return from;
  const last = pending[pending.length - 1]!;
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${Math.trunc(last.version)}`);
  })();
  return last.version;
}
