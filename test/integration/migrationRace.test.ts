import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { latestVersion } from '../../electron/backend/db/migrations';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'matrixdesk-race-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function child(path: string): { proc: ChildProcess; ready: Promise<void>; done: Promise<string> } {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'test/support/migrationRaceChild.ts'), path],
    {
      cwd: root,
    },
  );
  let out = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (markReady = r));
  const done = new Promise<string>((r) => {
    proc.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('ready')) markReady();
    });
    proc.on('exit', () => r(out));
  });
  return { proc, ready, done };
}

describe('two first starts on one new database', () => {
  it('both open it: the second finds the schema the first created (5 rounds)', async () => {
    for (let round = 0; round < 5; round++) {
      const path = join(dir, `race-${round}.db`);
      const pair = [child(path), child(path)];
      await Promise.all(pair.map((c) => c.ready));
      for (const c of pair) c.proc.stdin?.write('go\n');
      const outputs = await Promise.all(pair.map((c) => c.done));
      for (const out of outputs) expect(out, `round ${round}`).toContain('opened');
      const db = new Database(path, { readonly: true });
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
      db.close();
    }
  }, 120_000);
});
