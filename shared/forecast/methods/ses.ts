import { originSlots, slotOf, type CandidateFactory } from './types';

/**
 * Simple exponential smoothing. The smoothing weight is picked per origin from a fixed grid by the
 * one-step squared error on the data before that origin, so backtest scores never peek ahead. A grid
 * (rather than a numeric optimiser) keeps the cost fixed and the choice reproducible.
 */
export const SES_ALPHAS = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] as const;

export const ses: CandidateFactory = (values, origins) => {
  const slots = originSlots(values.length, origins);
  const bestLoss = new Float64Array(origins.length).fill(Infinity);
  const bestLevel = new Float64Array(origins.length);
  for (const alpha of SES_ALPHAS) {
    let level = values[0] ?? 0;
    let loss = 0;
    for (let t = 1; t <= values.length; t++) {
      const slot = slots[t] ?? -1;
      if (slot >= 0 && loss < (bestLoss[slot] ?? Infinity)) {
        bestLoss[slot] = loss;
        bestLevel[slot] = level;
      }
      if (t === values.length) break;
      const error = (values[t] ?? 0) - level;
      loss += error * error;
      level += alpha * error;
    }
  }
  return {
    name: 'ses',
    forecast(origin, out) {
      out.fill(bestLevel[slotOf(slots, origin)] ?? 0);
    },
  };
};
