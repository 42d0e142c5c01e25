import type { Db } from '../db/types';
import { distinctTags, distinctValues } from './repo';

export interface ContentSuggestions {
  pillars: string[];
  owners: string[];
  tags: string[];
}

/**
 * content.suggestions grouped every item of the workspace on each calendar load (35× slower on a
 * 40,000-item client than on a small one). The answer only changes when something is written, so it is
 * kept per workspace and dropped on any write: `total_changes()` counts this connection's writes and
 * `PRAGMA data_version` changes when another connection (an import worker) commits. Both are read in
 * microseconds, so a stale answer is never served.
 */
const cache = new WeakMap<Db, Map<string, { stamp: string; value: ContentSuggestions }>>();

function writeStamp(db: Db): string {
  const changes = db.prepare<[], { n: number }>('SELECT total_changes() AS n').get()!.n;
  const version = db.pragma('data_version', { simple: true }) as number;
  return `${changes}:${version}`;
}

export function contentSuggestions(db: Db, workspaceId: string): ContentSuggestions {
  let byWorkspace = cache.get(db);
  if (!byWorkspace) {
    byWorkspace = new Map();
    cache.set(db, byWorkspace);
  }
  const stamp = writeStamp(db);
  const hit = byWorkspace.get(workspaceId);
  if (hit && hit.stamp === stamp) return hit.value;
  const value = {
    pillars: distinctValues(db, workspaceId, 'pillar'),
    owners: distinctValues(db, workspaceId, 'owner'),
    tags: distinctTags(db, workspaceId),
  };
  byWorkspace.set(workspaceId, { stamp, value });
  return value;
}
