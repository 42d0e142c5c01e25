import { randomUUID } from 'node:crypto';
import type { Db } from './db/types';
import type { BackendControl } from './session/control';

/** What every handler receives: the open database and the few facts it must not read globally. */
export interface BackendContext {
  db: Db;
  dataDir: string;
  now(): Date;
  newId(): string;
  /** Backups, restore and checks of the running app (absent in bare test contexts). */
  control?: BackendControl;
}

export function createContext(
  db: Db,
  dataDir: string,
  overrides: Partial<BackendContext> = {},
): BackendContext {
  return { db, dataDir, now: () => new Date(), newId: () => randomUUID(), ...overrides };
}
