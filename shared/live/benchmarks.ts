import { lowerIsBetter, type SessionMetric } from './funnel';

/**
 * Below this many comparable sessions a median says little; the own benchmark is then "not available"
 * and the peer values (if typed in) are used instead.
 */
export const MIN_BENCHMARK_SESSIONS = 3;

/**
 * Percentile by linear interpolation between closest ranks (the method Excel's PERCENTILE.INC and
 * 罗盘's 分位值 tables use): p in [0, 1]. Missing values are left out; none left → null.
 */
export function percentile(values: readonly (number | null)[], p: number): number | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (rank - lo);
}

export interface BenchmarkPair {
  /** 中位值 */
  p50: number;
  /** 优秀值 (top quartile) */
  p75: number;
}

export function ownBenchmark(values: readonly (number | null)[]): BenchmarkPair | null {
  const present = values.filter((v) => v !== null);
  if (present.length < MIN_BENCHMARK_SESSIONS) return null;
  return { p50: percentile(present, 0.5)!, p75: percentile(present, 0.75)! };
}

export const bands = ['excellent', 'good', 'improve'] as const; // 优秀, 良好, 待提升
export type Band = (typeof bands)[number];

/**
 * 罗盘's convention: ≥ P75 优秀, P50 to below P75 良好, below P50 待提升. For lower-is-better metrics
 * (退款率) the benchmark is read the other way: at or under the "excellent" value is 优秀.
 * For those, the pair holds the good-side values too: p75 is the 75th percentile of "goodness", i.e. the
 * 25th percentile of the raw values (see benchmarkFor).
 */
export function bandOf(value: number | null, pair: BenchmarkPair | null, metric: SessionMetric): Band | null {
  if (value === null || pair === null) return null;
  if (lowerIsBetter.has(metric)) {
    if (value <= pair.p75) return 'excellent';
    if (value <= pair.p50) return 'good';
    return 'improve';
  }
  if (value >= pair.p75) return 'excellent';
  if (value >= pair.p50) return 'good';
  return 'improve';
}

/** Own benchmark of one metric: P50 and the good-side quartile (P75, or P25 when lower is better). */
export function benchmarkFor(
  values: readonly (number | null)[],
  metric: SessionMetric,
): BenchmarkPair | null {
  const base = ownBenchmark(values);
  if (!base) return null;
  return lowerIsBetter.has(metric) ? { p50: base.p50, p75: percentile(values, 0.25)! } : base;
}

/**
 * How far below the median a value sits, relative to the median (0.3 = 30% short). Positive only when it
 * is worse than P50; null when it cannot be said. Relative, so steps of different sizes compare.
 */
export function shortfall(
  value: number | null,
  pair: BenchmarkPair | null,
  metric: SessionMetric,
): number | null {
  if (value === null || pair === null || pair.p50 === 0) return null;
  const gap = lowerIsBetter.has(metric) ? value - pair.p50 : pair.p50 - value;
  return gap / Math.abs(pair.p50);
}
