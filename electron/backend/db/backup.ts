import Database from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { backupsToDelete } from '../../../shared/backups/retention';
import { backupReasonSchema, type BackupInfo, type BackupReason } from '../../../shared/api/backups';
import { readUserVersion } from './migrate';
import type { Db } from './types';

/** Backup ids are file names without `.db`; the pattern also keeps an id from naming a path elsewhere. */
export const BACKUP_ID_PATTERN = /^matrixdesk-[A-Za-z0-9-]{1,120}$/;

const sidecarSchema = z.object({
  createdAt: z.string(),
  reason: backupReasonSchema,
  appVersion: z.string(),
  schemaVersion: z.number().int(),
});

export interface BackupRequest {
  reason: BackupReason;
  now: Date;
  appVersion: string;
  /** Extra words in the file name (e.g. the migration it precedes). */
  label?: string;
}

/**
 * Copies the live database with SQLite's online backup API, which yields a consistent snapshot even
 * mid-write (a plain file copy can catch a half-written page or miss the WAL). The copy is written
 * under a temporary name and renamed when complete, so a crash never leaves a half backup in the list;
 * a JSON sidecar holds what the list shows. Then the retention rule prunes old backups.
 */
export async function backupDatabase(
  db: Db,
  backupsDir: string,
  request: BackupRequest,
): Promise<BackupInfo> {
  mkdirSync(backupsDir, { recursive: true });
  const stamp = request.now.toISOString().replace(/[:.]/g, '-');
  const label = (request.label ?? request.reason).replace(/[^A-Za-z0-9-]/g, '-');
  let id = `matrixdesk-${stamp}-${label}`;
  for (let n = 2; existsSync(join(backupsDir, `${id}.db`)); n++) id = `matrixdesk-${stamp}-${label}-${n}`;
  const target = join(backupsDir, `${id}.db`);
  const partial = `${target}.partial`;
  await db.backup(partial);
  renameSync(partial, target);
  const sidecar: z.infer<typeof sidecarSchema> = {
    createdAt: request.now.toISOString(),
    reason: request.reason,
    appVersion: request.appVersion,
    schemaVersion: readUserVersion(db),
  };
  writeFileSync(join(backupsDir, `${id}.json`), JSON.stringify(sidecar, null, 2));
  pruneBackups(backupsDir, request.now);
  return { id, sizeBytes: statSync(target).size, ...sidecar };
}

/** Every complete backup, newest first. Files without a sidecar (older versions) are read from the file. */
export function listBackups(backupsDir: string): BackupInfo[] {
  if (!existsSync(backupsDir)) return [];
  const infos: BackupInfo[] = [];
  for (const file of readdirSync(backupsDir)) {
    if (!file.endsWith('.db')) continue;
    const id = file.slice(0, -'.db'.length);
    if (!BACKUP_ID_PATTERN.test(id)) continue;
    const info = readInfo(backupsDir, id);
    if (info) infos.push(info);
  }
  return infos.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

export function backupFilePath(backupsDir: string, id: string): string | undefined {
  if (!BACKUP_ID_PATTERN.test(id)) return undefined;
  const path = join(backupsDir, `${id}.db`);
  return existsSync(path) ? path : undefined;
}

/**
 * Whether a backup file can be restored: a SQLite file whose full integrity check passes and whose
 * schema this version knows. Opened read-only so checking never changes it.
 */
export function checkBackupFile(
  path: string,
  supportedVersion: number,
): { ok: true } | { ok: false; detail: string } {
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const version = readUserVersion(db);
    if (version < 0 || version > supportedVersion) return { ok: false, detail: `schema ${version}` };
    const rows = db.pragma('integrity_check(3)') as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    return problems.length === 0 ? { ok: true } : { ok: false, detail: problems.join('; ') };
  } catch (err) {
    return { ok: false, detail: err instanceof Error ? err.message : String(err) };
  } finally {
    db?.close();
  }
}

function readInfo(backupsDir: string, id: string): BackupInfo | undefined {
  const path = join(backupsDir, `${id}.db`);
  let sizeBytes: number;
  let mtime: Date;
  try {
    const info = statSync(path);
    sizeBytes = info.size;
    mtime = info.mtime;
  } catch {
    return undefined;
  }
  try {
    const sidecar = sidecarSchema.parse(JSON.parse(readFileSync(join(backupsDir, `${id}.json`), 'utf8')));
    return { id, sizeBytes, ...sidecar };
  } catch {
    return {
      id,
      sizeBytes,
      createdAt: mtime.toISOString(),
      reason: id.includes('before-v') ? 'before_migration' : 'manual',
      appVersion: 'unknown',
      schemaVersion: headerUserVersion(path),
    };
  }
}

/** user_version sits at offset 60 of the header: read without opening the file as a database. */
function headerUserVersion(path: string): number {
  const buf = Buffer.alloc(4);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, buf, 0, 4, 60) === 4 ? buf.readInt32BE(0) : 0;
  } finally {
    closeSync(fd);
  }
}

function pruneBackups(backupsDir: string, now: Date): void {
  for (const id of backupsToDelete(listBackups(backupsDir), now)) {
    rmSync(join(backupsDir, `${id}.db`), { force: true });
    rmSync(join(backupsDir, `${id}.json`), { force: true });
  }
}
