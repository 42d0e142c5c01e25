import { coverage, mase, naiveScale, smape } from './metrics';

/**
 * A generic rolling-origin evaluation for any forecasting function, used by the benchmark and tests
 * to compare MatrixDesk's engine with baselines on identical footing. (The engine's own model
 * selection uses the faster prepared backtest in backtest.ts.)
 */

/** Forecast for steps 1..maxHorizon; p10/p90 optional for methods without intervals. */
export interface PathForecast {
  p50: readonly number[];
  p10?: readonly number[];
  p90?: readonly number[];
}

/**
 * history: values up to the origin (NaN = missing). Returns the forecast for steps 1..maxHorizon, as
 * quantiles or as plain point forecasts; null to abstain (e.g. too little history).
 */
export type PathMethod = (
  history: readonly number[],
  maxHorizon: number,
) => PathForecast | readonly number[] | null;

export interface RollingOriginOptions {
  /** Smallest history (values before the origin) to forecast from. */
  minHistory?: number;
  /** Steps ahead to score, e.g. [1, 2, 3, 4]. */
  horizons?: readonly number[];
}

export interface RollingOriginRecord {
  /** Values known at the forecast (the history length). */
  origin: number;
  horizon: number;
  actual: number;
  p50: number;
  p10: number | null;
  p90: number | null;
  /** In-sample one-step naive MAE of the history: the MASE denominator (null if undefined). */
  scale: number | null;
}

export interface RollingOriginResult {
  records: RollingOriginRecord[];
  /** Mean over records of |actual − p50| / scale (records with a zero or unknown scale are left out). */
  mase: number;
  /** Symmetric MAPE as a fraction. */
  smape: number;
  /** Share of actuals within [p10, p90] among records that have an interval; NaN if none do. */
  coverage: number;
  forecasts: number;
}

export function evaluateRollingOrigin(
  series: readonly number[],
  method: PathMethod,
  options: RollingOriginOptions = {},
): RollingOriginResult {
  const minHistory = options.minHistory ?? 8;
  const horizons = options.horizons ?? [1, 2, 3, 4];
  const maxHorizon = Math.max(...horizons);
  const records: RollingOriginRecord[] = [];
  for (let origin = minHistory; origin < series.length; origin++) {
    const history = series.slice(0, origin);
    const reachable = horizons.filter((h) => origin + h - 1 < series.length);
    if (reachable.length === 0) continue;
    const returned = method(history, maxHorizon);
    if (!returned) continue;
    const forecast: PathForecast = isPointPath(returned) ? { p50: returned } : returned;
    const scale = naiveScale(history);
    for (const horizon of reachable) {
      const actual = series[origin + horizon - 1] ?? NaN;
      const p50 = forecast.p50[horizon - 1] ?? NaN;
      // A missing (censored) actual is not an error of any size: skip it.
      if (!Number.isFinite(actual) || !Number.isFinite(p50)) continue;
      records.push({
        origin,
        horizon,
        actual,
        p50,
        p10: forecast.p10?.[horizon - 1] ?? null,
        p90: forecast.p90?.[horizon - 1] ?? null,
        scale,
      });
    }
  }
  return { records, ...summarizeRollingOrigin(records) };
}

/** Pooled figures over any set of records, e.g. all brands of a panel, so each forecast counts once. */
export function summarizeRollingOrigin(
  records: readonly RollingOriginRecord[],
): Omit<RollingOriginResult, 'records'> {
  let scaledSum = 0;
  let scaledCount = 0;
  for (const r of records) {
    if (r.scale === null || !(r.scale > 0)) continue;
    scaledSum += mase([r.actual], [r.p50], r.scale);
    scaledCount++;
  }
  const withInterval = records.filter((r) => r.p10 !== null && r.p90 !== null);
  return {
    mase: scaledCount > 0 ? scaledSum / scaledCount : NaN,
    smape: smape(
      records.map((r) => r.actual),
      records.map((r) => r.p50),
    ),
    coverage: coverage(
      withInterval.map((r) => r.actual),
      withInterval.map((r) => r.p10 ?? NaN),
      withInterval.map((r) => r.p90 ?? NaN),
    ),
    forecasts: records.length,
  };
}

function isPointPath(value: PathForecast | readonly number[]): value is readonly number[] {
  return Array.isArray(value);
}
