/**
 * Turns backtest scores into combination weights. Picking the single backtest winner is fragile on
 * short, noisy series (the winner is often luck), while averaging the few best with weights inversely
 * proportional to their error keeps most of the gain and rarely loses badly (the forecast-combination
 * puzzle; cf. the M4 results). Candidates far behind the best get no weight at all.
 */

/** How many of the best-scoring candidates share the forecast. */
export const COMBINE_TOP = 3;
/** A candidate whose error exceeds the best by more than this factor is dropped. */
export const COMBINE_MAX_RATIO = 1.5;

/**
 * `scores` are non-negative errors (lower is better; NaN/Infinity = unusable), listed simplest
 * candidate first. `perfect` is the error below which a candidate reproduced the history exactly (a
 * constant or purely weekly series): then the simplest exact candidate takes all the weight, so a
 * constant is forecast as exactly that constant and the method name says why.
 */
export function combinationWeights(scores: readonly number[], perfect: number): number[] {
  const usable = scores
    .map((score, index) => ({ score, index }))
    .filter((entry) => Number.isFinite(entry.score) && entry.score >= 0)
    .sort((a, b) => a.score - b.score);
  const weights = scores.map(() => 0);
  const best = usable[0];
  if (!best) return weights;

  if (best.score <= perfect) {
    const simplestExact = Math.min(...usable.filter((e) => e.score <= perfect).map((e) => e.index));
    weights[simplestExact] = 1;
    return weights;
  }

  const chosen = usable
    .slice(0, COMBINE_TOP)
    .filter((entry) => entry.score <= best.score * COMBINE_MAX_RATIO);
  const inverse = chosen.map((entry) => 1 / entry.score);
  const total = inverse.reduce((sum, v) => sum + v, 0);
  chosen.forEach((entry, i) => {
    weights[entry.index] = (inverse[i] ?? 0) / total;
  });
  return weights;
}
