import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { JobSpec, WorkerInput } from './types';

/**
 * A job's thread entry: "forecast all" has one of its own that loads the forecast code alone (a thread
 * compiles everything its entry imports before the job starts); every other job runs in jobWorker.
 */
const entries = {
  job: { bundled: 'jobWorker.js', source: 'worker.ts', reusable: false },
  forecast: { bundled: 'forecastWorker.js', source: 'forecastWorker.ts', reusable: true },
} as const;

const entryFor = (spec: JobSpec) => entries[spec.kind === 'forecasts.runAll' ? 'forecast' : 'job'];

/**
 * Whether a job's thread takes further jobs of its kind once done (serveJob.ts). "Forecast all" does: a
 * fresh thread's first pass runs its forecasts unoptimised, about twice the CPU of a warmed one.
 */
export const reusesThread = (spec: JobSpec): boolean => entryFor(spec).reusable;

/**
 * Starts a job's worker thread. In the built app (Electron main and the browser-mode host, both bundled
 * into out/main by electron-vite) the worker is out/main/jobWorker.js or forecastWorker.js beside the
 * bundle or its chunks. Running from sources (vitest, tsx scripts) there is no bundle: the worker is
 * worker.ts or forecastWorker.ts beside this file, loaded through tsx's CommonJS hook from a small eval'd
 * bootstrap. MATRIXDESK_JOB_WORKER names a built jobWorker.js explicitly, its forecastWorker.js beside it
 * (the scale bench uses the bundle, so tsx's on-the-fly compile is not in its figures).
 */
export function startJobWorker(workerData: WorkerInput): Worker {
  const entry = entryFor(workerData.spec);
  const explicit = process.env['MATRIXDESK_JOB_WORKER'];
  // A built worker needs none of the parent's loader flags (a bench or dev run under tsx would otherwise
  // register tsx in the worker too: a quarter of a second before the job starts). MATRIXDESK_JOB_CPU_PROF
  // names a folder for a CPU profile of each job's thread (test/bench/metricsImport.ts --profile).
  const profileDir = process.env['MATRIXDESK_JOB_CPU_PROF'];
  const execArgv = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  if (explicit) return new Worker(join(dirname(explicit), entry.bundled), { workerData, execArgv });
  const bundled = [join(__dirname, entry.bundled), join(__dirname, '..', entry.bundled)].find((p) =>
    existsSync(p),
  );
  if (bundled) return new Worker(bundled, { workerData, execArgv });
  const source = join(__dirname, entry.source);
  if (!existsSync(source)) {
    throw new Error(`The job worker is missing: neither ${entry.bundled} nor ${source} exists`);
  }
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  const bootstrap = `require(${JSON.stringify(tsx)});\nrequire(${JSON.stringify(source)});`;
  return new Worker(bootstrap, { eval: true, workerData });
}
