import { parseIsoDate } from '../domain/dates';
import type { ForecastFrequency, SeriesPoint } from './schema';
import { toModelScale, type ModelScale } from './transform';

/**
 * Puts irregular points on a regular day/week grid on the model scale.
 *
 * Missing steps are missing, not zero: a brand that fell out of a top-30 ranking, or a day the export
 * skipped, did not sell nothing. We fill such steps by linear interpolation on the model scale
 * (geometric interpolation for count/amount) only so the recursive models can carry their state
 * across the gap; the backtest never scores a forecast against a filled step, and never forecasts from
 * an origin whose last step is filled (that value would have been computed from later data).
 */
export interface RegularSeries {
  frequency: ForecastFrequency;
  /** Days between grid steps: 1 or 7. */
  stepDays: number;
  /** Date of the last observed point; forecasts are dated stepDays after it. */
  lastDay: number;
  /** Values on the model scale, gaps filled. */
  values: Float64Array;
  /** 1 where the step had an observation, 0 where it was filled. */
  observed: Uint8Array;
  observedCount: number;
  missingCount: number;
}

/** Grid steps kept; older history barely moves a near-term forecast and would only slow the backtest. */
export const MAX_GRID_STEPS = 3_660;

/** Median spacing of 4+ days reads as weekly: weekly exports drift a day or two, daily ones skip a few. */
export function inferFrequency(sortedDays: readonly number[]): ForecastFrequency {
  if (sortedDays.length < 2) return 'day';
  const gaps: number[] = [];
  for (let i = 1; i < sortedDays.length; i++) gaps.push((sortedDays[i] ?? 0) - (sortedDays[i - 1] ?? 0));
  gaps.sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  const median = gaps.length % 2 === 1 ? (gaps[mid] ?? 1) : ((gaps[mid - 1] ?? 1) + (gaps[mid] ?? 1)) / 2;
  return median >= 4 ? 'week' : 'day';
}

export function regularize(
  points: readonly SeriesPoint[],
  scale: ModelScale,
  frequency?: ForecastFrequency,
): RegularSeries {
  const dated = datedPoints(points);
  const resolvedFrequency = frequency ?? inferFrequency(dated.map((p) => p.day));
  const stepDays = resolvedFrequency === 'week' ? 7 : 1;
  const last = dated[dated.length - 1];
  if (!last) {
    return {
      frequency: resolvedFrequency,
      stepDays,
      lastDay: 0,
      values: new Float64Array(0),
      observed: new Uint8Array(0),
      observedCount: 0,
      missingCount: 0,
    };
  }

  // Anchor the grid on the last point so the newest observation is exact and the forecast dates
  // follow it; points are snapped to the nearest step (weekly exports are not always 7 days apart).
  const stepsBack = (day: number) => Math.round((last.day - day) / stepDays);
  const span = Math.min(stepsBack(dated[0]?.day ?? last.day), MAX_GRID_STEPS - 1);
  const length = span + 1;
  const sums = new Float64Array(length);
  const counts = new Uint32Array(length);
  for (const p of dated) {
    const index = length - 1 - stepsBack(p.day);
    if (index < 0) continue;
    // Two points snapped into one step (e.g. daily data forced to 'week') are averaged on the model
    // scale; callers wanting weekly totals should aggregate before forecasting.
    sums[index] = (sums[index] ?? 0) + toModelScale(p.value, scale);
    counts[index] = (counts[index] ?? 0) + 1;
  }

  const values = new Float64Array(length);
  const observed = new Uint8Array(length);
  let observedCount = 0;
  for (let i = 0; i < length; i++) {
    const count = counts[i] ?? 0;
    if (count > 0) {
      values[i] = (sums[i] ?? 0) / count;
      observed[i] = 1;
      observedCount++;
    }
  }
  // When history was cut to MAX_GRID_STEPS the first kept step may be empty; start on an observation.
  const first = observed.indexOf(1);
  const keptValues = first > 0 ? values.slice(first) : values;
  const keptObserved = first > 0 ? observed.slice(first) : observed;
  fillGaps(keptValues, keptObserved);
  return {
    frequency: resolvedFrequency,
    stepDays,
    lastDay: last.day,
    values: keptValues,
    observed: keptObserved,
    observedCount,
    missingCount: keptValues.length - observedCount,
  };
}

/** Day numbers with values, oldest first; exports are usually sorted already, so skip the sort then. */
function datedPoints(points: readonly SeriesPoint[]): { day: number; value: number }[] {
  const dated: { day: number; value: number }[] = [];
  let sorted = true;
  for (const p of points) {
    const day = parseIsoDate(p.date);
    if (day === null) continue;
    const previous = dated[dated.length - 1];
    if (previous && previous.day > day) sorted = false;
    dated.push({ day, value: p.value });
  }
  if (!sorted) dated.sort((a, b) => a.day - b.day);
  return dated;
}

/** Linear interpolation between the observed neighbours; the grid starts and ends on observations. */
function fillGaps(values: Float64Array, observed: Uint8Array): void {
  let previous = -1;
  for (let i = 0; i < values.length; i++) {
    if (observed[i] !== 1) continue;
    if (previous >= 0 && i - previous > 1) {
      const from = values[previous] ?? 0;
      const to = values[i] ?? 0;
      for (let j = previous + 1; j < i; j++)
        values[j] = from + ((to - from) * (j - previous)) / (i - previous);
    }
    previous = i;
  }
}
