import type { Db } from '../db/types';
import type { AudienceProfileOutput, MatchResultOutput, RankedMatch } from '../../../shared/domain/interest';
import { resolveTags, type ResolvedTags } from '../../../shared/domain/interestTags';
import {
  matchScore,
  matchScoreOnly,
  prepareAudience,
  prepareTarget,
  type PreparedAudience,
} from '../../../shared/interest/match';
import { listAudiences, listCreatorsWithAudience, workspaceInterest, type WorkspaceInterest } from './repo';
import { stampedCache } from '../paging/writeStamp';
import { findProduct } from '../products/repo';

/** One workspace's matching context, loaded once per request. */
export interface MatchContext {
  interest: WorkspaceInterest;
  accountAudiences: Map<string, AudienceProfileOutput>;
}

export function loadMatchContext(db: Db, workspaceId: string): MatchContext {
  const interest = workspaceInterest(db, workspaceId);
  const accountAudiences = new Map(
    listAudiences(db, workspaceId)
      .filter((r) => r.owner_type === 'account')
      .map((r) => [r.owner_id, JSON.parse(r.profile_json) as AudienceProfileOutput]),
  );
  return { interest, accountAudiences };
}

export function resolveWorkspaceTags(ctx: MatchContext, freeTags: readonly string[]): ResolvedTags {
  return resolveTags(freeTags, ctx.interest.customTags);
}

export function scoreAudience(
  ctx: MatchContext,
  profile: AudienceProfileOutput | null | undefined,
  targetTags: readonly string[],
): MatchResultOutput | null {
  if (!profile) return null;
  return matchScore({ interests: profile.interests, targetTags, baseline: ctx.interest.baseline });
}

interface AccountRef {
  id: string;
  display_name: string;
  role: string;
  followers: number;
}

export function listActiveAccounts(db: Db, workspaceId: string): AccountRef[] {
  return db
    .prepare<[string], AccountRef>(
      `SELECT id, display_name, role, followers FROM accounts
       WHERE workspace_id = ? AND archived_at IS NULL ORDER BY role, created_at, rowid`,
    )
    .all(workspaceId);
}

// One collator for every comparison: localeCompare with a locale argument builds one per call, which
// dominated sorting 12,000 creators.
const byName = new Intl.Collator('zh-CN').compare;

/** Highest score first; owners without a profile last (unknown is not a low score), then by name. */
function byScore(a: RankedMatch, b: RankedMatch): number {
  const sa = a.match?.score ?? -1;
  const sb = b.match?.score ?? -1;
  return sb - sa || byName(a.name, b.name);
}

export function rankAccounts(
  db: Db,
  ctx: MatchContext,
  workspaceId: string,
  targetTags: readonly string[],
): RankedMatch[] {
  return listActiveAccounts(db, workspaceId)
    .map((a): RankedMatch => {
      const profile = ctx.accountAudiences.get(a.id);
      return {
        ownerType: 'account',
        ownerId: a.id,
        name: a.display_name,
        detail: a.role,
        followers: a.followers,
        hasAudience: profile !== undefined,
        match: scoreAudience(ctx, profile, targetTags),
      };
    })
    .sort(byScore);
}

interface RankableCreator {
  id: string;
  name: string;
  followers: number;
  profile: AudienceProfileOutput | null;
  audience: PreparedAudience | null;
}

/**
 * A workspace's creators ready to rank, kept per workspace until the next write (the write stamp): each
 * profile parsed and its audience cleaned once (parsing and cleaning 12,000 profiles was most of a
 * ranking), sorted once by name with the ranking's collator so ties need no sort per call.
 */
const cachedRankable = stampedCache<RankableCreator[]>();
const rankableCreators = (db: Db, workspaceId: string) =>
  cachedRankable(db, workspaceId, () =>
    listCreatorsWithAudience(db, workspaceId)
      .map((c): RankableCreator => ({
        ...c,
        audience: c.profile ? prepareAudience(c.profile.interests) : null,
      }))
      .sort((a, b) => byName(a.name, b.name)),
  );

/** Scores are whole numbers 0..100; creators without a profile rank after every score. */
const SCORE_BUCKETS = 101;

/**
 * The best `limit` creators for the target and how many creators were ranked in all. One pass scores
 * every creator (the score alone, the same number `matchScore` gives); creators go into a bucket per
 * score in name order, so the top N is read from the highest buckets without sorting the roster, and
 * only those N get the full explanation.
 */
export function rankCreators(
  db: Db,
  ctx: MatchContext,
  workspaceId: string,
  targetTags: readonly string[],
  limit: number,
): { top: RankedMatch[]; total: number; scored: number } {
  const creators = rankableCreators(db, workspaceId);
  const target = prepareTarget(targetTags, undefined, ctx.interest.baseline);
  const buckets: RankableCreator[][] = Array.from({ length: SCORE_BUCKETS }, () => []);
  const withoutProfile: RankableCreator[] = [];
  for (const c of creators) {
    if (c.audience === null) withoutProfile.push(c);
    else buckets[matchScoreOnly(c.audience, target)]!.push(c);
  }
  const top: RankedMatch[] = [];
  const take = (c: RankableCreator) =>
    top.push({
      ownerType: 'creator',
      ownerId: c.id,
      name: c.name,
      detail: 'creator',
      followers: c.followers,
      hasAudience: c.profile !== null,
      match: scoreAudience(ctx, c.profile, targetTags),
    });
  for (let score = SCORE_BUCKETS - 1; score >= 0 && top.length < limit; score--) {
    for (const c of buckets[score]!) {
      if (top.length >= limit) break;
      take(c);
    }
  }
  for (const c of withoutProfile) {
    if (top.length >= limit) break;
    take(c);
  }
  return { top, total: creators.length, scored: creators.length - withoutProfile.length };
}

/** A content item targets its own tags plus those of the products it features. */
export function contentTargets(
  db: Db,
  mctx: MatchContext,
  row: { tags_json: string; product_ids_json: string },
): ResolvedTags {
  const tags = JSON.parse(row.tags_json) as string[];
  for (const productId of JSON.parse(row.product_ids_json) as string[]) {
    const product = findProduct(db, productId);
    if (product) tags.push(...product.tags);
  }
  return resolveWorkspaceTags(mctx, tags);
}
