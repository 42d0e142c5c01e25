import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { backupDatabase } from './backup';
import { assertSqliteHeader, assertWritable, integrityProblems, sanityCheck } from './check';
import { consumeCleanShutdownMarker, writeCleanShutdownMarker } from './cleanShutdown';
import {
  DatabaseBadVersionError,
  DatabaseCorruptError,
  DatabaseProblemError,
  DatabaseReadOnlyError,
  DatabaseTooNewError,
} from './errors';
import { migrations as allMigrations, latestVersion } from './migrations';
import { pendingMigrations, readUserVersion, runMigrations } from './migrate';
import type { Db, Migration } from './types';

export interface OpenDatabaseOptions {
  path: string;
  backupsDir?: string;
  migrations?: readonly Migration[];
  now?: () => Date;
  /** How long a write waits for another connection's lock before failing as busy (ms). */
  busyTimeoutMs?: number;
  /** App version written into the metadata of the pre-migration backup. */
  appVersion?: string;
  /** Force the full integrity check even after a clean shutdown. */
  fullCheck?: boolean;
}

export interface OpenedDatabase {
  db: Db;
  /** Whether the full integrity check ran at open (unclean shutdown, unknown file) or is still owed. */
  fullyChecked: boolean;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (or creates) the app database. Checks come before any write so that a damaged, read-only,
 * empty or too-new file is reported and left byte-for-byte as found.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Db> {
  return (await openDatabaseChecked(options)).db;
}

export async function openDatabaseChecked(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  const { path } = options;
  const migrations = options.migrations ?? allMigrations;
  const supported = options.migrations ? (migrations.at(-1)?.version ?? 0) : latestVersion;
  const existed = existsSync(path);
  if (!existed) {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (err) {
      throw new DatabaseReadOnlyError(path, describe(err));
    }
    assertWritable(path, false);
    createDatabaseFile(path, migrations, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
  }
  assertWritable(path, true);
  assertSqliteHeader(path);

  let db: Db;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch (err) {
    throw new DatabaseCorruptError(path, describe(err));
  }

  try {
    const version = readVersion(db, path);
    if (version < 0) throw new DatabaseBadVersionError(path, version);
    if (version > supported) throw new DatabaseTooNewError(path, version, supported);
    const fullyChecked = !existed || options.fullCheck === true || !consumeCleanShutdownMarker(path);
    checkContent(db, path, fullyChecked);

    applyPragmas(db, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
    if (existed && version > 0 && pendingMigrations(migrations, version).length > 0) {
      const backupsDir = options.backupsDir ?? join(dirname(path), 'backups');
      await backupDatabase(db, backupsDir, {
        reason: 'before_migration',
        now: (options.now ?? (() => new Date()))(),
        appVersion: options.appVersion ?? 'unknown',
        label: `before-v${supported}-from-v${version}`,
      });
    }
    runMigrations(db, migrations);
    return { db, fullyChecked };
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * A new database is built under a temporary name and linked into place only when complete, so the
 * real path never holds a half-made (0-byte) file: a 0-byte file there is always a lost database.
 * When two first starts race, the second link fails and that process opens the winner's file.
 */
function createDatabaseFile(path: string, migrations: readonly Migration[], busyTimeoutMs: number): void {
  const temp = `${path}.new-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const db = new Database(temp);
    try {
      applyPragmas(db, busyTimeoutMs);
      runMigrations(db, migrations);
    } finally {
      db.close();
    }
    try {
      linkSync(temp, path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return;
      // File systems without hard links: a rename (the race then has a tiny window, never a 0-byte file).
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'ENOSYS') {
        if (!existsSync(path)) renameSync(temp, path);
        return;
      }
      throw err;
    }
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(temp + suffix, { force: true });
  }
}

function readVersion(db: Db, path: string): number {
  try {
    return readUserVersion(db);
  } catch (err) {
    throw new DatabaseCorruptError(path, describe(err));
  }
}

/**
 * After a clean shutdown of an unchanged file only the cheap schema check runs (the full check is
 * owed and runs in the background); otherwise the full integrity check runs before anything writes.
 */
function checkContent(db: Db, path: string, full: boolean): void {
  try {
    const problems = full ? integrityProblems(db) : sanityCheck(db);
    if (problems.length > 0) throw new DatabaseCorruptError(path, problems.slice(0, 3).join('; '));
  } catch (err) {
    if (err instanceof DatabaseProblemError) throw err;
    throw new DatabaseCorruptError(path, describe(err));
  }
}

function applyPragmas(db: Db, busyTimeoutMs: number): void {
  // busy_timeout first: switching to WAL needs a lock another starting process may hold for a moment.
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last
  // transactions, an acceptable trade for a desktop planner against FULL's fsync on every commit.
  db.pragma('synchronous = NORMAL');
}

/** Closes cleanly and leaves the marker that lets the next start skip the blocking full check. */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  const path = db.name;
  try {
    db.pragma('optimize');
  } finally {
    db.close();
  }
  writeCleanShutdownMarker(path);
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
