import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { backupDatabase } from './backup';
import { DatabaseCorruptError, DatabaseTooNewError } from './errors';
import { migrations as allMigrations, latestVersion } from './migrations';
import { pendingMigrations, readUserVersion, runMigrations } from './migrate';
import type { Db, Migration } from './types';

export interface OpenDatabaseOptions {
  path: string;
  backupsDir?: string;
  migrations?: readonly Migration[];
  now?: () => Date;
}

/**
 * Opens (or creates) the app database. Checks come before any write so that a damaged file or one
 * from a newer app version is reported and left byte-for-byte as found.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Db> {
  const { path } = options;
  const migrations = options.migrations ?? allMigrations;
  const supported = options.migrations ? (migrations.at(-1)?.version ?? 0) : latestVersion;
  const existed = existsSync(path);
  if (!existed) mkdirSync(dirname(path), { recursive: true });

  let db: Db;
  try {
    db = new Database(path, { fileMustExist: existed });
  } catch (err) {
    throw new DatabaseCorruptError(path, describe(err));
  }

  try {
    const version = checkReadable(db, path);
    if (version > supported) throw new DatabaseTooNewError(path, version, supported);

    applyPragmas(db);
    if (existed && version > 0 && pendingMigrations(migrations, version).length > 0) {
      const backupsDir = options.backupsDir ?? join(dirname(path), 'backups');
      await backupDatabase(
        db,
        backupsDir,
        `before-v${supported}-from-v${version}`,
        (options.now ?? (() => new Date()))(),
      );
    }
    runMigrations(db, migrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function checkReadable(db: Db, path: string): number {
  try {
    const version = readUserVersion(db);
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (problems.length > 0) throw new DatabaseCorruptError(path, problems.slice(0, 3).join('; '));
    return version;
  } catch (err) {
    if (err instanceof DatabaseCorruptError) throw err;
    throw new DatabaseCorruptError(path, describe(err));
  }
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last
  // transactions, an acceptable trade for a desktop planner against FULL's fsync on every commit.
  db.pragma('synchronous = NORMAL');
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
  } finally {
    db.close();
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
