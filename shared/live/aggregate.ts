import { metricFormulas, type FunnelInput, type SessionMetric } from './funnel';

/**
 * A metric over several sessions: Σ numerator ÷ Σ denominator over the sessions that have both, so big
 * sessions weigh more — the average of the ratios would let a 50-viewer test stream count as much as a
 * 50,000-viewer evening. 人均观看时长 is weighted by viewers (Σ avg × viewers ÷ Σ viewers).
 */
export function aggregateMetric(sessions: readonly FunnelInput[], metric: SessionMetric): number | null {
  const f = metricFormulas[metric];
  let num = 0;
  let den = 0;
  let used = 0;
  for (const s of sessions) {
    const n = s[f.numerator];
    const d = s[f.denominator];
    if (n === null || d === null) continue;
    num += metric === 'avgWatchSeconds' ? n * d : n;
    den += d;
    used++;
  }
  if (used === 0 || den === 0) return null;
  return (num / den) * f.scale;
}
