import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/open';
import { migrations, latestVersion } from '../../electron/backend/db/migrations';
import { explain } from '../support/migrations';
import { damageMiddlePages, writeIndexedTable } from '../support/damagedPages';
import { DatabaseCorruptError, DatabaseTooNewError } from '../../electron/backend/db/errors';
import { openBackend } from '../../electron/backend/app';
import type { Migration } from '../../electron/backend/db/types';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'matrixdesk-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('opening the database', () => {
  it('creates a fresh database at the latest version with WAL and foreign keys', async () => {
    const db = await openDatabase({ path: join(dir, 'a.db') });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
    // A fresh database has nothing to protect: no backup.
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('refuses a database from a newer version and leaves the file untouched', async () => {
    const path = join(dir, 'new.db');
    const future = new Database(path);
    future.pragma(`user_version = ${latestVersion + 10}`);
    future.exec('CREATE TABLE from_the_future (x)');
    future.close();
    const bytes = readFileSync(path);
    await expect(openDatabase({ path })).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(openDatabase({ path })).rejects.toThrow(path);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('reports a corrupt file with its path and does not overwrite it', async () => {
    const path = join(dir, 'matrixdesk.db');
    const garbage = Buffer.from('this is not a database, but a user may still want it back'.repeat(200));
    writeFileSync(path, garbage);
    const err = await openBackend(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseCorruptError);
    expect((err as Error).message).toContain(path);
    expect(readFileSync(path).equals(garbage)).toBe(true);
  });

  it('reports a database whose pages are damaged', async () => {
    const path = join(dir, 'damaged.db');
    writeIndexedTable(path);
    const bytes = damageMiddlePages(path);
    await expect(openDatabase({ path })).rejects.toBeInstanceOf(DatabaseCorruptError);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});

describe('migrations', () => {
  const extra: Migration = {
    version: latestVersion + 10,
    name: 'test-extra',
    up: (db) => db.exec('ALTER TABLE workspaces ADD COLUMN test_flag INTEGER NOT NULL DEFAULT 7'),
  };

  it('backs up with the backup API before migrating an existing database, then migrates', async () => {
    const path = join(dir, 'm.db');
    const db = await openDatabase({ path });
    db.prepare(
      "INSERT INTO workspaces (id, name, industry, stage, created_at, updated_at) VALUES ('w', 'Keep', 'home', 'new', 'x', 'x')",
    ).run();
    db.close();

    const migrated = await openDatabase({ path, migrations: [...migrations, extra] });
    expect(migrated.pragma('user_version', { simple: true })).toBe(extra.version);
    expect(migrated.prepare('SELECT name, test_flag FROM workspaces').get()).toEqual({
      name: 'Keep',
      test_flag: 7,
    });
    migrated.close();

    // One backup file (and its metadata sidecar).
    const backups = readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('.db'));
    expect(backups).toHaveLength(1);
    const copy = new Database(join(dir, 'backups', backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(copy.prepare('SELECT name FROM workspaces').get()).toEqual({ name: 'Keep' });
    copy.close();
  });

  it('rolls back every pending migration when one fails, and reports the error', async () => {
    const path = join(dir, 'r.db');
    (await openDatabase({ path })).close();
    const broken: Migration = {
      version: latestVersion + 20,
      name: 'broken',
      up: (db) => db.exec('THIS IS NOT SQL'),
    };
    await expect(openDatabase({ path, migrations: [...migrations, extra, broken] })).rejects.toThrow();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    const cols = db.prepare('PRAGMA table_info(workspaces)').all() as { name: string }[];
    expect(cols.map((c) => c.name)).not.toContain('test_flag');
    db.close();
  });

  it('takes a database from each earlier version to the latest, keeping its rows', async () => {
    for (const [i, m] of migrations.entries()) {
      const path = join(dir, `v${m.version}.db`);
      const old = await openDatabase({ path, migrations: migrations.slice(0, i + 1) });
      old
        .prepare(
          "INSERT INTO workspaces (id, name, industry, stage, created_at, updated_at) VALUES ('w', 'Old', 'home', 'new', 'x', 'x')",
        )
        .run();
      old.close();
      const db = await openDatabase({ path });
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
      expect(db.prepare("SELECT name FROM workspaces WHERE id = 'w'").get()).toEqual({ name: 'Old' });
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    }
  });

  it('uses indexes for the hot account queries', async () => {
    const db = await openDatabase({ path: join(dir, 'plan.db') });
    const plan = (sql: string) => explain(db, sql);
    expect(plan("SELECT * FROM accounts WHERE workspace_id = 'w' AND archived_at IS NULL")).toMatch(
      /USING INDEX/,
    );
    expect(
      plan("SELECT id FROM accounts WHERE workspace_id = 'w' AND platform = 'douyin' AND handle = 'h'"),
    ).toMatch(/accounts_handle_unique/);
    db.close();
  });

  it('numbers migrations in increasing steps', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});

describe('restart', () => {
  it('keeps everything across close and reopen', async () => {
    const first = await openBackend(dir);
    const ws = await first.router('workspaces.create', { name: '重启测试', industry: 'home' });
    expect(ws.ok).toBe(true);
    first.close();
    const second = await openBackend(dir);
    const list = await second.router('workspaces.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ name: '重启测试' }] });
    second.close();
  });
});
