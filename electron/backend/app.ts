import { join } from 'node:path';
import { createContext, type BackendContext } from './context';
import { closeDatabase, openDatabase } from './db/open';
import { createRouter, type Router, type RouterOptions } from './router';
import { stopJobs } from './jobs/runner';

export const DB_FILE_NAME = 'matrixdesk.db';

export interface Backend {
  router: Router;
  context: BackendContext;
  dbPath: string;
  close(): void;
}

/** Opens the data directory's database and wires the router; shared by Electron main and the web host. */
export async function openBackend(dataDir: string, options: RouterOptions = {}): Promise<Backend> {
  const dbPath = join(dataDir, DB_FILE_NAME);
  const db = await openDatabase({ path: dbPath, backupsDir: join(dataDir, 'backups') });
  const context = createContext(db, dataDir);
  return {
    router: createRouter(context, options),
    context,
    dbPath,
    close: () => {
      void stopJobs(context);
      closeDatabase(db);
    },
  };
}
