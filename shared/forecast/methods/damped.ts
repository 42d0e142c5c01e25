import { originSlots, slotOf, type CandidateFactory } from './types';

/**
 * Holt's linear trend with a damped trend (Gardner & McKenzie): follows a sustained ramp (a brand
 * growing into a festival) but flattens it out, because undamped trends over-shoot badly on short
 * noisy series. Parameters come from a small grid, picked per origin by one-step squared error on the
 * data before it, as in `ses`. The trend starts at 0 so that no origin's state uses later data.
 */
const ALPHAS = [0.2, 0.4, 0.6, 0.8, 1] as const;
// Small trend gains: with a dozen noisy points a larger one chases the last few moves (e.g. the
// rebound after a level shift) and projects them; these still let a steady ramp through.
const BETAS = [0.02, 0.1] as const;
const PHIS = [0.8, 0.9, 0.98] as const;

export const damped: CandidateFactory = (values, origins) => {
  const slots = originSlots(values.length, origins);
  const bestLoss = new Float64Array(origins.length).fill(Infinity);
  const bestLevel = new Float64Array(origins.length);
  const bestTrend = new Float64Array(origins.length);
  const bestPhi = new Float64Array(origins.length);
  for (const alpha of ALPHAS) {
    for (const beta of BETAS) {
      for (const phi of PHIS) {
        let level = values[0] ?? 0;
        let trend = 0;
        let loss = 0;
        for (let t = 1; t <= values.length; t++) {
          const slot = slots[t] ?? -1;
          if (slot >= 0 && loss < (bestLoss[slot] ?? Infinity)) {
            bestLoss[slot] = loss;
            bestLevel[slot] = level;
            bestTrend[slot] = trend;
            bestPhi[slot] = phi;
          }
          if (t === values.length) break;
          const predicted = level + phi * trend;
          const error = (values[t] ?? 0) - predicted;
          loss += error * error;
          level = predicted + alpha * error;
          trend = phi * trend + alpha * beta * error;
        }
      }
    }
  }
  return {
    name: 'damped',
    forecast(origin, out) {
      const slot = slotOf(slots, origin);
      const level = bestLevel[slot] ?? 0;
      const trend = bestTrend[slot] ?? 0;
      const phi = bestPhi[slot] ?? 0;
      let damping = 0;
      let power = 1;
      for (let step = 0; step < out.length; step++) {
        power *= phi;
        damping += power;
        out[step] = level + damping * trend;
      }
    },
  };
};
