import { join } from 'node:path';
import type { BackendContext } from './context';
import { lockDataDir, type DataDirLock } from './db/dataDirLock';
import type { DatabaseProblemError } from './db/errors';
import type { Router, RouterOptions } from './router';
import { Session } from './session/session';

export const DB_FILE_NAME = 'matrixdesk.db';

export interface Backend {
  /** Stable across restore and recovery: always answers with the database open at the time. */
  router: Router;
  /** The open database's context (throws in recovery mode). */
  readonly context: BackendContext;
  dbPath: string;
  dataDir: string;
  /** Set when the backend started in recovery mode. */
  readonly problem: DatabaseProblemError | undefined;
  close(): void;
}

export interface BackendOptions extends RouterOptions {
  /** Start in recovery mode instead of throwing when the database cannot be used (the apps do). */
  allowRecovery?: boolean;
  appVersion?: string;
  busyTimeoutMs?: number;
  /** Run the owed full integrity check in a worker after a clean start (the apps do; tests need not). */
  backgroundCheck?: boolean;
  /** Desktop only: shows a folder in the OS file manager. */
  openFolder?: (dir: string) => Promise<boolean>;
  now?: () => Date;
}

/** Opens the data directory's database and wires the router; shared by Electron main and the web host. */
export async function openBackend(dataDir: string, options: BackendOptions = {}): Promise<Backend> {
  const dbPath = join(dataDir, DB_FILE_NAME);
  const lock = tryLock(dataDir);
  const session = new Session({ ...options, dataDir, dbPath, appVersion: options.appVersion ?? 'dev' });
  try {
    await session.open(options.allowRecovery ?? false);
  } catch (err) {
    lock?.release();
    throw err;
  }
  return {
    router: session.router,
    get context() {
      return session.context;
    },
    get problem() {
      return session.problem;
    },
    dbPath,
    dataDir,
    close: () => {
      session.close();
      lock?.release();
    },
  };
}

/** A read-only folder cannot hold a lock file; opening then reports it as read-only. */
function tryLock(dataDir: string): DataDirLock | undefined {
  try {
    return lockDataDir(dataDir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') return undefined;
    throw err;
  }
}
