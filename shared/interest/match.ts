import { cosineSimilarity, norm } from './similarity';
import { tgi, tgiToScore } from './tgi';

/**
 * How well an audience (a creator's or an account's followers) matches a brand's target interests, in the
 * three senses Douyin-style audience tools use: profile similarity, coverage of the target, and
 * over-indexing (TGI) against the platform.
 */
export interface MatchInput {
  /** The audience's interest distribution: tag id → share (sums to about 1). */
  interests: Readonly<Record<string, number>>;
  /** Tags the brand targets. Duplicates are ignored. */
  targetTags: readonly string[];
  /** Optional relative importance per target tag (default 1). A weight of 0 or less drops the tag. */
  targetWeights?: Readonly<Record<string, number>>;
  /** Platform shares per tag (the TGI denominator), e.g. `builtInBaseline()` or the user's own figures. */
  baseline: Readonly<Record<string, number>>;
}

/**
 * Weights of the parts in the score. Similarity and coverage carry most of it because they say whether
 * the right people are there at all; TGI refines it by rewarding audiences that are unusually into the
 * target compared with the platform (the efficiency a brand pays a creator for).
 */
export const MATCH_WEIGHTS = { similarity: 0.4, coverage: 0.4, tgiScore: 0.2 } as const;

/** Below this share (0.1%) a target tag counts as absent from the audience. */
export const MISSING_SHARE = 0.001;

export type MatchWarning =
  /** No target tags (or none with a positive weight): nothing to match, score 0. */
  | 'no_target_tags'
  /** The audience has no interest shares: score 0. */
  | 'empty_audience'
  /** No target tag has a platform share: the TGI part is left out and its weight spread over the others. */
  | 'baseline_missing';

export interface TagContribution {
  tag: string;
  audienceShare: number;
  /** null when the baseline has no positive share for the tag. */
  baselineShare: number | null;
  tgi: number | null;
  /**
   * Score points (0..100 scale) this tag earns through similarity and coverage. The TGI part belongs to
   * the target set as a whole and is not split per tag, so contributions add up to score minus that part.
   */
  contribution: number;
}

export interface MatchResult {
  /** 0..100, whole number. */
  score: number;
  parts: {
    /** Cosine of the audience distribution and the target vector, 0..1. */
    similarity: number;
    /** Share of the audience on the target tags, 0..1. */
    coverage: number;
    /** The target set's TGI on the log scale of `tgiToScore`, 0..1 (0.5 = like the platform). */
    tgiScore: number;
  };
  explanation: {
    /** TGI of the target set as a whole: audience share on target ÷ platform share on target × 100. */
    targetTgi: number | null;
    /** Target tags by contribution, largest first. */
    topTags: TagContribution[];
    /** Target tags with (almost) no audience share, in target order. */
    missingTags: string[];
    warnings: MatchWarning[];
  };
}

/** Bad numbers (NaN, negative) count as no share rather than poisoning every sum with NaN. */
const cleanShare = (value: number | undefined) =>
  value !== undefined && Number.isFinite(value) && value > 0 ? value : 0;

export function matchScore(input: MatchInput): MatchResult {
  const targetVector = buildTargetVector(input.targetTags, input.targetWeights);
  const targets = [...targetVector.keys()];
  // Maps, not objects: tag ids come from user data, and a key like "__proto__" must stay a plain key.
  const audience = new Map<string, number>();
  for (const [tag, share] of Object.entries(input.interests)) {
    const clean = cleanShare(share);
    if (clean > 0) audience.set(tag, clean);
  }
  const shareOf = (tag: string) => audience.get(tag) ?? 0;
  const warnings: MatchWarning[] = [];
  if (targets.length === 0) warnings.push('no_target_tags');
  if (audience.size === 0) warnings.push('empty_audience');
  if (targets.length === 0) {
    return {
      score: 0,
      parts: { similarity: 0, coverage: 0, tgiScore: 0 },
      explanation: { targetTgi: null, topTags: [], missingTags: [], warnings },
    };
  }

  const similarity = cosineSimilarity(audience, targetVector);
  const coverage = Math.min(
    1,
    targets.reduce((sum, tag) => sum + shareOf(tag), 0),
  );

  // Set-level TGI over the target tags the baseline knows, so a custom tag without a platform share
  // neither inflates nor deflates it.
  const baselineOf = (tag: string) =>
    Object.hasOwn(input.baseline, tag) ? cleanShare(input.baseline[tag]) : 0;
  const withBaseline = targets.filter((tag) => baselineOf(tag) > 0);
  const targetTgi =
    withBaseline.length === 0
      ? null
      : tgi(
          withBaseline.reduce((sum, tag) => sum + shareOf(tag), 0),
          withBaseline.reduce((sum, tag) => sum + baselineOf(tag), 0),
        );
  if (targetTgi === null) warnings.push('baseline_missing');
  const tgiScore = targetTgi === null ? 0 : tgiToScore(targetTgi);

  const weights =
    targetTgi === null
      ? { similarity: MATCH_WEIGHTS.similarity, coverage: MATCH_WEIGHTS.coverage, tgiScore: 0 }
      : MATCH_WEIGHTS;
  const weightTotal = weights.similarity + weights.coverage + weights.tgiScore;
  const weighted =
    (weights.similarity * similarity + weights.coverage * coverage + weights.tgiScore * tgiScore) /
    weightTotal;
  const score = Math.round(Math.min(1, Math.max(0, weighted)) * 100);

  const audienceNorm = norm(audience);
  const targetNorm = norm(targetVector);
  const topTags = targets
    .map((tag): TagContribution => {
      const audienceShare = shareOf(tag);
      const baselineShare = baselineOf(tag) || null;
      const similarityShare =
        audienceNorm === 0 ? 0 : (audienceShare * (targetVector.get(tag) ?? 0)) / (audienceNorm * targetNorm);
      const contribution =
        (100 * (weights.similarity * similarityShare + weights.coverage * audienceShare)) / weightTotal;
      return {
        tag,
        audienceShare,
        baselineShare,
        tgi: baselineShare === null ? null : tgi(audienceShare, baselineShare),
        contribution,
      };
    })
    .sort((a, b) => b.contribution - a.contribution);

  return {
    score,
    parts: { similarity, coverage, tgiScore },
    explanation: {
      targetTgi,
      topTags,
      missingTags: targets.filter((tag) => shareOf(tag) < MISSING_SHARE),
      warnings,
    },
  };
}

/** Target tag → weight; uniform when no weights are given. */
function buildTargetVector(
  targetTags: readonly string[],
  targetWeights: Readonly<Record<string, number>> | undefined,
): Map<string, number> {
  const vector = new Map<string, number>();
  for (const tag of targetTags) {
    const weight = targetWeights && Object.hasOwn(targetWeights, tag) ? cleanShare(targetWeights[tag]) : 1;
    if (weight > 0) vector.set(tag, weight);
  }
  return vector;
}
