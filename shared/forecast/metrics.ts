/**
 * Forecast accuracy measures shared by the engine's diagnostics and the benchmark. All take plain
 * arrays of equal length; pairs where either side is not finite are skipped, so a censored (missing)
 * actual never counts as an error of zero.
 */

/**
 * The mean of `score(a, f)` over the usable pairs (both sides finite), or NaN when no pair is usable:
 * the frame every pairwise measure shares.
 */
function meanOverPairs(
  actual: readonly number[],
  forecast: readonly number[],
  score: (a: number, f: number) => number,
): number {
  let sum = 0;
  let count = 0;
  const n = Math.min(actual.length, forecast.length);
  for (let i = 0; i < n; i++) {
    const a = actual[i] ?? NaN;
    const f = forecast[i] ?? NaN;
    if (!Number.isFinite(a) || !Number.isFinite(f)) continue;
    sum += score(a, f);
    count++;
  }
  return count > 0 ? sum / count : NaN;
}

/** Mean absolute error. NaN when no pair is usable. */
export function mae(actual: readonly number[], forecast: readonly number[]): number {
  return meanOverPairs(actual, forecast, (a, f) => Math.abs(a - f));
}

/**
 * In-sample MAE of the (seasonal) naive forecast, |y[t] − y[t−lag]|: the MASE denominator
 * (Hyndman & Koehler 2006). Null when fewer than lag+1 values; 0 for a constant history.
 */
export function naiveScale(history: readonly number[], lag = 1): number | null {
  let sum = 0;
  let count = 0;
  for (let t = lag; t < history.length; t++) {
    const a = history[t] ?? NaN;
    const b = history[t - lag] ?? NaN;
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    sum += Math.abs(a - b);
    count++;
  }
  return count > 0 ? sum / count : null;
}

/**
 * Mean absolute scaled error: MAE divided by the scale — a number, or the history before the forecast
 * origin, whose one-step `naiveScale` is then used. Below 1 beats the in-sample naive forecast. With a
 * zero scale (constant history) the ratio is undefined: 0 when the forecast is exact, Infinity
 * otherwise, never NaN (NaN only when no pair or no scale is usable).
 */
export function mase(
  actual: readonly number[],
  forecast: readonly number[],
  scaleOrHistory: number | readonly number[],
): number {
  const error = mae(actual, forecast);
  const scale = typeof scaleOrHistory === 'number' ? scaleOrHistory : naiveScale(scaleOrHistory);
  if (Number.isNaN(error) || scale === null || Number.isNaN(scale)) return NaN;
  if (!(scale > 0)) return error === 0 ? 0 : Infinity;
  return error / scale;
}

/**
 * Symmetric MAPE as a fraction in [0, 2]: mean of 2|a − f| / (|a| + |f|); a pair that is 0 on both
 * sides is a perfect forecast and scores 0 (rather than 0/0). Multiply by 100 for percent.
 */
export function smape(actual: readonly number[], forecast: readonly number[]): number {
  return meanOverPairs(actual, forecast, (a, f) => {
    const denominator = Math.abs(a) + Math.abs(f);
    return denominator === 0 ? 0 : (2 * Math.abs(a - f)) / denominator;
  });
}

/** Share of actuals inside their closed interval [lower, upper]. NaN when no triple is usable. */
export function coverage(
  actual: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
): number {
  let inside = 0;
  let count = 0;
  const n = Math.min(actual.length, lower.length, upper.length);
  for (let i = 0; i < n; i++) {
    const a = actual[i] ?? NaN;
    const lo = lower[i] ?? NaN;
    const hi = upper[i] ?? NaN;
    if (Number.isNaN(a) || Number.isNaN(lo) || Number.isNaN(hi)) continue;
    if (a >= lo && a <= hi) inside++;
    count++;
  }
  return count > 0 ? inside / count : NaN;
}
