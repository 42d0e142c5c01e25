import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Moves a database that cannot be used out of the way — renamed with its problem and a timestamp,
 * together with its WAL and shared-memory files — so a fresh or restored one can take its place.
 * Never deletes: the user (or support) may still want it back.
 */
export function moveAside(dbPath: string, kind: string, now: Date): string | null {
  if (!existsSync(dbPath)) return null;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${dbPath}.${kind}-${stamp}`;
  renameSync(dbPath, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, target + suffix);
  }
  return target;
}

/**
 * Copies a (closed, checked) backup file to a staging name beside the database. Copying is right
 * here: a backup file is never open for writing, unlike the live database, which is only ever copied
 * through SQLite's backup API. Staging first lets the swap be one atomic rename.
 */
export function stageBackup(backupPath: string, dbPath: string): string {
  const staging = `${dbPath}.restoring`;
  rmSync(staging, { force: true });
  copyFileSync(backupPath, staging);
  return staging;
}

/** Puts the staged copy in place of the database (whose WAL and shm must not outlive it). */
export function swapInStaged(staging: string, dbPath: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  renameSync(staging, dbPath);
}
