import Database from 'better-sqlite3';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/app';
import { latestVersion } from '../../electron/backend/db/migrations';
import { callOn } from '../support/backend';

let dir: string;
let dbPath: string;
let open: Backend[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'matrixdesk-recovery-'));
  dbPath = join(dir, 'matrixdesk.db');
  open = [];
});
afterEach(() => {
  for (const b of open) b.close();
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<Backend> {
  const b = await openBackend(dir, { allowRecovery: true, validateOutput: true, log: () => undefined });
  open.push(b);
  return b;
}

/** A good database with one workspace and one backup of it, then closed. */
async function goodDatabaseWithBackup(): Promise<string> {
  const b = await start();
  await callOn(b, 'workspaces.create', { name: '恢复我', industry: 'home' });
  const backup = await callOn(b, 'backups.create', {});
  b.close();
  open = [];
  return backup.id;
}

const makeBad: Record<string, () => void> = {
  damaged: () => writeFileSync(dbPath, Buffer.from('not a database at all '.repeat(300))),
  newer: () => {
    const db = new Database(dbPath);
    db.pragma(`user_version = ${latestVersion + 100}`);
    db.exec('CREATE TABLE future (x)');
    db.close();
  },
  empty: () => writeFileSync(dbPath, ''),
  bad_version: () => {
    const db = new Database(dbPath);
    db.exec('CREATE TABLE odd (x)');
    db.pragma('user_version = -1');
    db.close();
  },
  read_only: () => {
    const db = new Database(dbPath);
    db.exec('CREATE TABLE fine (x)');
    db.close();
    chmodSync(dbPath, 0o444);
  },
};

describe('recovery mode instead of an error and exit', () => {
  it.each(Object.keys(makeBad))(
    '%s: starts in recovery naming the file, and leaves it byte-identical',
    async (kind) => {
      makeBad[kind]!();
      const bytes = readFileSync(dbPath);
      const b = await start();
      expect(b.problem?.kind).toBe(kind);
      const status = await callOn(b, 'recovery.status', {});
      expect(status).toMatchObject({ mode: 'recovery', problem: { kind, path: dbPath } });
      // The shell still gets its settings; everything else says why it cannot answer.
      expect(await callOn(b, 'settings.get', {})).toEqual({ language: null, lastWorkspaceId: null });
      const refused = await b.router('workspaces.list', {});
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'invalid_state', reason: 'recovery.required' },
      });
      expect(readFileSync(dbPath).equals(bytes)).toBe(true);
      expect(existsSync(`${dbPath}-wal`)).toBe(false);
    },
  );

  it('reports a read-only folder as read-only, not damaged, and will not move anything', async () => {
    const db = new Database(dbPath);
    db.exec('CREATE TABLE fine (x)');
    db.close();
    const bytes = readFileSync(dbPath);
    chmodSync(dir, 0o555);
    const b = await start();
    expect(b.problem?.kind).toBe('read_only');
    const err = await b.router('recovery.startFresh', {});
    expect(err).toMatchObject({ ok: false, error: { reason: 'recovery.readOnly' } });
    chmodSync(dir, 0o755);
    expect(readFileSync(dbPath).equals(bytes)).toBe(true);
  });

  it('restores the latest good backup: the damaged file is moved aside intact, the app runs on the backup', async () => {
    const backupId = await goodDatabaseWithBackup();
    makeBad['damaged']!();
    const bytes = readFileSync(dbPath);
    const b = await start();
    expect((await callOn(b, 'recovery.status', {})).backups.map((x) => x.id)).toEqual([backupId]);
    const result = await callOn(b, 'recovery.restore', { id: backupId });
    expect(result.movedAsideTo).toMatch(/matrixdesk\.db\.damaged-/);
    expect(readFileSync(result.movedAsideTo!).equals(bytes)).toBe(true);
    expect((await callOn(b, 'recovery.status', {})).mode).toBe('normal');
    expect((await callOn(b, 'workspaces.list', {})).map((w) => w.name)).toEqual(['恢复我']);
  });

  it('starts fresh after moving the bad file aside, never deleting it', async () => {
    makeBad['newer']!();
    const bytes = readFileSync(dbPath);
    const b = await start();
    const { movedAsideTo } = await callOn(b, 'recovery.startFresh', {});
    expect(movedAsideTo).toMatch(/matrixdesk\.db\.newer-/);
    expect(readFileSync(movedAsideTo!).equals(bytes)).toBe(true);
    expect(await callOn(b, 'workspaces.list', {})).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.startsWith('matrixdesk.db.newer-'))).toHaveLength(1);
  });

  it('retry opens the database once the cause is fixed outside the app', async () => {
    makeBad['read_only']!();
    const b = await start();
    expect(b.problem?.kind).toBe('read_only');
    chmodSync(dbPath, 0o644);
    expect((await callOn(b, 'recovery.retry', {})).mode).toBe('normal');
    expect(await callOn(b, 'workspaces.list', {})).toEqual([]);
  });

  it('without allowRecovery the problem is still thrown (tests and tools)', async () => {
    makeBad['empty']!();
    await expect(openBackend(dir)).rejects.toThrow(/empty \(0-byte\)/);
  });
});
