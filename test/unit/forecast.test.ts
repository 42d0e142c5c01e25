import { describe, expect, it } from 'vitest';
import {
  forecastOutputSchema,
  forecastSeries,
  type ForecastOutput,
  type SeriesPoint,
} from '../../shared/forecast';
import { addDays } from '../../shared/domain/dates';
import { mulberry32 } from '../../shared/random';

/** Consecutive points from `start`, one every `stepDays`; null values are left out (gaps). */
function series(start: string, values: readonly (number | null)[], stepDays = 1): SeriesPoint[] {
  return values.flatMap((value, i) =>
    value === null ? [] : [{ date: addDays(start, i * stepDays), value }],
  );
}

/** Seeded, so the noisy cases are the same on every run. */
const prng = mulberry32;

function expectWellFormed(result: ForecastOutput, horizon: number): void {
  expect(forecastOutputSchema.safeParse(result).success).toBe(true);
  expect(result.quantiles).toHaveLength(horizon);
  for (const q of result.quantiles) {
    for (const v of [q.p10, q.p50, q.p90]) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
    }
    expect(q.p10).toBeLessThanOrEqual(q.p50);
    expect(q.p50).toBeLessThanOrEqual(q.p90);
  }
}

describe('forecastSeries', () => {
  it('forecasts a constant series as that constant with a zero-width band', () => {
    const result = forecastSeries({ points: series('2024-03-01', Array(30).fill(42)), horizon: 10 });
    expectWellFormed(result, 10);
    expect(result.insufficientHistory).toBe(false);
    expect(result.method).toBe('naive');
    for (const q of result.quantiles) {
      expect(q.p50).toBeCloseTo(42, 9);
      expect(q.p90 - q.p10).toBeLessThan(1e-9);
    }
  });

  it('forecasts an all-zero series as zero', () => {
    const result = forecastSeries({
      points: series('2024-03-01', Array(12).fill(0), 7),
      horizon: 4,
      kind: 'count',
    });
    expectWellFormed(result, 4);
    for (const q of result.quantiles) expect(q).toMatchObject({ p10: 0, p50: 0, p90: 0 });
  });

  it('recovers a pure weekly pattern in daily data with seasonal naive', () => {
    const week = [10, 20, 30, 40, 50, 60, 70];
    // 2024-03-04 is a Monday; four full weeks of history.
    const points = series('2024-03-04', [...week, ...week, ...week, ...week]);
    const result = forecastSeries({ points, horizon: 14, kind: 'count' });
    expectWellFormed(result, 14);
    expect(result.frequency).toBe('day');
    expect(result.method).toBe('seasonalNaive');
    result.quantiles.forEach((q, i) => {
      expect(q.date).toBe(addDays('2024-03-31', i + 1));
      expect(q.p50).toBeCloseTo(week[i % 7] ?? NaN, 6);
      expect(q.p90 - q.p10).toBeLessThan(1e-6);
    });
  });

  it('keeps the weekday shape when the weekly pattern is noisy', () => {
    const random = prng(3);
    const week = [100, 100, 100, 100, 160, 260, 220];
    const values = Array.from({ length: 84 }, (_, t) =>
      Math.round((week[t % 7] ?? 0) * (0.9 + random() * 0.2)),
    );
    const result = forecastSeries({ points: series('2024-01-01', values), horizon: 7 });
    expectWellFormed(result, 7);
    // 84 days from a Monday: the forecast starts on a Monday, so steps 6–7 are the weekend peak.
    const [monday, , , , , saturday] = result.quantiles.map((q) => q.p50);
    expect(saturday ?? 0).toBeGreaterThan(2 * (monday ?? 0));
  });

  it('returns ordered, finite, non-negative quantiles for noisy, zero-heavy, spiky and huge series', () => {
    const random = prng(11);
    const cases: { name: string; values: number[]; kind: 'count' | 'amount' | 'rate' }[] = [
      { name: 'noisy', values: Array.from({ length: 60 }, () => 50 + random() * 100), kind: 'amount' },
      {
        name: 'zero-heavy',
        values: Array.from({ length: 60 }, () => (random() < 0.8 ? 0 : 1)),
        kind: 'count',
      },
      {
        name: 'spiky',
        values: Array.from({ length: 60 }, (_, t) => (t % 13 === 5 ? 1e7 : 20 + random() * 5)),
        kind: 'amount',
      },
      { name: 'huge', values: Array.from({ length: 30 }, () => 1e300 * (0.5 + random())), kind: 'amount' },
      { name: 'tiny rate', values: Array.from({ length: 30 }, () => random() * 0.002), kind: 'rate' },
      { name: 'step to zero', values: [...Array(20).fill(500), ...Array(10).fill(0)], kind: 'count' },
    ];
    for (const c of cases) {
      const result = forecastSeries({ points: series('2023-06-01', c.values), horizon: 45, kind: c.kind });
      expectWellFormed(result, 45);
      expect(result.insufficientHistory, c.name).toBe(false);
    }
  });

  it('says so instead of drawing a fan when there are fewer than 8 points', () => {
    const result = forecastSeries({ points: series('2023-02-19', [5, 6, 7, 6, 5, 6, 7], 7), horizon: 4 });
    expect(result.insufficientHistory).toBe(true);
    expect(result.quantiles).toEqual([]);
    expect(result.history).toBe(7);
    expect(result.frequency).toBe('week');
    expect(forecastOutputSchema.safeParse(result).success).toBe(true);
    expect(forecastSeries({ points: [], horizon: 4 }).insufficientHistory).toBe(true);
  });

  it('treats gaps as missing, not zero', () => {
    const values = Array.from({ length: 40 }, (_, t) => (t % 5 === 2 ? null : 100 + (t % 3)));
    const result = forecastSeries({ points: series('2024-01-01', values), horizon: 7 });
    expectWellFormed(result, 7);
    expect(result.frequency).toBe('day');
    expect(result.diagnostics.missing).toBe(8);
    expect(result.history).toBe(32);
    for (const q of result.quantiles) {
      expect(q.p50).toBeGreaterThan(95);
      expect(q.p50).toBeLessThan(105);
    }
    // Censored weekly ranking: a brand missing for three weeks mid-series.
    const weekly = series('2023-02-19', [210, 212, 208, null, null, null, 205, 207, 209, 206, 208, 211], 7);
    const weeklyResult = forecastSeries({ points: weekly, horizon: 4 });
    expectWellFormed(weeklyResult, 4);
    expect(weeklyResult.history).toBe(9);
    expect(weeklyResult.quantiles[0]?.date).toBe('2023-05-14');
    expect(weeklyResult.quantiles[0]?.p50).toBeGreaterThan(200);
  });

  it('infers the frequency from the spacing and dates the forecast after the last point', () => {
    const weekly = forecastSeries({ points: series('2023-11-05', Array(10).fill(3), 7), horizon: 3 });
    expect(weekly.frequency).toBe('week');
    // Last point 2024-01-07; the forecast crosses nothing odd, but the history crossed a year end.
    expect(weekly.quantiles.map((q) => q.date)).toEqual(['2024-01-14', '2024-01-21', '2024-01-28']);

    const daily = forecastSeries({ points: series('2024-02-20', Array(10).fill(3)), horizon: 2 });
    expect(daily.frequency).toBe('day');
    expect(daily.quantiles.map((q) => q.date)).toEqual(['2024-03-01', '2024-03-02']);

    const forced = forecastSeries({
      points: series('2024-02-20', Array(10).fill(3), 7),
      horizon: 1,
      frequency: 'day',
    });
    expect(forced.frequency).toBe('day');
    expect(forced.quantiles[0]?.date).toBe('2024-04-24');
  });

  it('accepts points in any order', () => {
    const points = series('2024-01-01', [5, 7, 6, 8, 7, 9, 8, 10, 9, 11]);
    const sorted = forecastSeries({ points, horizon: 3 });
    const shuffled = forecastSeries({ points: [...points].reverse(), horizon: 3 });
    expect(shuffled).toEqual(sorted);
  });

  it('follows a steady trend beyond the last value', () => {
    const random = prng(5);
    const values = Array.from({ length: 20 }, (_, t) => 1000 * Math.exp(0.08 * t) * (0.99 + random() * 0.02));
    const result = forecastSeries({ points: series('2023-01-01', values, 7), horizon: 4 });
    expectWellFormed(result, 4);
    const last = values[values.length - 1] ?? 0;
    expect(result.quantiles[3]?.p50).toBeGreaterThan(last * 1.1);
  });

  it('widens the band with the horizon, including beyond the backtested steps', () => {
    const random = prng(8);
    let level = 100;
    const values = Array.from({ length: 60 }, () => (level *= Math.exp((random() - 0.5) * 0.2)));
    const result = forecastSeries({ points: series('2024-01-01', values), horizon: 365 });
    expectWellFormed(result, 365);
    const widths = result.quantiles.map((q) => Math.log(q.p90 + 1) - Math.log(q.p10 + 1));
    for (let i = 1; i < widths.length; i++)
      expect(widths[i]).toBeGreaterThanOrEqual((widths[i - 1] ?? 0) - 1e-12);
    expect(widths[364]).toBeGreaterThan(widths[0] ?? Infinity);
    expect(result.quantiles[364]?.date).toBe(addDays('2024-02-29', 365));
  });

  it('reports every candidate with its backtest score and the weights summing to 1', () => {
    const random = prng(2);
    const values = Array.from({ length: 40 }, () => 100 + random() * 20);
    const result = forecastSeries({ points: series('2024-01-01', values), horizon: 7 });
    const names = result.diagnostics.candidates.map((c) => c.name);
    expect(names).toEqual(['naive', 'ses', 'damped', 'recentMedian', 'seasonalNaive', 'seasonalSes']);
    const total = result.diagnostics.candidates.reduce((sum, c) => sum + c.weight, 0);
    expect(total).toBeCloseTo(1, 12);
    for (const c of result.diagnostics.candidates) expect(c.mase).not.toBeNull();
    expect(result.diagnostics.origins).toBeGreaterThan(0);
    expect(result.diagnostics.backtestSteps).toBe(7);
    // Weekly data get no weekday candidates.
    const weekly = forecastSeries({ points: series('2023-01-01', values.slice(0, 12), 7), horizon: 4 });
    expect(weekly.diagnostics.candidates.map((c) => c.name)).toEqual([
      'naive',
      'ses',
      'damped',
      'recentMedian',
    ]);
  });

  it('is deterministic', () => {
    const random = prng(9);
    const points = series(
      '2024-01-01',
      Array.from({ length: 90 }, () => Math.round(random() * 1000)),
    );
    expect(forecastSeries({ points, horizon: 30 })).toEqual(forecastSeries({ points, horizon: 30 }));
  });

  it('throws on input the schema rejects', () => {
    expect(() => forecastSeries({ points: [], horizon: 0 })).toThrow(/horizon/);
  });
});
