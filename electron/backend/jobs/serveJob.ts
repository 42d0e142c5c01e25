import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { JobResult } from '../../../shared/domain/jobs';
import { createContext, type BackendContext } from '../context';
import { JobCancelled, cancelRequested, checkpoint } from './control';
import { toJobError } from './jobError';
import type { JobHandBack, JobHooks, JobSpec, WorkerInput, WorkerMessage } from './types';

/**
 * A job's thread: its own connection to the app's database file (WAL lets the app's connection keep
 * reading while this one writes) for each job it runs through `run`. Each worker entry (worker.ts,
 * forecastWorker.ts) passes the job bodies it can run, so a thread loads only their code. A one-shot
 * thread runs the job in its workerData and exits; a `reusable` one then waits for more jobs, each posted
 * as a WorkerInput (its compiled, warmed-up code is most of what a job costs: see workerThread.ts).
 */
export function serveJob(
  run: (ctx: BackendContext, spec: JobSpec, hooks: JobHooks) => Promise<JobResult>,
  options: { reusable: boolean },
): void {
  const port = parentPort;
  if (!port) throw new Error('a job worker must run as a worker thread');
  const post = (message: WorkerMessage) => port.postMessage(message);
  const serve = async (input: WorkerInput) => {
    const control = new Int32Array(input.control);
    // Opened per job, never kept between jobs: a restore swaps the database file while the thread idles.
    const db = new Database(input.dbPath, { fileMustExist: true });
    try {
      // The app's connection opened, checked and migrated the file; this one only sets per-connection state.
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
      const ctx = createContext(db, input.dataDir);
      const handBack: JobHandBack = {};
      const result = await run(ctx, input.spec, {
        onProgress: (progress, total, unit = 'units') => post({ type: 'progress', progress, total, unit }),
        checkpoint: () => checkpoint(control),
        stopIfCancelled: () => {
          if (cancelRequested(control)) throw new JobCancelled();
        },
        handBack: (detail) => Object.assign(handBack, detail),
      });
      post({ type: 'succeeded', result, handBack });
    } catch (err) {
      if (err instanceof JobCancelled) post({ type: 'cancelled' });
      else post({ type: 'failed', error: toJobError(err, (message, e) => console.error(message, e)) });
    } finally {
      db.close();
    }
  };
  // The runner posts the next job only after this one reported its end, so jobs never overlap here.
  if (options.reusable) port.on('message', (input: WorkerInput) => void serve(input));
  const first = workerData as WorkerInput | null;
  if (first) void serve(first);
}
