// `npx tsx test/bench/startup.ts [bigMB]`: database start-up time after a clean shutdown (header and
// schema check only) against a start that runs the full integrity check (after a crash), for a 12 MB
// and a large database. Printed, never asserted.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabaseChecked } from '../../electron/backend/db/open';

async function build(path: string, megabytes: number): Promise<void> {
  const { db } = await openDatabaseChecked({ path });
  db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, label TEXT NOT NULL, body TEXT NOT NULL)');
  db.exec('CREATE INDEX filler_label ON filler(label)');
  const insert = db.prepare('INSERT INTO filler (label, body) VALUES (?, ?)');
  const rows = Math.round((megabytes * 1024 * 1024) / 700);
  db.transaction(() => {
    for (let i = 0; i < rows; i++)
      insert.run(randomBytes(12).toString('hex'), randomBytes(300).toString('hex'));
  })();
  closeDatabase(db);
}

async function timeOpen(path: string, fullCheck: boolean): Promise<{ ms: number; full: boolean }> {
  const started = process.hrtime.bigint();
  const opened = await openDatabaseChecked({ path, fullCheck });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  closeDatabase(opened.db);
  return { ms, full: opened.fullyChecked };
}

async function main(): Promise<void> {
  const big = Number(process.argv[2] ?? 511);
  const dir = mkdtempSync(join(tmpdir(), 'matrixdesk-startup-'));
  try {
    for (const mb of [12, big]) {
      const path = join(dir, `s${mb}.db`);
      await build(path, mb);
      const size = (statSync(path).size / 1024 / 1024).toFixed(0);
      const clean = await timeOpen(path, false);
      const full = await timeOpen(path, true);
      console.log(
        `${size} MB: clean start ${clean.ms.toFixed(0)} ms (full check at open: ${clean.full}); start with full integrity_check ${full.ms.toFixed(0)} ms`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
