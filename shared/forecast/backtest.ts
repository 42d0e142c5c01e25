import type { PreparedCandidate } from './methods/types';

/**
 * Rolling-origin backtest of the prepared candidates on the series' own history: from each origin o
 * (the first o steps known) every candidate forecasts `steps` ahead and is scored against what
 * actually followed. Only the most recent origins are used: the recent past says most about which
 * model suits the series now, and it bounds the cost to O(origins × steps) per candidate.
 */
export interface BacktestPlan {
  /** Prefix lengths to forecast from, ascending; each ends on an observed step. */
  origins: number[];
  /** How many steps ahead each origin is scored (≤ the requested horizon). */
  steps: number;
}

/** Recent origins scored at the longest backtested step; shorter steps get up to steps − 1 more. */
export const ORIGINS_PER_STEP = 40;
/** Beyond this many steps the interval is extrapolated rather than backtested (see intervals.ts). */
export const MAX_BACKTEST_STEPS = 60;

export function planBacktest(observed: Uint8Array, horizon: number, minOrigin: number): BacktestPlan {
  const length = observed.length;
  const steps = Math.max(0, Math.min(horizon, MAX_BACKTEST_STEPS, length - minOrigin));
  if (steps === 0) return { origins: [], steps: 0 };
  const first = Math.max(minOrigin, length - steps - ORIGINS_PER_STEP + 1);
  const origins: number[] = [];
  // An origin inside a gap would forecast from a value interpolated using later data: skip it.
  for (let origin = first; origin < length; origin++) if (observed[origin - 1] === 1) origins.push(origin);
  return { origins, steps };
}

export interface BacktestResult {
  plan: BacktestPlan;
  /** actuals[i * steps + s]: the value s+1 steps after origin i, NaN when unobserved or not yet known. */
  actuals: Float64Array;
  /** forecasts[c][i * steps + s]: candidate c's forecast for the same cell. */
  forecasts: Float64Array[];
}

export function runBacktest(
  candidates: readonly PreparedCandidate[],
  values: Float64Array,
  observed: Uint8Array,
  plan: BacktestPlan,
): BacktestResult {
  const { origins, steps } = plan;
  const cells = origins.length * steps;
  const actuals = new Float64Array(cells).fill(NaN);
  origins.forEach((origin, i) => {
    for (let s = 0; s < steps; s++) {
      const target = origin + s;
      if (target < values.length && observed[target] === 1) actuals[i * steps + s] = values[target] ?? NaN;
    }
  });
  const forecasts = candidates.map((candidate) => {
    const out = new Float64Array(cells);
    origins.forEach((origin, i) => candidate.forecast(origin, out.subarray(i * steps, (i + 1) * steps)));
    return out;
  });
  return { plan, actuals, forecasts };
}

/**
 * Mean absolute error per step, then averaged over steps, so that every horizon counts equally even
 * though short steps have more scored origins. NaN when nothing could be scored.
 */
export function stepAveragedMae(result: BacktestResult, forecast: Float64Array): number {
  const { steps } = result.plan;
  let total = 0;
  let scoredSteps = 0;
  for (let s = 0; s < steps; s++) {
    let sum = 0;
    let count = 0;
    for (let cell = s; cell < result.actuals.length; cell += steps) {
      const actual = result.actuals[cell] ?? NaN;
      if (Number.isNaN(actual)) continue;
      sum += Math.abs(actual - (forecast[cell] ?? 0));
      count++;
    }
    if (count > 0) {
      total += sum / count;
      scoredSteps++;
    }
  }
  return scoredSteps > 0 ? total / scoredSteps : NaN;
}

/** Backtest errors (actual − forecast) grouped by step, for the empirical intervals. */
export function errorsByStep(result: BacktestResult, forecast: Float64Array): Float64Array[] {
  const { steps } = result.plan;
  const counts = new Int32Array(steps);
  for (let cell = 0; cell < result.actuals.length; cell++) {
    if (!Number.isNaN(result.actuals[cell] ?? NaN)) counts[cell % steps] = (counts[cell % steps] ?? 0) + 1;
  }
  const byStep = Array.from(counts, (count) => new Float64Array(count));
  const filled = new Int32Array(steps);
  for (let cell = 0; cell < result.actuals.length; cell++) {
    const actual = result.actuals[cell] ?? NaN;
    if (Number.isNaN(actual)) continue;
    const step = cell % steps;
    const errors = byStep[step];
    if (!errors) continue;
    errors[filled[step] ?? 0] = actual - (forecast[cell] ?? 0);
    filled[step] = (filled[step] ?? 0) + 1;
  }
  return byStep;
}
