import { damped } from './methods/damped';
import { naive } from './methods/naive';
import { recentMedian } from './methods/recentMedian';
import { WEEK_PERIOD, seasonalNaive } from './methods/seasonalNaive';
import { seasonalSes } from './methods/seasonalSes';
import { ses } from './methods/ses';
import type { CandidateFactory } from './methods/types';
import type { ForecastFrequency } from './schema';

/** Three full weeks: two to learn the weekday pattern from, at least one to check it on. */
export const SEASONAL_MIN_STEPS = 3 * WEEK_PERIOD;

export interface CandidateSet {
  factories: CandidateFactory[];
  /** First origin the backtest may use: every candidate must have what it needs by then. */
  minOrigin: number;
}

/**
 * The candidate pool for one series, simplest first (an exact fit is credited to the simplest).
 * Weekly seasonality is only offered for daily data long enough to show it; a yearly cycle in weekly
 * data would need two years of history, which MatrixDesk users rarely have.
 */
export function candidatesFor(frequency: ForecastFrequency, gridLength: number): CandidateSet {
  const seasonal = frequency === 'day' && gridLength >= SEASONAL_MIN_STEPS;
  // A week of days or a month of weeks: long enough to outvote a spike, short enough to follow a shift.
  const medianWindow = frequency === 'day' ? WEEK_PERIOD : 4;
  const factories: CandidateFactory[] = [naive, ses, damped, recentMedian(medianWindow)];
  if (seasonal) factories.push(seasonalNaive, seasonalSes);
  // Backtest from 3 points on (not 8): short series need every scored origin they can get, and the
  // early, cruder forecasts err on the side of wider intervals, never narrower ones.
  return { factories, minOrigin: seasonal ? WEEK_PERIOD : 3 };
}
