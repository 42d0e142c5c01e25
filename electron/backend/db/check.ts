import { closeSync, constants, accessSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseCorruptError, DatabaseEmptyError, DatabaseReadOnlyError } from './errors';
import type { Db } from './types';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Whether the folder (and the file, if it exists) can be written. Checked before anything blames
 * damage. Besides access(W_OK) the permission bits count too: a file nobody may write was marked
 * read-only on purpose, even if this process (an administrator) could override it.
 */
export function assertWritable(path: string, exists: boolean): void {
  for (const target of exists ? [dirname(path), path] : [dirname(path)]) {
    try {
      accessSync(target, constants.W_OK);
    } catch (err) {
      throw new DatabaseReadOnlyError(path, `${target}: ${(err as NodeJS.ErrnoException).code ?? 'EACCES'}`);
    }
    if ((statSync(target).mode & 0o222) === 0) {
      throw new DatabaseReadOnlyError(path, `${target} is marked read-only`);
    }
  }
}

/** A 0-byte file or one without SQLite's header is refused before SQLite sees it (it would "create" it). */
export function assertSqliteHeader(path: string): void {
  const size = statSync(path).size;
  if (size === 0) throw new DatabaseEmptyError(path);
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw new DatabaseCorruptError(path, 'file is not a database (no SQLite header)');
  }
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    throw new DatabaseCorruptError(path, `invalid page size ${pageSize}`);
  }
}

/**
 * The cheap check of every start: SQLite parses the whole schema (a damaged sqlite_master or page 1
 * fails here) and the page count must fit the file. Costs milliseconds whatever the file's size.
 */
export function sanityCheck(db: Db): string[] {
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  const problems: string[] = [];
  const schema = db.prepare<[], { type: string; name: string }>('SELECT type, name FROM sqlite_schema').all();
  if (schema.some((row) => typeof row.name !== 'string')) problems.push('unreadable schema');
  return problems;
}

/** The full check (every page, every index): seconds on a large file, so only when it is warranted. */
export function integrityProblems(db: Db, max = 3): string[] {
  const rows = db.pragma(`integrity_check(${Math.max(1, Math.trunc(max))})`) as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
}
