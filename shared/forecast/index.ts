import { errorsByStep, planBacktest, runBacktest, stepAveragedMae } from './backtest';
import { candidatesFor } from './candidates';
import { combinationWeights } from './combine';
import { formatDayNumber } from '../domain/dates';
import { empiricalBands } from './intervals';
import type { PreparedCandidate } from './methods/types';
import {
  forecastInputSchema,
  type CandidateDiagnostic,
  type ForecastInput,
  type ForecastOutput,
  type ForecastQuantile,
  type ParsedForecastInput,
} from './schema';
import { fromModelScale, modelScaleFor } from './transform';
import { regularize, type RegularSeries } from './regularize';

export * from './schema';
export { evaluateRollingOrigin, summarizeRollingOrigin } from './rollingOrigin';
export type { PathForecast } from './rollingOrigin';
export { coverage, mae, mase, naiveScale, smape } from './metrics';

/**
 * Fewer observations than this and any model choice or interval would be guesswork; we say so
 * (insufficientHistory) instead of drawing a fan the data cannot support.
 */
export const MIN_HISTORY = 8;

/**
 * Forecasts one series: p10/p50/p90 for each of the next `horizon` days or weeks after the last point.
 * Candidates are scored by a rolling-origin backtest on this series' own history and the best few
 * combined; intervals come from the combination's backtest errors. Throws a ZodError on invalid input.
 */
export function forecastSeries(input: ForecastInput): ForecastOutput {
  return forecastParsedSeries(forecastInputSchema.parse(input));
}

/** As `forecastSeries`, for input already parsed by `forecastInputSchema` (e.g. by the API router). */
export function forecastParsedSeries(input: ParsedForecastInput): ForecastOutput {
  const transform = modelScaleFor(input.kind);
  const series = regularize(input.points, transform, input.frequency);
  if (series.observedCount < MIN_HISTORY) {
    return {
      frequency: series.frequency,
      method: 'none',
      history: series.observedCount,
      insufficientHistory: true,
      quantiles: [],
      diagnostics: {
        transform,
        missing: series.missingCount,
        origins: 0,
        backtestSteps: 0,
        intervalErrors: 0,
        candidates: [],
      },
    };
  }

  const { values, observed } = series;
  const length = values.length;
  const { factories, minOrigin } = candidatesFor(series.frequency, length);
  const plan = planBacktest(observed, input.horizon, minOrigin);
  const prepared = factories.map((factory) => factory(values, [...plan.origins, length]));
  const backtest = runBacktest(prepared, values, observed, plan);
  const scores = backtest.forecasts.map((forecast) => stepAveragedMae(backtest, forecast));
  const inSampleScale = observedNaiveScale(series);

  // Exact-fit threshold: rounding noise relative to the series' magnitude, not a modelling tolerance.
  const perfect = 1e-9 * (1 + maxAbs(values));
  let weights = combinationWeights(scores, perfect);
  if (weights.every((w) => w === 0)) weights = prepared.map((c) => (c.name === 'naive' ? 1 : 0));

  // The combination's backtest errors drive the intervals. They reuse the errors that set the weights,
  // so they flatter the combination slightly; smallSampleWidening in intervals.ts covers that too.
  const combinedBacktest = weightedSum(backtest.forecasts, weights, backtest.actuals.length);
  const bands = empiricalBands(errorsByStep(backtest, combinedBacktest), input.horizon, inSampleScale);
  const path = finalPath(prepared, weights, length, input.horizon);

  const quantiles: ForecastQuantile[] = [];
  for (let s = 0; s < input.horizon; s++) {
    const center = path[s] ?? 0;
    const p50 = fromModelScale(center, transform);
    quantiles.push({
      date: formatDayNumber(series.lastDay + series.stepDays * (s + 1)),
      p10: Math.min(fromModelScale(center + (bands.lower[s] ?? 0), transform), p50),
      p50,
      p90: Math.max(fromModelScale(center + (bands.upper[s] ?? 0), transform), p50),
    });
  }

  const candidates: CandidateDiagnostic[] = prepared.map((candidate, c) => {
    const mae = scores[c] ?? NaN;
    return {
      name: candidate.name,
      mase: inSampleScale > 0 && Number.isFinite(mae) ? mae / inSampleScale : null,
      mae: Number.isFinite(mae) ? mae : 0,
      weight: weights[c] ?? 0,
    };
  });
  return {
    frequency: series.frequency,
    method: methodName(prepared, weights),
    history: series.observedCount,
    insufficientHistory: false,
    quantiles,
    diagnostics: {
      transform,
      missing: series.missingCount,
      origins: plan.origins.length,
      backtestSteps: plan.steps,
      intervalErrors: bands.errorsAtFirstStep,
      candidates,
    },
  };
}

function finalPath(
  prepared: readonly PreparedCandidate[],
  weights: readonly number[],
  length: number,
  horizon: number,
): Float64Array {
  const path = new Float64Array(horizon);
  const scratch = new Float64Array(horizon);
  prepared.forEach((candidate, c) => {
    const weight = weights[c] ?? 0;
    if (weight === 0) return;
    candidate.forecast(length, scratch);
    for (let s = 0; s < horizon; s++) path[s] = (path[s] ?? 0) + weight * (scratch[s] ?? 0);
  });
  return path;
}

function weightedSum(
  forecasts: readonly Float64Array[],
  weights: readonly number[],
  cells: number,
): Float64Array {
  const combined = new Float64Array(cells);
  forecasts.forEach((forecast, c) => {
    const weight = weights[c] ?? 0;
    if (weight === 0) return;
    for (let i = 0; i < cells; i++) combined[i] = (combined[i] ?? 0) + weight * (forecast[i] ?? 0);
  });
  return combined;
}

/** One-step naive MAE over consecutive observed steps only (a filled gap is not a real change). */
function observedNaiveScale(series: RegularSeries): number {
  let sum = 0;
  let count = 0;
  for (let t = 1; t < series.values.length; t++) {
    if (series.observed[t] !== 1 || series.observed[t - 1] !== 1) continue;
    sum += Math.abs((series.values[t] ?? 0) - (series.values[t - 1] ?? 0));
    count++;
  }
  return count > 0 ? sum / count : 0;
}

function maxAbs(values: Float64Array): number {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  return max;
}

/** The single model's name, or `combo:` and the members by descending weight. */
function methodName(prepared: readonly PreparedCandidate[], weights: readonly number[]): string {
  const members = prepared
    .map((candidate, c) => ({ name: candidate.name, weight: weights[c] ?? 0 }))
    .filter((m) => m.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  if (members.length === 1) return members[0]?.name ?? 'naive';
  return `combo:${members.map((m) => m.name).join('+')}`;
}
