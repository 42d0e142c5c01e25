import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './types';

const KEEP_BACKUPS = 10;

/**
 * Copies the live database with SQLite's online backup API, which yields a consistent snapshot even
 * mid-write (a plain file copy can catch a half-written page or miss the WAL).
 */
export async function backupDatabase(db: Db, backupsDir: string, label: string, now: Date): Promise<string> {
  mkdirSync(backupsDir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(backupsDir, `matrixdesk-${label}-${stamp}.db`);
  await db.backup(target);
  pruneBackups(backupsDir);
  return target;
}

function pruneBackups(backupsDir: string): void {
  const files = readdirSync(backupsDir)
    .filter((f) => f.startsWith('matrixdesk-') && f.endsWith('.db'))
    .sort();
  for (const old of files.slice(0, Math.max(0, files.length - KEEP_BACKUPS))) {
    rmSync(join(backupsDir, old), { force: true });
  }
}
