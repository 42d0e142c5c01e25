import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * A real SQLite file at `path`: one indexed table of 2,000 rows, enough pages that damage in the middle
 * hits table and index pages. The rows go in one transaction: 2,000 autocommits took over 30 s on a
 * loaded machine.
 */
export function writeIndexedTable(path: string): void {
  const db = new Database(path);
  db.exec('CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t(x);');
  const insert = db.prepare('INSERT INTO t VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`row-${i}-${'x'.repeat(50)}`);
  })();
  db.close();
}

/**
 * Scribbles over the file's middle pages, keeping the header (first 8 KiB) and the last 4 KiB readable so
 * the damage is found only by reading pages. Returns the bytes written, to check the file is left as is.
 */
export function damageMiddlePages(path: string): Buffer {
  const bytes = readFileSync(path);
  for (let i = 8192; i < bytes.length - 4096; i += 7) bytes[i] = (bytes[i]! + 13) % 256;
  writeFileSync(path, bytes);
  return bytes;
}
