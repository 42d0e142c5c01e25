/**
 * What the creator change log costs a bulk import: a 20,000-row creators import and a 5,000-session
 * live import (creator rooms, so every session changes its creator), each committed on a fresh
 * database with 0210's per-row trigger notes, with 0280's one note per import, and with the triggers
 * dropped, in the same process. Prints each median and its ratio to the import without a change log;
 * never asserted.
 *
 *   npx tsx test/bench/changeLogTriggers.ts [creatorRows=20000] [sessionRows=5000] [runs=3]
 */
import { performance } from 'node:perf_hooks';
import type { Backend } from '../../electron/backend/app';
import { commitCreatorImport } from '../../electron/backend/creators/import';
import { analyseImport, commitImport as commitLiveImport } from '../../electron/backend/liveSessions/import';
import { call } from './support';
import { withTempBackend } from './tempBackend';

const rows = Number(process.argv[2] ?? 20_000);
const liveRows = Number(process.argv[3] ?? 5_000);
const runs = Number(process.argv[4] ?? 3);
const ROOMS = 200;

const base64Csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`).toString('base64');

const rosterCsv = (count: number) =>
  base64Csv([
    '达人昵称,平台,抖音号,粉丝数,互动率,佣金比例',
    ...Array.from({ length: count }, (_, i) => `达人${i},抖音,creator_${i},${10_000 + i},3.5%,20%`),
  ]);

function sessionsCsv(count: number): string {
  const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return base64Csv([
    '达人,开播时间,下播时间,观看人数,成交金额',
    ...Array.from({ length: count }, (_, i) => {
      const d = day(Math.floor(i / ROOMS));
      return `creator_${i % ROOMS},${d} 20:00,${d} 22:00,${1000 + i},${5000 + i}.00`;
    }),
  ]);
}

type Variant = 'per-row notes (0210)' | 'one note per import (0280)' | 'no change log';
const variants: Variant[] = ['per-row notes (0210)', 'one note per import (0280)', 'no change log'];

/**
 * Sets the change-log triggers up for a variant on a fresh database: as 0280 left them; as 0210 wrote
 * them (the bulk mark's condition taken out, so every row is noted again: the import's own one-statement
 * note then only rewrites those rows); or dropped.
 */
function prepareVariant(backend: Backend, variant: Variant): void {
  const db = backend.context.db;
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name GLOB '*_changes_on_*'")
    .all() as { name: string; sql: string }[];
  if (variant === 'one note per import (0280)') return;
  for (const { name, sql } of triggers) {
    db.exec(`DROP TRIGGER "${name}"`);
    if (variant === 'per-row notes (0210)') {
      db.exec(
        sql.replace(
          / AND NOT EXISTS \(SELECT 1 FROM creator_changes_bulk WHERE workspace_id = (new|old)\.workspace_id\)/,
          '',
        ),
      );
    }
  }
}

interface Timing {
  creatorsMs: number;
  liveMs: number;
}

async function once(variant: Variant, creatorRows = rows, sessionRows = liveRows): Promise<Timing> {
  return withTempBackend('triggers', async (backend) => {
    prepareVariant(backend, variant);
    const ctx = backend.context;
    const { id: workspaceId } = await call<{ id: string }>(backend, 'workspaces.create', {
      name: '达人代理',
      industry: 'beauty_personal_care',
    });

    const roster = {
      workspaceId,
      fileName: 'roster.csv',
      base64: rosterCsv(creatorRows),
      skipInvalid: false,
    };
    let started = performance.now();
    const created = await commitCreatorImport(ctx, roster);
    if (created.created !== creatorRows)
      throw new Error(`creators: ${created.created} of ${creatorRows} created`);
    const creatorsMs = performance.now() - started;

    const sessions = { workspaceId, fileName: 'sessions.csv', base64: sessionsCsv(sessionRows) };
    started = performance.now();
    const live = commitLiveImport(ctx, await analyseImport(ctx, sessions), false);
    if (live.inserted !== sessionRows)
      throw new Error(`live sessions: ${live.inserted} of ${sessionRows} inserted`);
    const liveMs = performance.now() - started;
    return { creatorsMs, liveMs };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const timings = new Map<Variant, Timing[]>(variants.map((v) => [v, []]));
  // A small warm-up round first (compilation, caches); then the variants in turn, the order reversed
  // every other run, so drift on a shared machine hits each alike.
  for (const variant of variants) await once(variant, ROOMS, ROOMS);
  for (let i = 0; i < runs; i++) {
    for (const variant of i % 2 === 0 ? variants : [...variants].reverse()) {
      timings.get(variant)!.push(await once(variant));
    }
  }
  for (const key of ['creatorsMs', 'liveMs'] as const) {
    const none = median(timings.get('no change log')!.map((t) => t[key]));
    for (const variant of variants) {
      const ms = median(timings.get(variant)!.map((t) => t[key]));
      console.log(
        JSON.stringify({
          import:
            key === 'creatorsMs'
              ? `creators, ${rows} rows`
              : `live sessions, ${liveRows} rows (${ROOMS} creator rooms)`,
          variant,
          medianMs: Math.round(ms),
          vsNoChangeLog: Number((ms / none).toFixed(2)),
          runs,
        }),
      );
    }
  }
}

void main();
