import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/app';
import { latestVersion } from '../../electron/backend/db/migrations';
import { callOn, failOn } from '../support/backend';
import { damageMiddlePages, writeIndexedTable } from '../support/damagedPages';
import { openDatabaseChecked, closeDatabase } from '../../electron/backend/db/open';

let dir: string;
let open: Backend[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'matrixdesk-backups-'));
  open = [];
});
afterEach(() => {
  for (const b of open) b.close();
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: Parameters<typeof openBackend>[1] = {}): Promise<Backend> {
  const backend = await openBackend(dir, { validateOutput: true, log: () => undefined, ...options });
  open.push(backend);
  return backend;
}
function stop(backend: Backend): void {
  backend.close();
  open = open.filter((b) => b !== backend);
}
const names = async (b: Backend) => (await callOn(b, 'workspaces.list', {})).map((w) => w.name).sort();

describe('backups', () => {
  it('"Back up now" writes a SQLite copy listed with time, size, app and schema version', async () => {
    const b = await start({ appVersion: '9.9.9' });
    await callOn(b, 'workspaces.create', { name: '备份品牌', industry: 'home' });
    const made = await callOn(b, 'backups.create', {});
    expect(made).toMatchObject({ reason: 'manual', appVersion: '9.9.9', schemaVersion: latestVersion });
    expect(made.sizeBytes).toBeGreaterThan(0);
    const list = await callOn(b, 'backups.list', {});
    expect(list.items.map((i) => i.id)).toEqual([made.id]);
    expect(list.backupsDir).toBe(join(dir, 'backups'));
    const copy = new Database(join(dir, 'backups', `${made.id}.db`), { readonly: true });
    expect(copy.prepare('SELECT name FROM workspaces').all()).toEqual([{ name: '备份品牌' }]);
    copy.close();
  });

  it('restore backs up the current state first, then reopens on the backup through the same router', async () => {
    const b = await start();
    const router = b.router;
    await callOn(b, 'workspaces.create', { name: 'A 在备份里', industry: 'home' });
    const backup = await callOn(b, 'backups.create', {});
    await callOn(b, 'workspaces.create', { name: 'B 备份之后', industry: 'home' });

    const result = await callOn(b, 'backups.restore', { id: backup.id });
    expect(result.restored.id).toBe(backup.id);
    expect(result.safetyBackup.reason).toBe('before_restore');
    expect(b.router).toBe(router);
    expect(await names(b)).toEqual(['A 在备份里']);

    // The state before the restore is itself restorable.
    await callOn(b, 'backups.restore', { id: result.safetyBackup.id });
    expect(await names(b)).toEqual(['A 在备份里', 'B 备份之后']);
    expect(b.context.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses unknown, malformed and damaged backups, changing nothing', async () => {
    const b = await start();
    await callOn(b, 'workspaces.create', { name: '不变', industry: 'home' });
    const good = await callOn(b, 'backups.create', {});
    expect((await failOn(b, 'backups.restore', { id: 'matrixdesk-nope' })).code).toBe('not_found');
    expect((await failOn(b, 'backups.restore', { id: '../matrixdesk' })).code).toBe('invalid_input');
    expect((await failOn(b, 'backups.restore', { id: 'matrixdesk-x/../../etc' })).code).toBe('invalid_input');
    const file = join(dir, 'backups', `${good.id}.db`);
    const bytes = readFileSync(file);
    for (let i = 4096; i < bytes.length; i += 5) bytes[i] = 0xff;
    writeFileSync(file, bytes);
    const err = await failOn(b, 'backups.restore', { id: good.id });
    expect(err).toMatchObject({ code: 'invalid_state', reason: 'backups.unusable' });
    expect(await names(b)).toEqual(['不变']);
    expect((await callOn(b, 'backups.list', {})).items).toHaveLength(1);
  });

  it('backs up automatically at start when the last backup is over a day old, not on a new database', async () => {
    let now = new Date('2026-03-01T08:00:00Z');
    const first = await start({ now: () => now });
    expect(existsSync(join(dir, 'backups'))).toBe(false);
    await callOn(first, 'workspaces.create', { name: '日备', industry: 'home' });
    stop(first);

    const second = await start({ now: () => now });
    const daily = (await callOn(second, 'backups.list', {})).items;
    expect(daily.map((d) => d.reason)).toEqual(['daily']);
    stop(second);

    now = new Date('2026-03-01T20:00:00Z');
    const third = await start({ now: () => now });
    expect((await callOn(third, 'backups.list', {})).items).toHaveLength(1);
    stop(third);

    now = new Date('2026-03-02T09:00:00Z');
    const fourth = await start({ now: () => now });
    expect((await callOn(fourth, 'backups.list', {})).items.map((d) => d.reason)).toEqual(['daily', 'daily']);
  });

  it('runs the full integrity check on demand', async () => {
    const b = await start();
    expect(await callOn(b, 'recovery.check', {})).toMatchObject({
      ok: true,
      problems: [],
      trigger: 'on_demand',
    });
    expect((await callOn(b, 'recovery.status', {})).mode).toBe('normal');
  });
});

describe('start-up check', () => {
  it('skips the full check after a clean shutdown of an unchanged file, and runs it otherwise', async () => {
    const path = join(dir, 'x.db');
    const first = await openDatabaseChecked({ path });
    expect(first.fullyChecked).toBe(true);
    closeDatabase(first.db);
    expect(existsSync(`${path}.clean`)).toBe(true);

    const clean = await openDatabaseChecked({ path });
    expect(clean.fullyChecked).toBe(false);
    // Closed without the marker (a crash): the next start checks in full.
    clean.db.close();
    const afterCrash = await openDatabaseChecked({ path });
    expect(afterCrash.fullyChecked).toBe(true);
    closeDatabase(afterCrash.db);

    // Changed behind our back after a clean close: checked in full.
    const outside = new Database(path);
    outside.exec('CREATE TABLE outside_change (x)');
    outside.close();
    const changed = await openDatabaseChecked({ path });
    expect(changed.fullyChecked).toBe(true);
    closeDatabase(changed.db);
  });
});

describe('the cheap start-up check', () => {
  it('notices a truncated file without reading every page', async () => {
    const { sanityCheck } = await import('../../electron/backend/db/check');
    const path = join(dir, 'trunc.db');
    const db = new Database(path);
    db.exec('CREATE TABLE t (x TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run('y'.repeat(200));
    })();
    db.close();
    const whole = new Database(path);
    expect(sanityCheck(whole, path)).toEqual([]);
    whole.close();
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const cut = new Database(path);
    // Either SQLite itself refuses the schema read or the page count gives it away.
    let outcome: string;
    try {
      outcome = sanityCheck(cut, path).join('; ');
    } catch (err) {
      outcome = String(err);
    }
    expect(outcome).toMatch(/truncated|malformed/);
    cut.close();
  });
});

describe('busy database', () => {
  it('answers a write with busy (503) while another connection holds the write lock; reads keep working', async () => {
    const b = await start({ busyTimeoutMs: 50 });
    await callOn(b, 'workspaces.create', { name: '读', industry: 'home' });
    const other = new Database(join(dir, 'matrixdesk.db'));
    other.exec('BEGIN IMMEDIATE');
    try {
      const err = await failOn(b, 'workspaces.create', { name: '写', industry: 'home' });
      expect(err).toMatchObject({ code: 'busy', reason: 'common.busy' });
      expect(await names(b)).toEqual(['读']);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    await callOn(b, 'workspaces.create', { name: '写', industry: 'home' });
  });
});

describe('data folder lock', () => {
  it('refuses a second backend on the same folder, naming it, until the first closes', async () => {
    const first = await start();
    const err = await openBackend(dir).catch((e: unknown) => e);
    expect(String(err)).toContain(dir);
    expect(String(err)).toMatch(/already in use/);
    stop(first);
    const again = await start();
    expect(again.problem).toBeUndefined();
  });

  it('takes over a stale lock left by a process that is gone', async () => {
    writeFileSync(join(dir, 'matrixdesk.lock'), '999999999');
    const b = await start();
    expect(readFileSync(join(dir, 'matrixdesk.lock'), 'utf8')).toBe(String(process.pid));
    expect(readdirSync(dir)).toContain('matrixdesk.db');
    expect(b.problem).toBeUndefined();
  });
});

describe('background integrity check', () => {
  it('runs the full check in a worker on its own read-only connection and reports problems', async () => {
    const { runIntegrityCheckInWorker } = await import('../../electron/backend/session/integrityWorker');
    const path = join(dir, 'w.db');
    writeIndexedTable(path);
    expect(await runIntegrityCheckInWorker(path)).toEqual([]);
    damageMiddlePages(path);
    expect((await runIntegrityCheckInWorker(path)).length).toBeGreaterThan(0);
  });

  it('after a clean start the owed check runs in the background and is reported in backups.list', async () => {
    const first = await start();
    stop(first);
    const b = await start({ backgroundCheck: true });
    await expect
      .poll(async () => (await callOn(b, 'backups.list', {})).lastCheck?.trigger, { timeout: 30_000 })
      .toBe('background');
    expect((await callOn(b, 'backups.list', {})).lastCheck?.ok).toBe(true);
  });
});

describe('open data folder', () => {
  it('is offered only when the desktop app provides it, and opens the data folder', async () => {
    const opened: string[] = [];
    const desktop = await start({
      openFolder: (folder) => {
        opened.push(folder);
        return Promise.resolve(true);
      },
    });
    expect((await callOn(desktop, 'backups.list', {})).canOpenFolder).toBe(true);
    expect(await callOn(desktop, 'backups.openFolder', {})).toEqual({ opened: true });
    expect(opened).toEqual([dir]);
    stop(desktop);

    const browser = await start();
    expect((await callOn(browser, 'backups.list', {})).canOpenFolder).toBe(false);
    expect(await failOn(browser, 'backups.openFolder', {})).toMatchObject({ reason: 'backups.desktopOnly' });
  });
});
