import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'matrixdesk-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the browser-mode CLI from source; stops it once it printed its ready line (or exits by itself). */
function runCli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'electron/web/cli.ts'), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      if (stdout.includes('MatrixDesk web:')) setTimeout(() => child.kill('SIGTERM'), 200);
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

describe('npm run web', () => {
  it('prints exactly one ready line with the port and the token from MATRIXDESK_TOKEN', async () => {
    const run = await runCli(['--port', '0', '--data-dir', join(dir, 'data')], {
      MATRIXDESK_TOKEN: 'fixed-token-0123456789',
    });
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^MatrixDesk web: http:\/\/127\.0\.0\.1:\d+\/\?token=fixed-token-0123456789$/);
  });

  it('refuses a MATRIXDESK_TOKEN shorter than 16 characters, saying so', async () => {
    const run = await runCli(['--port', '0', '--data-dir', join(dir, 'data')], { MATRIXDESK_TOKEN: 'short' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/MATRIXDESK_TOKEN is too short \(5 characters\): use at least 16/);
    expect(run.stdout).not.toContain('MatrixDesk web:');
  });

  it('uses MATRIXDESK_DATA_DIR when no --data-dir is given', async () => {
    const dataDir = join(dir, 'from-env');
    await runCli(['--port', '0'], { MATRIXDESK_DATA_DIR: dataDir });
    const db = new Database(join(dataDir, 'matrixdesk.db'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    db.close();
  });

  it('starts the recovery screen for a corrupt database, naming its path, and leaves it as it was', async () => {
    const dataDir = join(dir, 'corrupt');
    mkdirSync(dataDir);
    const dbPath = join(dataDir, 'matrixdesk.db');
    writeFileSync(dbPath, 'definitely not sqlite '.repeat(100));
    const run = await runCli(['--port', '0', '--data-dir', dataDir]);
    expect(run.stderr).toContain(dbPath);
    expect(run.stderr).toMatch(/damaged/);
    expect(run.stdout).toContain('MatrixDesk web:');
    expect(readFileSync(dbPath, 'utf8')).toBe('definitely not sqlite '.repeat(100));
  });

  it('starts the recovery screen for a database from a newer version, with a clear message', async () => {
    const dataDir = join(dir, 'newer');
    mkdirSync(dataDir);
    const db = new Database(join(dataDir, 'matrixdesk.db'));
    db.pragma('user_version = 99990');
    db.close();
    const run = await runCli(['--port', '0', '--data-dir', dataDir]);
    expect(run.stderr).toMatch(/newer version of MatrixDesk/);
    expect(run.stdout).toContain('MatrixDesk web:');
  });

  it('refuses a second host on the same data folder, naming the folder', async () => {
    const dataDir = join(dir, 'shared');
    const first = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'electron/web/cli.ts'), '--port', '0', '--data-dir', dataDir],
      {
        cwd: root,
      },
    );
    try {
      await new Promise<void>((ready, fail) => {
        let out = '';
        first.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          if (out.includes('MatrixDesk web:')) ready();
        });
        first.on('exit', () => fail(new Error('first host exited')));
      });
      const second = await runCli(['--port', '0', '--data-dir', dataDir]);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(dataDir);
      expect(second.stderr).toMatch(/already in use by another MatrixDesk/);
    } finally {
      first.kill('SIGTERM');
    }
  });

  it('explains a bad flag', async () => {
    const run = await runCli(['--prot', '80']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Unknown option --prot/);
  });
});
