/**
 * A candidate model prepared once over a whole series so that forecasting from any backtest origin is
 * cheap. Recursive models (SES, damped trend) are online filters: their state after the first `o`
 * values depends only on those values, so one pass over the series yields every origin's state, and
 * the rolling-origin backtest costs O(n) per parameter setting instead of O(n) per origin.
 */
export interface PreparedCandidate {
  readonly name: CandidateName;
  /** Writes the forecast for steps 1..out.length made from the first `origin` values (model scale). */
  forecast(origin: number, out: Float64Array): void;
}

export const candidateNames = [
  'naive',
  'ses',
  'damped',
  'recentMedian',
  'seasonalNaive',
  'seasonalSes',
] as const;
export type CandidateName = (typeof candidateNames)[number];

/**
 * Builds a candidate over `values`. `origins` lists, ascending, every prefix length it will be asked
 * to forecast from (the last is values.length); filters record their state only there.
 */
export type CandidateFactory = (values: Float64Array, origins: readonly number[]) => PreparedCandidate;

/** Maps each origin to its slot in per-origin state arrays (-1 for origins not prepared). */
export function originSlots(length: number, origins: readonly number[]): Int32Array {
  const slots = new Int32Array(length + 1).fill(-1);
  origins.forEach((origin, slot) => {
    slots[origin] = slot;
  });
  return slots;
}

export function slotOf(slots: Int32Array, origin: number): number {
  const slot = slots[origin] ?? -1;
  if (slot < 0) throw new Error(`Origin ${origin} was not prepared`);
  return slot;
}
