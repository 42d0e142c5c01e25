import type { CandidateFactory } from './types';

/** Last value carried forward: the benchmark every other candidate must beat on this series' history. */
export const naive: CandidateFactory = (values) => ({
  name: 'naive',
  forecast(origin, out) {
    out.fill(values[origin - 1] ?? 0);
  },
});
