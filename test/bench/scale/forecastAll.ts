/**
 * "Forecast all" (the forecasts.runAll job: a saved run per active account, in the job worker) against
 * the same forecasts called one by one through the router (issue 13: the job ≤ 2× the forecasts). Both
 * with planned content, as the app runs them. Wall time of each, and this process's CPU time (the job
 * worker is a thread of it), which a loaded machine disturbs less; the first pass apart too (it starts the
 * job's thread, which later passes reuse). Printed, never asserted.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Backend } from '../../../electron/backend/app';
import { listAccounts } from '../../../electron/backend/accounts/repo';
import { percentile, type Figure } from './measure';

/** Jobs run in the built worker when there is one, as in the app (from sources tsx compiles it first). */
export function useBuiltJobWorker(): void {
  const built = join(__dirname, '..', '..', '..', 'out', 'main', 'jobWorker.js');
  if (!process.env['MATRIXDESK_JOB_WORKER'] && existsSync(built))
    process.env['MATRIXDESK_JOB_WORKER'] = built;
  console.error(`job worker: ${process.env['MATRIXDESK_JOB_WORKER'] ?? 'from sources (tsx)'}`);
}

async function waitForJob(b: Backend, id: string): Promise<Record<string, unknown>> {
  for (;;) {
    const r = await b.router('jobs.get', { id });
    if (!r.ok) throw new Error(r.error.message);
    const job = r.value as Record<string, unknown>;
    if (['succeeded', 'failed', 'cancelled'].includes(job['state'] as string)) return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Wall and CPU milliseconds of `work`. */
async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await work();
  const cpu = process.cpuUsage(cpu0);
  return { wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 };
}

/** `runs` passes of the forecasts and the job, interleaved; p50 of each and the job ÷ forecasts ratios. */
export async function measureForecastAll(b: Backend, workspaceId: string, runs = 1): Promise<Figure> {
  const accounts = listAccounts(b.context.db, workspaceId, false);
  const forecasts: { wall: number; cpu: number }[] = [];
  const jobs: { wall: number; cpu: number }[] = [];
  let state: unknown = null;
  for (let run = 0; run < runs; run++) {
    forecasts.push(
      await timed(async () => {
        for (const account of accounts) {
          const r = await b.router('forecasts.run', {
            accountId: account.id,
            metric: 'views',
            horizon: 30,
            save: false,
          });
          if (!r.ok) throw new Error(r.error.message);
        }
      }),
    );
    const before = new Date().toISOString();
    jobs.push(
      await timed(async () => {
        const started = await b.router('forecasts.runAll', { workspaceId, metric: 'views', horizon: 30 });
        if (!started.ok) throw new Error(started.error.message);
        state = (await waitForJob(b, (started.value as { jobId: string }).jobId))['state'];
      }),
    );
    // Keep the cached database as generated.
    b.context.db.prepare('DELETE FROM forecast_runs WHERE created_at >= ?').run(before);
  }
  const p50 = (values: { wall: number; cpu: number }[], key: 'wall' | 'cpu') =>
    percentile(
      values.map((v) => v[key]),
      50,
    );
  const ratio = (key: 'wall' | 'cpu') => Math.round((p50(jobs, key) / p50(forecasts, key)) * 100) / 100;
  return {
    figure: 'forecast all',
    accounts: accounts.length,
    runs,
    state,
    forecastsMs: Math.round(p50(forecasts, 'wall')),
    jobMs: Math.round(p50(jobs, 'wall')),
    jobToForecasts: ratio('wall'),
    forecastsCpuMs: Math.round(p50(forecasts, 'cpu')),
    jobCpuMs: Math.round(p50(jobs, 'cpu')),
    jobToForecastsCpu: ratio('cpu'),
    // The first pass starts the job's thread and runs its code cold; later passes reuse the thread.
    firstJobMs: Math.round(jobs[0]?.wall ?? 0),
    firstJobCpuMs: Math.round(jobs[0]?.cpu ?? 0),
  };
}
