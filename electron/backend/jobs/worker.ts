import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { createContext } from '../context';
import { JobCancelled, cancelRequested, checkpoint } from './control';
import { runJob, toJobError } from './runJob';
import type { JobHandBack, WorkerInput, WorkerMessage } from './types';

/**
 * A job's thread: its own connection to the app's database file (WAL lets the app's connection keep
 * reading while this one writes), one job, then exit. Bundled as out/main/jobWorker.js.
 */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('jobs/worker.ts must run as a worker thread');
  const input = workerData as WorkerInput;
  const post = (message: WorkerMessage) => port.postMessage(message);
  const control = new Int32Array(input.control);
  const db = new Database(input.dbPath, { fileMustExist: true });
  try {
    // The app's connection opened, checked and migrated the file; this one only sets per-connection state.
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    const ctx = createContext(db, input.dataDir);
    const handBack: JobHandBack = {};
    const result = await runJob(ctx, input.spec, {
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
}

void main();
