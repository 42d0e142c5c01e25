import type { Db } from '../db/types';
import { resolveTags } from '../../../shared/domain/interestTags';
import { builtInBaseline, builtInInterestTagIds } from '../../../shared/interest/taxonomy';
import { workspaceInterest } from '../interest/repo';

/**
 * The interest vocabulary an offer is checked and scored against: the workspace's (custom tags and
 * baseline overrides, from the interest feature) on the brand side, the built-in taxonomy in creator mode,
 * which has no workspace.
 */
export interface Vocabulary {
  knownTagIds: ReadonlySet<string>;
  baseline: Record<string, number>;
  /** Products' free tags (护肤, 敏感肌) as taxonomy ids. */
  resolve(freeTags: readonly string[]): string[];
}

export function vocabularyFor(db: Db, workspaceId: string | null): Vocabulary {
  if (workspaceId !== null) {
    const interest = workspaceInterest(db, workspaceId);
    return {
      knownTagIds: interest.knownTagIds,
      baseline: interest.baseline,
      resolve: (tags) => resolveTags(tags, interest.customTags).tagIds,
    };
  }
  return {
    knownTagIds: builtInInterestTagIds,
    baseline: builtInBaseline(),
    resolve: (tags) => resolveTags(tags).tagIds,
  };
}
