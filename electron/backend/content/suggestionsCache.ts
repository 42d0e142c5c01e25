import type { Db } from '../db/types';
import { stampedCache } from '../paging/writeStamp';
import { distinctTags, distinctValues } from './suggestionsRepo';

export interface ContentSuggestions {
  pillars: string[];
  owners: string[];
  tags: string[];
}

/**
 * content.suggestions grouped every item of the workspace on each calendar load (35× slower on a
 * 40,000-item client than on a small one). The answer only changes when something is written, so it is
 * kept per workspace until the next write (paging/writeStamp.ts).
 */
const cached = stampedCache<ContentSuggestions>();

export function contentSuggestions(db: Db, workspaceId: string): ContentSuggestions {
  return cached(db, workspaceId, () => ({
    pillars: distinctValues(db, workspaceId, 'pillar'),
    owners: distinctValues(db, workspaceId, 'owner'),
    tags: distinctTags(db, workspaceId),
  }));
}
