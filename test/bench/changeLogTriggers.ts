/**
 * What the change-log triggers (migration 0210: creator_changes / offer_changes) cost a bulk import:
 * a 20,000-row creators import and a 20,000-session live import (creator rooms, so every session notes
 * its creator), each committed on a fresh database with the triggers and on one where they were dropped,
 * in the same process. Prints the medians and their ratio; never asserted.
 *
 *   npx tsx test/bench/changeLogTriggers.ts [rows=20000] [runs=3]
 */
import { performance } from 'node:perf_hooks';
import type { Backend } from '../../electron/backend/app';
import { commitCreatorImport } from '../../electron/backend/creators/import';
import { analyseImport, commitImport as commitLiveImport } from '../../electron/backend/liveSessions/import';
import { call } from './support';
import { withTempBackend } from './tempBackend';

const rows = Number(process.argv[2] ?? 20_000);
const runs = Number(process.argv[3] ?? 3);
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

/** Drops every trigger of migration 0210, as if the change logs were never kept. */
function dropChangeTriggers(backend: Backend): number {
  const db = backend.context.db;
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB '*_changes_on_*'")
    .pluck()
    .all() as string[];
  for (const name of names) db.exec(`DROP TRIGGER "${name}"`);
  return names.length;
}

interface Timing {
  creatorsMs: number;
  liveMs: number;
}

async function once(withTriggers: boolean, count = rows): Promise<Timing> {
  return withTempBackend('triggers', async (backend) => {
    if (!withTriggers) dropChangeTriggers(backend);
    const ctx = backend.context;
    const { id: workspaceId } = await call<{ id: string }>(backend, 'workspaces.create', {
      name: '达人代理',
      industry: 'beauty_personal_care',
    });

    const roster = { workspaceId, fileName: 'roster.csv', base64: rosterCsv(count), skipInvalid: false };
    let started = performance.now();
    const created = await commitCreatorImport(ctx, roster);
    if (created.created !== count) throw new Error(`creators: ${created.created} of ${count} created`);
    const creatorsMs = performance.now() - started;

    const sessions = { workspaceId, fileName: 'sessions.csv', base64: sessionsCsv(count) };
    started = performance.now();
    const live = commitLiveImport(ctx, await analyseImport(ctx, sessions), false);
    if (live.inserted !== count) throw new Error(`live sessions: ${live.inserted} of ${count} inserted`);
    const liveMs = performance.now() - started;
    return { creatorsMs, liveMs };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const withT: Timing[] = [];
  const without: Timing[] = [];
  // A small warm-up pair first (compilation, caches); then alternating, so drift hits both alike.
  await once(true, ROOMS);
  await once(false, ROOMS);
  for (let i = 0; i < runs; i++) {
    withT.push(await once(true));
    without.push(await once(false));
  }
  for (const key of ['creatorsMs', 'liveMs'] as const) {
    const a = median(withT.map((t) => t[key]));
    const b = median(without.map((t) => t[key]));
    console.log(
      JSON.stringify({
        import:
          key === 'creatorsMs'
            ? `creators, ${rows} rows`
            : `live sessions, ${rows} rows (${ROOMS} creator rooms)`,
        withTriggersMs: Math.round(a),
        withoutTriggersMs: Math.round(b),
        ratio: Number((a / b).toFixed(2)),
        runs,
      }),
    );
  }
}

void main();
