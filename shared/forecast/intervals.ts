import { kthSmallest } from './orderStatistic';

/**
 * Prediction intervals from the series' own backtest errors (actual − forecast on the model scale),
 * not from a Gaussian formula: Douyin series have fat tails (a clip goes viral, a live room is
 * throttled) and skew, and their own past misses show both.
 *
 * Per step we take split-conformal order statistics of that step's errors. Short histories leave
 * few errors per step, so each step's quantile is blended with a pooled one: all errors rescaled by
 * √step (how a random walk's error grows), with the pool's weight fading as the step's own count
 * grows. Steps beyond the backtested ones extend the last backtested step by √(step ratio). Bands
 * never narrow with the horizon.
 *
 * Backtest errors from overlapping windows of one short series are few and correlated, so their
 * quantiles understate the spread (they covered ~75% for 80% bands on short weekly series). Bands are
 * therefore widened by the Student-t / normal quantile ratio for the number of step-1 errors: a lot for
 * a dozen errors (×1.1), next to nothing for a year of daily data.
 */

export const LOWER_LEVEL = 0.1;
export const UPPER_LEVEL = 0.9;
/** Errors a step needs before its own quantiles count as much as the pooled ones. */
export const POOL_PRIOR = 10;
/** z(0.9) of the standard normal. */
const Z90 = 1.2815515655446004;
/** σ ≈ 1.25 × mean absolute deviation for a normal; converts a naive MAE into a spread. */
const MAD_TO_SIGMA = 1.2533141373155001;

/** Offsets to add to the point forecast on the model scale; lower[s] ≤ 0 ≤ upper[s]. */
export interface ErrorBands {
  lower: Float64Array;
  upper: Float64Array;
  /** How many errors backed step 1 (for diagnostics). */
  errorsAtFirstStep: number;
}

export function empiricalBands(
  byStep: readonly Float64Array[],
  horizon: number,
  fallbackScale: number,
): ErrorBands {
  const lower = new Float64Array(horizon);
  const upper = new Float64Array(horizon);
  const pooled = new Float64Array(byStep.reduce((sum, errors) => sum + errors.length, 0));
  let filled = 0;
  byStep.forEach((errors, s) => {
    const root = Math.sqrt(s + 1);
    for (const e of errors) pooled[filled++] = e / root;
  });

  if (pooled.length === 0) {
    // No backtest at all (history too gappy to score): a naive random-walk band, said plainly.
    const half = Z90 * MAD_TO_SIGMA * (Number.isFinite(fallbackScale) ? fallbackScale : 0);
    for (let s = 0; s < horizon; s++) {
      lower[s] = -half * Math.sqrt(s + 1);
      upper[s] = half * Math.sqrt(s + 1);
    }
    return { lower, upper, errorsAtFirstStep: 0 };
  }

  const pooledLower = conformalLower(pooled, LOWER_LEVEL);
  const pooledUpper = conformalUpper(pooled, UPPER_LEVEL);
  const backtested = Math.min(byStep.length, horizon);
  for (let s = 0; s < backtested; s++) {
    const errors = byStep[s] ?? new Float64Array(0);
    const root = Math.sqrt(s + 1);
    const own = errors.length / (errors.length + POOL_PRIOR);
    const ownLower = errors.length > 0 ? conformalLower(errors, LOWER_LEVEL) : 0;
    const ownUpper = errors.length > 0 ? conformalUpper(errors, UPPER_LEVEL) : 0;
    lower[s] = own * ownLower + (1 - own) * pooledLower * root;
    upper[s] = own * ownUpper + (1 - own) * pooledUpper * root;
  }
  const lastLower = backtested > 0 ? (lower[backtested - 1] ?? 0) : pooledLower;
  const lastUpper = backtested > 0 ? (upper[backtested - 1] ?? 0) : pooledUpper;
  for (let s = backtested; s < horizon; s++) {
    const growth = Math.sqrt((s + 1) / Math.max(backtested, 1));
    lower[s] = lastLower * growth;
    upper[s] = lastUpper * growth;
  }

  // The median forecast must sit inside its band, and uncertainty does not shrink further out.
  const errorsAtFirstStep = byStep[0]?.length ?? 0;
  const widen = smallSampleWidening(errorsAtFirstStep);
  let runningLower = 0;
  let runningUpper = 0;
  for (let s = 0; s < horizon; s++) {
    runningLower = Math.min(runningLower, (lower[s] ?? 0) * widen);
    runningUpper = Math.max(runningUpper, (upper[s] ?? 0) * widen);
    lower[s] = runningLower;
    upper[s] = runningUpper;
  }
  return { lower, upper, errorsAtFirstStep };
}

/**
 * t(0.9; n−1) / z(0.9), with the t quantile from its Cornish–Fisher expansion in 1/ν (accurate to
 * ~1% from ν = 3, ample for a widening factor). ≥ 1, and → 1 as errors accumulate.
 */
export function smallSampleWidening(errors: number): number {
  const nu = Math.max(errors - 1, 2);
  const z = Z90;
  const t = z + (z ** 3 + z) / (4 * nu) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * nu * nu);
  return t / z;
}

/**
 * Split-conformal upper bound: the ⌈(n+1)·level⌉-th smallest of n exchangeable errors is exceeded
 * by a new one with probability ≤ 1 − level. With too few errors that rank does not exist; we then
 * stretch the largest error by (n+1)/n rather than pretend the sample saw the worst case.
 * `errors` is reordered in place.
 */
export function conformalUpper(errors: Float64Array, level: number): number {
  const n = errors.length;
  if (n === 0) return 0;
  const rank = Math.ceil((n + 1) * level);
  if (rank > n) {
    const max = kthSmallest(errors, n - 1);
    return max > 0 ? (max * (n + 1)) / n : max;
  }
  return kthSmallest(errors, rank - 1);
}

/** Mirror of `conformalUpper` for the lower tail (level e.g. 0.1). */
export function conformalLower(errors: Float64Array, level: number): number {
  const n = errors.length;
  if (n === 0) return 0;
  const rank = Math.floor((n + 1) * level);
  if (rank < 1) {
    const min = kthSmallest(errors, 0);
    return min < 0 ? (min * (n + 1)) / n : min;
  }
  return kthSmallest(errors, rank - 1);
}
