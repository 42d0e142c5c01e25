import { cosineWithNorms, norm } from './similarity';
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
   * the target set as a whole and is not split per tag, so contributions add up to the unrounded score
   * minus that part.
   */
  contribution: number;
}

export interface MatchResult {
  /** 0..100, whole number. */
  score: number;
  parts: {
    /** Cosine of the audience distribution and the target vector, 0..1. */
    similarity: number;
    /**
     * Share of the audience on the target tags, 0..1. In DOMAIN.md's terms this is closer to efficiency
     * (overlap ÷ creator audience); reach into the brand's target (overlap ÷ target audience) needs
     * audience sizes, which a share distribution does not carry.
     */
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

type PartWeights = { similarity: number; coverage: number; tgiScore: number };

export function matchScore(input: MatchInput): MatchResult {
  const target = prepareTarget(input.targetTags, input.targetWeights, input.baseline);
  const audience = prepareAudience(input.interests);
  const shareOf = (tag: string) => audience.shares.get(tag) ?? 0;

  const warnings: MatchWarning[] = [];
  if (target.targets.length === 0) warnings.push('no_target_tags');
  if (audience.shares.size === 0) warnings.push('empty_audience');
  if (target.targets.length === 0) {
    return {
      score: 0,
      parts: { similarity: 0, coverage: 0, tgiScore: 0 },
      explanation: { targetTgi: null, topTags: [], missingTags: [], warnings },
    };
  }
  const { score, similarity, coverage, targetTgi, tgiScore, weights } = scoreParts(audience, target);
  if (targetTgi === null) warnings.push('baseline_missing');
  return {
    score,
    parts: { similarity, coverage, tgiScore },
    explanation: {
      targetTgi,
      topTags: tagContributions(target.vector, audience, target.baseline, weights),
      missingTags: target.targets.filter((tag) => shareOf(tag) < MISSING_SHARE),
      warnings,
    },
  };
}

/** An audience cleaned once, with its norm: a ranking scores thousands of audiences against one target. */
export interface PreparedAudience {
  shares: ReadonlyMap<string, number>;
  norm: number;
}

export function prepareAudience(interests: Readonly<Record<string, number>>): PreparedAudience {
  const shares = cleanDistribution(interests);
  return { shares, norm: norm(shares) };
}

/** A target (tags, weights) and the baseline it is compared with, prepared once per ranking. */
export interface PreparedTarget {
  vector: ReadonlyMap<string, number>;
  targets: readonly string[];
  norm: number;
  baseline: ReadonlyMap<string, number>;
  /** Target tags the baseline knows (the TGI's tags) and their summed platform share. */
  knownTargets: readonly string[];
  knownBaselineShare: number;
}

export function prepareTarget(
  targetTags: readonly string[],
  targetWeights: Readonly<Record<string, number>> | undefined,
  baselineShares: Readonly<Record<string, number>>,
): PreparedTarget {
  const vector = buildTargetVector(targetTags, targetWeights);
  const targets = [...vector.keys()];
  const baseline = cleanBaseline(baselineShares);
  const knownTargets = targets.filter((tag) => baseline.has(tag));
  return {
    vector,
    targets,
    norm: norm(vector),
    baseline,
    knownTargets,
    knownBaselineShare: sumOver(knownTargets, (tag) => baseline.get(tag) ?? 0),
  };
}

function scoreParts(audience: PreparedAudience, target: PreparedTarget) {
  const similarity = cosineWithNorms(audience.shares, audience.norm, target.vector, target.norm);
  const coverage = Math.min(
    1,
    sumOver(target.targets, (tag) => audience.shares.get(tag) ?? 0),
  );
  const targetTgi = targetSetTgi(audience.shares, target);
  return { similarity, coverage, targetTgi, ...combineParts(similarity, coverage, targetTgi) };
}

// Without a baseline the TGI part carries no information; its weight goes to the other parts instead
// of scoring a made-up neutral value.
const WEIGHTS_WITHOUT_TGI: PartWeights = { ...MATCH_WEIGHTS, tgiScore: 0 };

/** The weighted score from its three parts, with its TGI part and the weights used. */
function combineParts(similarity: number, coverage: number, targetTgi: number | null) {
  const tgiScore = targetTgi === null ? 0 : tgiToScore(targetTgi);
  const weights = targetTgi === null ? WEIGHTS_WITHOUT_TGI : MATCH_WEIGHTS;
  return { score: weightedScore(similarity, coverage, tgiScore, weights), tgiScore, weights };
}

/**
 * The score alone from its three parts: the column scorer's (matchColumns.ts), the same arithmetic as
 * `combineParts`, so both rank alike.
 */
export function combinedScore(similarity: number, coverage: number, targetTgi: number | null): number {
  return targetTgi === null
    ? weightedScore(similarity, coverage, 0, WEIGHTS_WITHOUT_TGI)
    : weightedScore(similarity, coverage, tgiToScore(targetTgi), MATCH_WEIGHTS);
}

function weightedScore(similarity: number, coverage: number, tgiScore: number, weights: PartWeights): number {
  const weightTotal = weights.similarity + weights.coverage + weights.tgiScore;
  const weighted =
    (weights.similarity * similarity + weights.coverage * coverage + weights.tgiScore * tgiScore) /
    weightTotal;
  return Math.round(Math.min(1, Math.max(0, weighted)) * 100);
}

/**
 * The baseline cleaned once per baseline object: a ranking scores thousands of audiences against the same
 * workspace baseline, and cleaning it per audience was a large share of the time. Baselines are never
 * mutated after they are built (read-only records), so the object identity is a safe key.
 */
const cleanBaselines = new WeakMap<object, Map<string, number>>();
function cleanBaseline(shares: Readonly<Record<string, number>>): Map<string, number> {
  let clean = cleanBaselines.get(shares);
  if (!clean) {
    clean = cleanDistribution(shares);
    cleanBaselines.set(shares, clean);
  }
  return clean;
}

/** Positive finite shares only, in a Map: tag ids come from user data, and "__proto__" must stay a key. */
function cleanDistribution(shares: Readonly<Record<string, number>>): Map<string, number> {
  const clean = new Map<string, number>();
  for (const [tag, share] of Object.entries(shares)) {
    if (cleanShare(share) > 0) clean.set(tag, share);
  }
  return clean;
}

function sumOver(tags: readonly string[], valueOf: (tag: string) => number): number {
  return tags.reduce((sum, tag) => sum + valueOf(tag), 0);
}

/**
 * TGI of the target set as one trait ("interested in any target tag"), over the target tags the
 * baseline knows, so a custom tag without a platform share neither inflates nor deflates it.
 */
function targetSetTgi(audience: ReadonlyMap<string, number>, target: PreparedTarget): number | null {
  if (target.knownTargets.length === 0) return null;
  return tgi(
    sumOver(target.knownTargets, (tag) => audience.get(tag) ?? 0),
    target.knownBaselineShare,
  );
}

/** Each target tag's score points from similarity and coverage, largest first (ties keep target order). */
function tagContributions(
  targetVector: ReadonlyMap<string, number>,
  prepared: PreparedAudience,
  baseline: ReadonlyMap<string, number>,
  weights: PartWeights,
): TagContribution[] {
  const audience = prepared.shares;
  const norms = prepared.norm * norm(targetVector);
  const weightTotal = weights.similarity + weights.coverage + weights.tgiScore;
  return [...targetVector]
    .map(([tag, targetWeight]): TagContribution => {
      const audienceShare = audience.get(tag) ?? 0;
      const baselineShare = baseline.get(tag) ?? null;
      const similarityPart = norms === 0 ? 0 : (audienceShare * targetWeight) / norms;
      return {
        tag,
        audienceShare,
        baselineShare,
        tgi: baselineShare === null ? null : tgi(audienceShare, baselineShare),
        contribution:
          (100 * (weights.similarity * similarityPart + weights.coverage * audienceShare)) / weightTotal,
      };
    })
    .sort((a, b) => b.contribution - a.contribution);
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
