/**
 * Forecast benchmark: `npm run bench:forecast`.
 *
 * 1. Accuracy on a real panel — Douyin's weekly beauty brand heat (see SOURCE.md in the data folder):
 *    the 15 brands present in all 14 weeks, rolling origin with ≥ 8 weeks of history, horizons 1–4
 *    (270 forecasts). MatrixDesk's engine is compared with naive and SES baselines computed here on the
 *    raw scale; those two should land near SOURCE.md's reference figures, which checks the harness.
 * 2. Speed — 1,000 synthetic daily series of 365 points, 30 days ahead.
 *
 * The last line printed is one JSON object for CI to parse.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  evaluateRollingOrigin,
  forecastSeries,
  summarizeRollingOrigin,
  type PathForecast,
} from '../../shared/forecast';
import { addDays } from '../../shared/domain/dates';
import { mulberry32 } from '../../shared/random';

const Z90 = 1.2815515655446004;

function sharedDir(): string {
  return process.env.MATRIXDESK_SHARED_DIR ?? path.resolve(__dirname, '../../../shared');
}

interface Panel {
  weeks: string[];
  brands: { id: string; name: string; heat: number[] }[];
}

function loadPanel(): Panel {
  const file = path.join(sharedDir(), 'data/douyin-brand-heat-beauty/weekly_heat.csv');
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const header = (lines.shift() ?? '').split(',');
  const col = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`weekly_heat.csv has no ${name} column`);
    return index;
  };
  const [weekCol, idCol, nameCol, heatCol] = [
    col('week_start'),
    col('brand_id'),
    col('brand_name'),
    col('heat'),
  ];
  const byBrand = new Map<string, { name: string; heat: Map<string, number> }>();
  const weekSet = new Set<string>();
  for (const line of lines) {
    const cells = line.split(',');
    const week = cells[weekCol] ?? '';
    const id = cells[idCol] ?? '';
    weekSet.add(week);
    const entry = byBrand.get(id) ?? { name: cells[nameCol] ?? id, heat: new Map<string, number>() };
    entry.heat.set(week, Number(cells[heatCol]));
    byBrand.set(id, entry);
  }
  const weeks = [...weekSet].sort();
  const brands = [...byBrand.entries()]
    .filter(([, b]) => weeks.every((w) => b.heat.has(w)))
    .map(([id, b]) => ({ id, name: b.name, heat: weeks.map((w) => b.heat.get(w) ?? NaN) }));
  return { weeks, brands };
}

// --- Baselines on the raw scale, with textbook Gaussian intervals (as forecast::naive / ses do) ---

function naiveMethod(history: readonly number[], maxHorizon: number): PathForecast {
  const last = history[history.length - 1] ?? 0;
  let squares = 0;
  for (let t = 1; t < history.length; t++) squares += ((history[t] ?? 0) - (history[t - 1] ?? 0)) ** 2;
  const sigma = Math.sqrt(squares / Math.max(1, history.length - 1));
  const steps = Array.from({ length: maxHorizon }, (_, i) => i + 1);
  return {
    p50: steps.map(() => last),
    p10: steps.map((h) => last - Z90 * sigma * Math.sqrt(h)),
    p90: steps.map((h) => last + Z90 * sigma * Math.sqrt(h)),
  };
}

function sesFit(history: readonly number[], alpha: number): { level: number; sse: number } {
  let level = history[0] ?? 0;
  let sse = 0;
  for (let t = 1; t < history.length; t++) {
    const error = (history[t] ?? 0) - level;
    sse += error * error;
    level += alpha * error;
  }
  return { level, sse };
}

/** SES with α minimising the one-step SSE (golden-section search on [0.0001, 0.9999]), level₀ = y₀. */
function sesMethod(history: readonly number[], maxHorizon: number): PathForecast {
  let lo = 0.0001;
  let hi = 0.9999;
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 60; i++) {
    const a = hi - ratio * (hi - lo);
    const b = lo + ratio * (hi - lo);
    if (sesFit(history, a).sse <= sesFit(history, b).sse) hi = b;
    else lo = a;
  }
  const alpha = (lo + hi) / 2;
  const { level, sse } = sesFit(history, alpha);
  const sigma = Math.sqrt(sse / Math.max(1, history.length - 1));
  const steps = Array.from({ length: maxHorizon }, (_, i) => i + 1);
  const spread = (h: number) => Z90 * sigma * Math.sqrt(1 + alpha * alpha * (h - 1));
  return {
    p50: steps.map(() => level),
    p10: steps.map((h) => level - spread(h)),
    p90: steps.map((h) => level + spread(h)),
  };
}

function matrixDeskMethod(startDate: string, frequency: 'day' | 'week') {
  const stepDays = frequency === 'week' ? 7 : 1;
  return (history: readonly number[], maxHorizon: number): PathForecast | null => {
    const points = history.flatMap((value, i) =>
      Number.isFinite(value) ? [{ date: addDays(startDate, i * stepDays), value }] : [],
    );
    const result = forecastSeries({ points, horizon: maxHorizon, frequency, kind: 'amount' });
    if (result.insufficientHistory) return null;
    return {
      p50: result.quantiles.map((q) => q.p50),
      p10: result.quantiles.map((q) => q.p10),
      p90: result.quantiles.map((q) => q.p90),
    };
  };
}

// --- Accuracy ---

type PathMethodFactory = (
  startDate: string,
) => (history: readonly number[], maxHorizon: number) => PathForecast | null;

function evaluatePanel(panel: Panel, factory: PathMethodFactory) {
  const records = panel.brands.flatMap(
    (brand) =>
      evaluateRollingOrigin(brand.heat, factory(panel.weeks[0] ?? '2023-01-01'), {
        minHistory: 8,
        horizons: [1, 2, 3, 4],
      }).records,
  );
  // Pool the forecasts (not per-brand averages) so that each of the 270 counts once.
  const summary = summarizeRollingOrigin(records);
  return {
    mase: summary.mase,
    smapePct: 100 * summary.smape,
    coverage80: summary.coverage,
    forecasts: summary.forecasts,
  };
}

// --- Speed ---

/** Seeded, so the timing run sees the same series every time. */
const prng = mulberry32;

function syntheticDailySeries(count: number, length: number) {
  const random = prng(20230312);
  const series: { date: string; value: number }[][] = [];
  for (let k = 0; k < count; k++) {
    const base = 50 + random() * 5000;
    const weekly = Array.from({ length: 7 }, () => 0.7 + random() * 0.6);
    const drift = (random() - 0.5) * 0.004;
    let level = Math.log(base);
    const points: { date: string; value: number }[] = [];
    for (let t = 0; t < length; t++) {
      level += drift + (random() - 0.5) * 0.05;
      const noise = 1 + (random() - 0.5) * 0.3;
      const value = Math.round(Math.exp(level) * (weekly[t % 7] ?? 1) * noise);
      if (random() < 0.02) continue; // the odd missing export day
      points.push({ date: addDays('2024-01-01', t), value });
    }
    series.push(points);
  }
  return series;
}

function timeSynthetic(): { ms: number; series: number } {
  const series = syntheticDailySeries(1000, 365);
  // Warm up the JIT on a few series so the timing reflects steady state, as in the running app.
  for (const points of series.slice(0, 20)) forecastSeries({ points, horizon: 30, kind: 'amount' });
  const started = performance.now();
  for (const points of series) forecastSeries({ points, horizon: 30, kind: 'amount' });
  return { ms: performance.now() - started, series: series.length };
}

function main(): void {
  const panel = loadPanel();
  const rows = [
    { name: 'matrixdesk', figures: evaluatePanel(panel, (start) => matrixDeskMethod(start, 'week')) },
    { name: 'naive', figures: evaluatePanel(panel, () => naiveMethod) },
    { name: 'ses', figures: evaluatePanel(panel, () => sesMethod) },
  ];
  console.log(
    `Douyin beauty brand heat: ${panel.brands.length} brands × ${panel.weeks.length} weeks, ` +
      'rolling origin (≥ 8 weeks history), horizons 1–4',
  );
  console.log('method        MASE    sMAPE   80% cov  forecasts');
  for (const row of rows) {
    const f = row.figures;
    console.log(
      `${row.name.padEnd(12)}  ${f.mase.toFixed(3)}  ${f.smapePct.toFixed(2).padStart(5)}%  ` +
        `${f.coverage80.toFixed(3)}    ${f.forecasts}`,
    );
  }
  const [ours, naive, ses] = rows.map((r) => r.figures);
  if (!ours || !naive || !ses) throw new Error('missing benchmark row');
  console.log(`MASE ratio matrixdesk / naive: ${(ours.mase / naive.mase).toFixed(3)}`);

  const timing = timeSynthetic();
  console.log(`Speed: ${timing.series} daily series × 365 points, 30 days ahead: ${timing.ms.toFixed(0)} ms`);

  const round = (v: number, digits: number) => Number(v.toFixed(digits));
  console.log(
    JSON.stringify({
      timingMs: round(timing.ms, 1),
      maseRatio: round(ours.mase / naive.mase, 4),
      method: 'matrixdesk-auto',
      mase: round(ours.mase, 4),
      maseNaive: round(naive.mase, 4),
      maseSes: round(ses.mase, 4),
      smape: round(ours.smapePct, 3),
      coverage80: round(ours.coverage80, 4),
      forecasts: ours.forecasts,
    }),
  );
}

main();
