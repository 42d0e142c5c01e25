import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../electron/backend/app';
import { backupDatabase } from '../../electron/backend/db/backup';
import { createTestBackend } from '../support/backend';
import { fuzzScale, fuzzSeed, recordFigure } from './figures';
import { mulberry32 } from '../../shared/random';

/**
 * SIGKILL during a 50k-row metrics import, during a bundle import (same size) and during a restore of a
 * backup holding those rows, in a child process, at a seeded random moment: afterwards the database
 * passes integrity_check and holds all of the write or none of it, every time.
 */
const TRIALS = 20 * fuzzScale();
const SEED = fuzzSeed();
const ROWS = 50_000;
const ACCOUNTS = 50;

let root: string;
let template: string;
let workspaceId: string;
let metricsFile: string;
let bundleFile: string;
let backupId: string;

/** Each trial's kill moment is replayable from the seed. */
const random = mulberry32;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'matrixdesk-kill-'));
  const t = await createTestBackend();
  workspaceId = (await t.call('workspaces.create', { name: '大号矩阵', industry: 'beauty_personal_care' }))
    .id;
  for (let i = 0; i < ACCOUNTS; i++) {
    await t.call('accounts.create', {
      workspaceId,
      role: 'sales',
      handle: `store_${i}`,
      displayName: `店铺${i}`,
    });
  }
  const lines = ['日期,账号,播放量,点赞,订单数'];
  const start = Date.UTC(2022, 0, 1);
  for (let r = 0; r < ROWS; r++) {
    const day = new Date(start + Math.floor(r / ACCOUNTS) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`${day},store_${r % ACCOUNTS},${1000 + r},${r % 97},${r % 13}`);
  }
  metricsFile = join(root, 'metrics.csv');
  writeFileSync(metricsFile, lines.join('\n'));
  // The bundle: the same workspace after the import, so it carries 50k metric rows.
  const preview = await t.call('metrics.importPreview', {
    workspaceId,
    fileName: 'metrics.csv',
    base64: Buffer.from(lines.join('\n')).toString('base64'),
  });
  await t.call('metrics.importCommit', { sessionId: preview.sessionId });
  bundleFile = join(root, 'workspace.mdbundle');
  writeFileSync(bundleFile, Buffer.from((await t.call('bundles.export', { workspaceId })).base64, 'base64'));
  // A backup holding the 50k rows, kept in the template's backups folder for the restore trials.
  backupId = (
    await backupDatabase(t.backend.context.db, join(t.dataDir, 'backups'), {
      reason: 'manual',
      now: new Date(),
      appVersion: 'test',
    })
  ).id;
  t.backend.close();
  // The template for each trial: the workspace and its accounts, before any metrics.
  const db = new Database(join(t.dataDir, DB_FILE_NAME));
  db.prepare('DELETE FROM account_metrics').run();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  template = join(root, 'template');
  cpSync(t.dataDir, template, { recursive: true });
  rmSync(t.dataDir, { recursive: true, force: true });
  console.log(`[kill] ${TRIALS} trials per write, ${ROWS} rows, seed ${SEED}`);
}, 300_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Trial {
  killed: boolean;
  finished: boolean;
}

/** Runs the child, kills it `delayMs` after it reports `ready` (or lets it finish if it is faster). */
type Mode = 'metrics' | 'bundle' | 'restore';
const argumentOf = (mode: Mode) =>
  mode === 'metrics' ? metricsFile : mode === 'bundle' ? bundleFile : backupId;

function runTrial(dataDir: string, mode: Mode, delayMs: number): Promise<Trial> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'killChild.ts'), mode, dataDir, argumentOf(mode), workspaceId],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready') && !killed) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`child failed (${code}): ${err}`));
      else resolve({ killed: signal === 'SIGKILL', finished: out.includes('done') });
    });
  });
}

function inspect(dataDir: string) {
  const db = new Database(join(dataDir, DB_FILE_NAME), { readonly: false });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      metrics: (db.prepare('SELECT COUNT(*) AS n FROM account_metrics').get() as { n: number }).n,
      workspaces: (db.prepare('SELECT COUNT(*) AS n FROM workspaces').get() as { n: number }).n,
      fkProblems: (db.pragma('foreign_key_check') as unknown[]).length,
    };
  } finally {
    db.close();
  }
}

describe('SIGKILL during large writes', () => {
  for (const [index, mode] of (['metrics', 'bundle', 'restore'] as const).entries()) {
    it(`${mode}: integrity ok and all-or-nothing after every kill`, { timeout: 600_000 }, async () => {
      const next = random(SEED + index);
      let failures = 0;
      const outcomes = { none: 0, all: 0 };
      for (let trial = 0; trial < TRIALS; trial++) {
        const dataDir = join(root, `${mode}-${trial}`);
        cpSync(template, dataDir, { recursive: true });
        // Kill moments spread over the write (a few seconds on this machine), some right at its start.
        const delay = Math.floor(next() * 3000);
        await runTrial(dataDir, mode, delay);
        const state = inspect(dataDir);
        // A restore brings back the backup's rows in the same one workspace; a bundle adds a second one.
        const all =
          mode === 'bundle' ? state.workspaces === 2 && state.metrics === ROWS : state.metrics === ROWS;
        const none = state.workspaces === 1 && state.metrics === 0;
        if (state.integrity !== 'ok' || state.fkProblems > 0 || (!all && !none)) {
          failures += 1;
          console.error(`[kill] ${mode} trial ${trial} (delay ${delay} ms): ${JSON.stringify(state)}`);
        }
        outcomes[all ? 'all' : 'none'] += 1;
        rmSync(dataDir, { recursive: true, force: true });
      }
      recordFigure({
        suite: `SIGKILL ${mode} (${ROWS} rows)`,
        cases: TRIALS,
        failures,
        seed: SEED,
        note: `${outcomes.none} killed before commit, ${outcomes.all} complete`,
      });
      expect(failures).toBe(0);
    });
  }
});
