import { describe, expect, it } from 'vitest';
import { coverage, evaluateRollingOrigin, mae, mase, naiveScale, smape } from '../../shared/forecast';
import { addDays, formatDayNumber, parseIsoDate } from '../../shared/domain/dates';
import { conformalLower, conformalUpper, smallSampleWidening } from '../../shared/forecast/intervals';
import { kthSmallest } from '../../shared/forecast/orderStatistic';

describe('forecast metrics', () => {
  it('mae and the naive scale', () => {
    expect(mae([1, 2, 3], [2, 2, 2])).toBeCloseTo(2 / 3, 12);
    expect(naiveScale([1, 3, 2, 6])).toBeCloseTo(7 / 3, 12);
    expect(naiveScale([1, 3, 2, 6, 4], 2)).toBeCloseTo((1 + 3 + 2) / 3, 12);
    expect(naiveScale([5])).toBeNull();
    expect(naiveScale([5, 5, 5])).toBe(0);
  });

  it('mase divides the MAE by the scale, and never returns NaN for a zero scale', () => {
    expect(mase([4, 5], [3, 3], 2)).toBeCloseTo(0.75, 12);
    expect(mase([4, 4], [4, 4], 0)).toBe(0);
    expect(mase([4, 5], [4, 4], 0)).toBe(Infinity);
    // With the history instead of a scale: naive MAE of [1, 3, 2, 6] is 7/3.
    expect(mase([8], [6], [1, 3, 2, 6])).toBeCloseTo(2 / (7 / 3), 12);
  });

  it('smape is a symmetric fraction and scores 0 against 0 as exact', () => {
    expect(smape([100, 0], [110, 0])).toBeCloseTo((20 / 210 + 0) / 2, 12);
    expect(smape([0], [5])).toBe(2);
    expect(smape([100], [110])).toBeCloseTo(smape([110], [100]), 12);
  });

  it('coverage counts actuals inside closed intervals', () => {
    expect(coverage([1, 5, 10], [0, 6, 9], [2, 7, 11])).toBeCloseTo(2 / 3, 12);
    expect(coverage([2, 6], [2, 1], [3, 6])).toBe(1);
  });

  it('skips pairs with a missing actual', () => {
    expect(mae([1, NaN, 3], [2, 100, 3])).toBeCloseTo(0.5, 12);
    expect(smape([NaN], [1])).toBeNaN();
    expect(coverage([NaN, 1], [0, 0], [2, 2])).toBe(1);
  });
});

describe('evaluateRollingOrigin', () => {
  it('scores every reachable origin and horizon against the in-sample naive scale', () => {
    const series = Array.from({ length: 12 }, (_, i) => i + 1);
    const naive = (history: readonly number[], maxHorizon: number) => ({
      p50: Array(maxHorizon).fill(history[history.length - 1]),
    });
    const result = evaluateRollingOrigin(series, naive, { minHistory: 8, horizons: [1, 2] });
    // Origins 8..11; the last can only be scored one step ahead.
    expect(result.forecasts).toBe(7);
    expect(result.records.map((r) => [r.origin, r.horizon])).toEqual([
      [8, 1],
      [8, 2],
      [9, 1],
      [9, 2],
      [10, 1],
      [10, 2],
      [11, 1],
    ]);
    expect(result.mase).toBeCloseTo(10 / 7, 12);
    expect(result.coverage).toBeNaN();
    // Plain point forecasts are accepted too, and intervals are scored when given.
    const points = evaluateRollingOrigin(series, (h, n) => Array(n).fill(h[h.length - 1]), {
      minHistory: 8,
      horizons: [1, 2],
    });
    expect(points.mase).toBeCloseTo(10 / 7, 12);
    const banded = evaluateRollingOrigin(
      series,
      (h, n) => {
        const last = h[h.length - 1] ?? 0;
        return { p50: Array(n).fill(last), p10: Array(n).fill(last - 1.5), p90: Array(n).fill(last + 1.5) };
      },
      { minHistory: 8, horizons: [1, 2] },
    );
    expect(banded.coverage).toBeCloseTo(4 / 7, 12);
  });
});

describe('forecast internals', () => {
  it('date arithmetic round-trips across leap days and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2023-12-31', 7)).toBe('2024-01-07');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(formatDayNumber(19782)).toBe('2024-02-29');
    expect(parseIsoDate('2100-02-29')).toBeNull();
    expect(parseIsoDate('2000-02-29')).not.toBeNull();
  });

  it('kthSmallest agrees with sorting', () => {
    const values = [5, -1, 3, 3, 9, 0, -7, 2];
    const sorted = [...values].sort((a, b) => a - b);
    sorted.forEach((v, k) => expect(kthSmallest(Float64Array.from(values), k)).toBe(v));
  });

  it('conformal bounds use the (n+1) rank and stretch past the sample when it is too small', () => {
    const nineteen = Float64Array.from({ length: 19 }, (_, i) => i - 9); // -9..9
    expect(conformalUpper(nineteen.slice(), 0.9)).toBe(8); // rank ⌈20·0.9⌉ = 18
    expect(conformalLower(nineteen.slice(), 0.1)).toBe(-8); // rank ⌊20·0.1⌋ = 2
    expect(conformalUpper(Float64Array.from([1, 2, 4]), 0.9)).toBeCloseTo((4 * 4) / 3, 12);
    expect(conformalLower(Float64Array.from([-2, 1, 4]), 0.1)).toBeCloseTo((-2 * 4) / 3, 12);
  });

  it('widens small samples more, and large ones hardly at all', () => {
    expect(smallSampleWidening(6)).toBeGreaterThan(1.1);
    expect(smallSampleWidening(6)).toBeLessThan(1.2);
    expect(smallSampleWidening(200)).toBeLessThan(1.005);
    expect(smallSampleWidening(200)).toBeGreaterThan(1);
  });
});
