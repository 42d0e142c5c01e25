import type { CandidateFactory } from './types';

/**
 * Median of the last `window` values: shrugs off a one-off spike (a viral clip, a festival day) that
 * the naive forecast would carry forward, at the cost of reacting a few steps late to a real shift.
 */
export function recentMedian(window: number): CandidateFactory {
  return (values) => {
    const scratch = new Float64Array(window);
    return {
      name: 'recentMedian',
      forecast(origin, out) {
        const from = Math.max(0, origin - window);
        const taken = scratch.subarray(0, origin - from);
        taken.set(values.subarray(from, origin));
        taken.sort();
        const mid = taken.length >> 1;
        const median =
          taken.length % 2 === 1 ? (taken[mid] ?? 0) : ((taken[mid - 1] ?? 0) + (taken[mid] ?? 0)) / 2;
        out.fill(median);
      },
    };
  };
}
