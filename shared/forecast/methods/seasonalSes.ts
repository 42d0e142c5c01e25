import { WEEK_PERIOD } from './seasonalNaive';
import { originSlots, slotOf, type CandidateFactory } from './types';

/**
 * Exponential smoothing with an additive weekly profile (ETS(A,N,A) on the model scale, so a
 * multiplicative weekday pattern for count/amount). Seasonal naive copies last week's noise along
 * with its pattern; this averages the pattern over several weeks and tracks the level separately,
 * which is what daily GMV with a weekend peak and a drifting base needs.
 *
 * State starts from the first week (level = its mean, profile = deviations from it), which every
 * backtest origin (≥ one week) already contains. Parameters from a small grid, chosen per origin by
 * one-step squared error before it, as in `ses`.
 */
const ALPHAS = [0.1, 0.3, 0.6] as const;
const GAMMAS = [0.05, 0.2] as const;

export const seasonalSes: CandidateFactory = (values, origins) => {
  const m = WEEK_PERIOD;
  const slots = originSlots(values.length, origins);
  const bestLoss = new Float64Array(origins.length).fill(Infinity);
  const bestLevel = new Float64Array(origins.length);
  // Profile at each origin, stored by weekday phase of the step being forecast (t mod m).
  const bestProfile = new Float64Array(origins.length * m);
  const profile = new Float64Array(m);
  let firstWeekMean = 0;
  for (let i = 0; i < m; i++) firstWeekMean += (values[i] ?? 0) / m;

  for (const alpha of ALPHAS) {
    for (const gamma of GAMMAS) {
      let level = firstWeekMean;
      for (let i = 0; i < m; i++) profile[i] = (values[i] ?? 0) - firstWeekMean;
      let loss = 0;
      for (let t = m; t <= values.length; t++) {
        const slot = slots[t] ?? -1;
        if (slot >= 0 && loss < (bestLoss[slot] ?? Infinity)) {
          bestLoss[slot] = loss;
          bestLevel[slot] = level;
          bestProfile.set(profile, slot * m);
        }
        if (t === values.length) break;
        const phase = t % m;
        const seasonal = profile[phase] ?? 0;
        const error = (values[t] ?? 0) - level - seasonal;
        loss += error * error;
        level += alpha * error;
        profile[phase] = seasonal + gamma * (1 - alpha) * error;
      }
    }
  }
  return {
    name: 'seasonalSes',
    forecast(origin, out) {
      const slot = slotOf(slots, origin);
      const level = bestLevel[slot] ?? 0;
      for (let step = 0; step < out.length; step++) {
        out[step] = level + (bestProfile[slot * m + ((origin + step) % m)] ?? 0);
      }
    },
  };
};
