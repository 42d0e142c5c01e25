import type { CandidateFactory } from './types';

/** Days in the weekly cycle of daily e-commerce data (weekend live sessions, payday Fridays). */
export const WEEK_PERIOD = 7;

/** Same weekday last week: recovers a stable weekly pattern exactly, which level models flatten. */
export const seasonalNaive: CandidateFactory = (values) => ({
  name: 'seasonalNaive',
  forecast(origin, out) {
    const start = origin - WEEK_PERIOD;
    for (let step = 0; step < out.length; step++) {
      out[step] = values[start + (step % WEEK_PERIOD)] ?? values[origin - 1] ?? 0;
    }
  },
});
