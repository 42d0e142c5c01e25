/**
 * `npx tsx test/bench/scale/forecastPlanned.ts <data dir of a bench:scale database> [runs] [forecast-all runs]`
 *
 * forecasts.run with and without planned content on the account with the most content items of the
 * busiest workspace, interleaved, through the router: this process's CPU time p50 of each and their ratio
 * (the issue 13 target is ≤ 2×), the same right after a plan edit (the account's past is kept) and right
 * after a published item changed (the past is rebuilt), plus a digest of the planned run so two builds can be compared for equal
 * values. Printed, never asserted. Point two builds at two copies of the same database (a build refuses a
 * database migrated past it). Then "forecast all" on that workspace against its forecasts one by one
 * (`forecastAll.ts`; 0 runs skips it).
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { openBackend, type Backend } from '../../../electron/backend/app';
import { measureForecastAll, useBuiltJobWorker } from './forecastAll';

const [dataDir, runsArg, allRunsArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: forecastPlanned.ts <data dir> [runs]');
const runs = Number(runsArg ?? 15);
const allRuns = Number(allRunsArg ?? 3);

async function main() {
  useBuiltJobWorker();
  const b = await openBackend(dataDir!);
  const db = b.context.db;
  const one = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { id: string }).id;
  const ws = one(
    'SELECT workspace_id AS id FROM content_items GROUP BY workspace_id ORDER BY COUNT(*) DESC LIMIT 1',
  );
  const accountId = one(
    `SELECT a.id FROM accounts a WHERE a.workspace_id = ? AND a.role = 'sales' AND a.archived_at IS NULL
     ORDER BY (SELECT COUNT(*) FROM content_items c WHERE c.account_id = a.id) DESC LIMIT 1`,
    ws,
  );
  const input = (includePlanned: boolean) => ({
    accountId,
    metric: 'views',
    horizon: 30,
    includePlanned,
    save: false,
  });
  const cpu = async (includePlanned: boolean) => {
    const c0 = process.cpuUsage();
    const r = await b.router('forecasts.run', input(includePlanned));
    if (!r.ok) throw new Error(r.error.message);
    const used = process.cpuUsage(c0);
    return (used.user + used.system) / 1000;
  };
  // Two kinds of write between calls. A plan edit (an item of the plan renamed) is what the account's past
  // (forecasts/accountPast.ts) is not built from: kept since migration 0420, it was rebuilt after any write
  // before. A published item re-dated by a millisecond is what the past is built from: rebuilt either way.
  // Both are undone after the runs, so the database stays as it was for the next build.
  const horizonItem = db
    .prepare(
      `SELECT id, title FROM content_items WHERE account_id = ? AND status NOT IN ('published', 'cancelled')
       ORDER BY planned_at DESC LIMIT 1`,
    )
    .get(accountId) as { id: string; title: string };
  const publishedItem = db
    .prepare(
      `SELECT id, planned_at FROM content_items WHERE account_id = ? AND status = 'published'
         AND format <> 'live' ORDER BY planned_at DESC LIMIT 1`,
    )
    .get(accountId) as { id: string; planned_at: string };
  const setTitle = db.prepare('UPDATE content_items SET title = ? WHERE id = ?');
  const setPlannedAt = db.prepare('UPDATE content_items SET planned_at = ?, planned_end_at = ? WHERE id = ?');
  let writes = 0;
  const editPlan = () => setTitle.run(`${horizonItem.title} ${++writes}`, horizonItem.id);
  const redatePublished = () => {
    const at = new Date(Date.parse(publishedItem.planned_at) + (++writes % 2)).toISOString();
    setPlannedAt.run(at, at, publishedItem.id);
  };
  const planned = await runValue(b, input(true));
  await cpu(false);
  const without: number[] = [];
  const withPlanned: number[] = [];
  const withoutAfterWrite: number[] = [];
  const withAfterWrite: number[] = [];
  const withoutAfterPastWrite: number[] = [];
  const withAfterPastWrite: number[] = [];
  for (let i = 0; i < runs; i++) {
    without.push(await cpu(false));
    withPlanned.push(await cpu(true));
    editPlan();
    withoutAfterWrite.push(await cpu(false));
    editPlan();
    withAfterWrite.push(await cpu(true));
    redatePublished();
    withoutAfterPastWrite.push(await cpu(false));
    redatePublished();
    withAfterPastWrite.push(await cpu(true));
  }
  setTitle.run(horizonItem.title, horizonItem.id);
  setPlannedAt.run(publishedItem.planned_at, publishedItem.planned_at, publishedItem.id);
  const p50 = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
  const ratio = (a: number[], b: number[]) => Math.round((p50(a) / p50(b)) * 100) / 100;
  console.log(
    JSON.stringify({
      figure: 'forecasts.run with ÷ without planned content',
      accountId,
      plannedItems: planned.plannedItems,
      digest: planned.digest,
      withoutCpuP50: p50(without),
      withCpuP50: p50(withPlanned),
      ratio: ratio(withPlanned, without),
      afterPlanEdit: {
        withoutCpuP50: p50(withoutAfterWrite),
        withCpuP50: p50(withAfterWrite),
        ratio: ratio(withAfterWrite, withoutAfterWrite),
      },
      afterPastWrite: {
        withoutCpuP50: p50(withoutAfterPastWrite),
        withCpuP50: p50(withAfterPastWrite),
        ratio: ratio(withAfterPastWrite, withoutAfterPastWrite),
      },
      load: loadavg().map((l) => Math.round(l * 100) / 100),
    }),
  );
  if (allRuns > 0) console.log(JSON.stringify(await measureForecastAll(b, ws, allRuns)));
  b.close();
}

/** The planned run's values without its creation time, hashed: equal digests mean equal forecasts. */
async function runValue(b: Backend, input: Record<string, unknown>) {
  const r = await b.router('forecasts.run', input);
  if (!r.ok) throw new Error(r.error.message);
  const { createdAt: _createdAt, ...values } = r.value as { createdAt: string; planned: unknown[] };
  return {
    plannedItems: values.planned.length,
    digest: createHash('sha1').update(JSON.stringify(values)).digest('hex'),
  };
}

void main();
