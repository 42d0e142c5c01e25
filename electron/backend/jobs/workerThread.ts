import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerInput } from './types';

const BUNDLED_NAME = 'jobWorker.js';

/**
 * Starts a job's worker thread. In the built app (Electron main and the browser-mode host, both bundled
 * into out/main by electron-vite) the worker is out/main/jobWorker.js beside the bundle or its chunks.
 * Running from sources (vitest, tsx scripts) there is no bundle: the worker is worker.ts beside this file,
 * loaded through tsx's CommonJS hook from a small eval'd bootstrap. MATRIXDESK_JOB_WORKER names a built
 * worker explicitly (the scale bench uses the bundle, so tsx's on-the-fly compile is not in its figures).
 */
export function startJobWorker(workerData: WorkerInput): Worker {
  const explicit = process.env['MATRIXDESK_JOB_WORKER'];
  // A built worker needs none of the parent's loader flags (a bench or dev run under tsx would otherwise
  // register tsx in the worker too: a quarter of a second before the job starts). MATRIXDESK_JOB_CPU_PROF
  // names a folder for a CPU profile of each job's thread (test/bench/metricsImport.ts --profile).
  const profileDir = process.env['MATRIXDESK_JOB_CPU_PROF'];
  const execArgv = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  if (explicit) return new Worker(explicit, { workerData, execArgv });
  const bundled = [join(__dirname, BUNDLED_NAME), join(__dirname, '..', BUNDLED_NAME)].find((p) =>
    existsSync(p),
  );
  if (bundled) return new Worker(bundled, { workerData, execArgv });
  const source = join(__dirname, 'worker.ts');
  if (!existsSync(source)) {
    throw new Error(`The job worker is missing: neither ${BUNDLED_NAME} nor ${source} exists`);
  }
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  const bootstrap = `require(${JSON.stringify(tsx)});\nrequire(${JSON.stringify(source)});`;
  return new Worker(bootstrap, { eval: true, workerData });
}
