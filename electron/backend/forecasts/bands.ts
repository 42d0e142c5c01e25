import type { ForecastQuantile } from '../../../shared/forecast';

/** The q-quantile of ascending values, interpolated between neighbours (0 for none). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const finite = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);

/** Sums can round a hair out of order; a band must always contain its median. */
export function orderQuantile(q: ForecastQuantile): ForecastQuantile {
  const p50 = finite(q.p50);
  return { date: q.date, p10: Math.min(finite(q.p10), p50), p50, p90: Math.max(finite(q.p90), p50) };
}
