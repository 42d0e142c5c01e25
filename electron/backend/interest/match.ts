import type { Db } from '../db/types';
import type { AudienceProfileOutput, MatchResultOutput, RankedMatch } from '../../../shared/domain/interest';
import { resolveTags, type ResolvedTags } from '../../../shared/domain/interestTags';
import { matchScore, prepareTarget } from '../../../shared/interest/match';
import { NO_AUDIENCE, scoreColumns } from '../../../shared/interest/matchColumns';
import {
  creatorsWithAudienceByIds,
  listActiveAccounts,
  listAudiences,
  workspaceInterest,
  type WorkspaceInterest,
} from './repo';
import { byName, rankableRoster } from './roster';
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
  return scoreInterests(ctx, profile?.interests ?? null, targetTags);
}

/** The score of an audience's interest shares (null: no profile, no score). */
function scoreInterests(
  ctx: MatchContext,
  interests: AudienceProfileOutput['interests'] | null,
  targetTags: readonly string[],
): MatchResultOutput | null {
  if (!interests) return null;
  return matchScore({ interests, targetTags, baseline: ctx.interest.baseline });
}

/** Highest score first; owners without a profile last (unknown is not a low score), then by name. */
function byScore(a: RankedMatch, b: RankedMatch): number {
  const sa = a.match?.score ?? -1;
  const sb = b.match?.score ?? -1;
  return sb - sa || byName({ name: a.name, id: a.ownerId }, { name: b.name, id: b.ownerId });
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

/** Scores are whole numbers 0..100. */
const SCORE_LEVELS = 101;

/**
 * The best `limit` creators for the target and how many creators were ranked in all. One pass over the
 * columns scores every creator (the score alone, the same number `matchScore` gives) without allocating
 * per creator; the lowest score that still reaches the top `limit` is read from a count per score, only
 * creators at or above it are collected and ordered by score then name, and only the `limit` shown get
 * the full explanation. Creators without a profile come after every score, by name.
 */
export function rankCreators(
  db: Db,
  ctx: MatchContext,
  workspaceId: string,
  targetTags: readonly string[],
  limit: number,
): { top: RankedMatch[]; total: number; scored: number } {
  const roster = rankableRoster(db, workspaceId);
  const { columns, slots, nameRank } = roster;
  const target = prepareTarget(targetTags, undefined, ctx.interest.baseline);
  const scores = new Int16Array(columns.count);
  scoreColumns(columns, target, scores);
  const perScore = new Int32Array(SCORE_LEVELS);
  for (const score of scores) if (score !== NO_AUDIENCE) perScore[score]!++;
  let threshold = SCORE_LEVELS - 1;
  for (let seen = perScore[threshold]!; seen < limit && threshold > 0;) seen += perScore[--threshold]!;
  const chosen: number[] = [];
  for (let slot = 0; slot < scores.length; slot++) if (scores[slot]! >= threshold) chosen.push(slot);
  chosen.sort((a, b) => scores[b]! - scores[a]! || nameRank[a]! - nameRank[b]!);
  if (chosen.length < limit) {
    for (const slot of roster.byName) {
      if (chosen.length >= limit) break;
      if (scores[slot] === NO_AUDIENCE) chosen.push(slot);
    }
  }
  const shownSlots = chosen.slice(0, limit);
  const shown = shownSlots.map((slot) => slots[slot]!);
  // The roster keeps the numbers a score needs; the explanation's interests are read once per member shown.
  const unread = shown.filter((c) => c.interests === undefined);
  if (unread.length > 0) {
    const read = new Map(
      creatorsWithAudienceByIds(
        db,
        unread.map((c) => c.id),
      ).map((c) => [c.id, c.interests]),
    );
    for (const c of unread) c.interests = read.get(c.id) ?? null;
  }
  const top = shownSlots.map((slot): RankedMatch => {
    const c = slots[slot]!;
    const hasAudience = columns.hasAudience[slot] === 1;
    return {
      ownerType: 'creator',
      ownerId: c.id,
      name: c.name,
      detail: 'creator',
      followers: c.followers,
      hasAudience,
      match: hasAudience ? scoreInterests(ctx, c.interests ?? null, targetTags) : null,
    };
  });
  return { top, total: roster.total, scored: roster.scored };
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
