import { bandOf, shortfall, type Band, type BenchmarkPair } from './benchmarks';
import { diagnosisRules } from './diagnosisRules';
import { funnelSteps, sessionMetrics, type SessionMetric, type SessionMetricValues } from './funnel';

export type BenchmarkBasis = 'own' | 'peer';

export interface MetricAssessment {
  metric: SessionMetric;
  value: number | null;
  own: BenchmarkPair | null;
  peer: BenchmarkPair | null;
  /** Which benchmark the band is read against: the room's own history first, typed-in peer values else. */
  basis: BenchmarkBasis | null;
  band: Band | null;
  /** Relative gap to the median (0.25 = 25% worse); positive only when worse. */
  shortfall: number | null;
  isFunnelStep: boolean;
}

export interface Diagnosis {
  metrics: MetricAssessment[];
  /** Metrics below their median with a rule to explain them: funnel steps first, each group by shortfall. */
  findings: MetricAssessment[];
}

const funnelStepSet: ReadonlySet<SessionMetric> = new Set(funnelSteps);

export function assess(
  metric: SessionMetric,
  value: number | null,
  own: BenchmarkPair | null,
  peer: BenchmarkPair | null,
): MetricAssessment {
  const basis: BenchmarkBasis | null = own ? 'own' : peer ? 'peer' : null;
  const pair = own ?? peer;
  return {
    metric,
    value,
    own,
    peer,
    basis,
    band: bandOf(value, pair, metric),
    shortfall: shortfall(value, pair, metric),
    isFunnelStep: funnelStepSet.has(metric),
  };
}

/**
 * Every metric against its benchmark, and the findings in the order the user should read them: the
 * funnel step with the largest shortfall first (the funnel is where a session is won or lost), then the
 * other weak figures. Ties keep funnel order, so the result is stable.
 */
export function diagnose(
  values: SessionMetricValues,
  own: Partial<Record<SessionMetric, BenchmarkPair | null>>,
  peer: Partial<Record<SessionMetric, BenchmarkPair | null>>,
): Diagnosis {
  const metrics = sessionMetrics.map((m) => assess(m, values[m], own[m] ?? null, peer[m] ?? null));
  const weak = metrics.filter(
    (a) => a.band === 'improve' && a.shortfall !== null && a.shortfall > 0 && diagnosisRules[a.metric],
  );
  const byShortfall = (a: MetricAssessment, b: MetricAssessment) => b.shortfall! - a.shortfall!;
  const findings = [
    ...weak.filter((a) => a.isFunnelStep).sort(byShortfall),
    ...weak.filter((a) => !a.isFunnelStep).sort(byShortfall),
  ];
  return { metrics, findings };
}
