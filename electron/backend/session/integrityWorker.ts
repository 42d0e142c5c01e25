import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The full integrity check in a worker thread on its own read-only connection, so a 500 MB database's
 * 4–7 s check never blocks requests. WAL lets it read a consistent snapshot while the app writes.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  const rows = db.pragma('integrity_check(3)');
  parentPort.postMessage({ problems: rows.map((r) => r.integrity_check).filter((r) => r !== 'ok') });
} catch (err) {
  parentPort.postMessage({ problems: [String(err && err.message ? err.message : err)] });
} finally {
  if (db) db.close();
}
`;

export function runIntegrityCheckInWorker(path: string): Promise<string[]> {
  const driver = createRequire(__filename).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver } });
    worker.once('message', (message: { problems: string[] }) => resolve(message.problems));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`integrity worker exited with ${code}`));
    });
  });
}
