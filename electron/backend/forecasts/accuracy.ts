import type { Db } from '../db/types';
import type { ForecastAccuracy } from '../../../shared/domain/forecastRun';
import { naiveScale } from '../../../shared/forecast/metrics';
import { readSeries } from '../metrics/repo';
import type { StoredRun } from './repo';

/**
 * Scores stored runs against the actuals imported since. Errors are scaled by the in-sample one-step
 * naive MAE of the history each run was made from (MASE, Hyndman & Koehler), and the naive forecast
 * (last value) from the same origin is scored the same way: the bar a forecast has to clear.
 */
interface Scaled {
  model: number[];
  naive: number[];
  inside: number;
  count: number;
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

export function accuracyOf(db: Db, accountId: string, runs: readonly StoredRun[]): ForecastAccuracy {
  const pooled: Scaled = { model: [], naive: [], inside: 0, count: 0 };
  const out: ForecastAccuracy['runs'] = [];
  for (const { run, inputs } of runs) {
    if (run.insufficientHistory || run.quantiles.length === 0 || !run.id) continue;
    const history = inputs.points.map((p) => p.value);
    const last = history[history.length - 1] ?? 0;
    const scale = naiveScale(history);
    const dates = run.quantiles.map((q) => q.date);
    const actuals = new Map(
      readSeries(db, {
        accountId,
        metric: run.metric,
        granularity: run.frequency,
        from: dates[0],
        to: dates[dates.length - 1],
      }).map((p) => [p.date, p.value]),
    );
    const points: ForecastAccuracy['runs'][number]['points'] = [];
    const own: Scaled = { model: [], naive: [], inside: 0, count: 0 };
    for (const q of run.quantiles) {
      const actual = actuals.get(q.date);
      if (actual === undefined) continue;
      const inside80 = actual >= q.p10 && actual <= q.p90;
      points.push({ date: q.date, actual, p10: q.p10, p50: q.p50, p90: q.p90, naive: last, inside80 });
      own.count++;
      if (inside80) own.inside++;
      if (scale !== null && scale > 0) {
        own.model.push(Math.abs(actual - q.p50) / scale);
        own.naive.push(Math.abs(actual - last) / scale);
      }
    }
    pooled.model.push(...own.model);
    pooled.naive.push(...own.naive);
    pooled.inside += own.inside;
    pooled.count += own.count;
    out.push({
      runId: run.id,
      metric: run.metric,
      method: run.method,
      frequency: run.frequency,
      createdAt: run.createdAt,
      historyEnd: run.historyEnd,
      ...figures(own),
      points,
    });
  }
  return { accountId, runs: out, overall: figures(pooled) };
}

function figures(s: Scaled) {
  return {
    evaluated: s.count,
    mase: mean(s.model),
    maseNaive: mean(s.naive),
    coverage80: s.count === 0 ? null : s.inside / s.count,
  };
}
