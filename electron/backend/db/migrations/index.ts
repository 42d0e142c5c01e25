import type { Migration } from '../types';
import { migration0010 } from './0010-workspaces-accounts';

/** Every migration, oldest first. Append only: a shipped migration is never edited. */
export const migrations: readonly Migration[] = [migration0010];

export const latestVersion = migrations.at(-1)?.version ?? 0;
