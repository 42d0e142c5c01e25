import { describe, expect, it } from 'vitest';
import {
  bandOf,
  benchmarkFor,
  MIN_BENCHMARK_SESSIONS,
  ownBenchmark,
  percentile,
  shortfall,
} from '../../../shared/live/benchmarks';
import { localHour, slotOf, slotOfHour } from '../../../shared/live/slots';
import { parseDuration } from '../../../shared/parsing/duration';

describe('percentiles', () => {
  it('interpolate between closest ranks (PERCENTILE.INC)', () => {
    // sorted 1 2 3 4: P50 at rank 1.5 → 2.5; P75 at rank 2.25 → 3.25
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(percentile([4, 1, 3, 2], 0.75)).toBe(3.25);
    expect(percentile([7], 0.75)).toBe(7);
    expect(percentile([null, 5, null, 1, 3], 0.5)).toBe(3);
    expect(percentile([], 0.5)).toBeNull();
  });

  it('need a minimum number of sessions for an own benchmark', () => {
    expect(ownBenchmark(Array.from({ length: MIN_BENCHMARK_SESSIONS - 1 }, (_, i) => i + 1))).toBeNull();
    expect(ownBenchmark([1, 2, 3])).toEqual({ p50: 2, p75: 2.5 });
    expect(ownBenchmark([1, null, 2, null])).toBeNull();
  });

  it('read lower-is-better metrics from the good side (P25 as 优秀值)', () => {
    expect(benchmarkFor([4, 1, 3, 2], 'refundRate')).toEqual({ p50: 2.5, p75: 1.75 });
  });
});

describe('bands', () => {
  const pair = { p50: 3.4, p75: 5 };
  it.each([
    [5, 'excellent'], // exactly P75 is 优秀
    [6, 'excellent'],
    [4.99, 'good'],
    [3.4, 'good'], // exactly P50 is 良好
    [3.39, 'improve'],
    [0, 'improve'],
  ] as const)('%s → %s', (value, band) => {
    expect(bandOf(value, pair, 'productClickRate')).toBe(band);
  });

  it('turn round for refund rate', () => {
    const refund = { p50: 10, p75: 6 };
    expect(bandOf(6, refund, 'refundRate')).toBe('excellent');
    expect(bandOf(10, refund, 'refundRate')).toBe('good');
    expect(bandOf(10.1, refund, 'refundRate')).toBe('improve');
  });

  it('are not available without a value or a benchmark', () => {
    expect(bandOf(null, pair, 'gpm')).toBeNull();
    expect(bandOf(3, null, 'gpm')).toBeNull();
  });

  it('shortfall is relative to the median and positive only when worse', () => {
    expect(shortfall(2.1, { p50: 3.5, p75: 4 }, 'productClickRate')).toBeCloseTo(0.4, 9);
    expect(shortfall(4, { p50: 3.5, p75: 4 }, 'productClickRate')).toBeLessThan(0);
    expect(shortfall(12, { p50: 10, p75: 6 }, 'refundRate')).toBeCloseTo(0.2, 9);
    expect(shortfall(1, { p50: 0, p75: 0 }, 'gpm')).toBeNull();
  });
});

describe('time slots', () => {
  it.each([
    [0, 'night'],
    [5, 'night'],
    [6, 'morning'],
    [11, 'morning'],
    [12, 'afternoon'],
    [17, 'afternoon'],
    [18, 'evening'],
    [23, 'evening'],
  ] as const)('hour %s → %s', (hour, slot) => expect(slotOfHour(hour)).toBe(slot));

  it('uses the workspace time zone', () => {
    // 12:00 UTC is 20:00 in Shanghai (晚场) and 07:00 in New York (早场, EST in December).
    expect(localHour('2025-12-01T12:00:00.000Z', 'Asia/Shanghai')).toBe(20);
    expect(slotOf('2025-12-01T12:00:00.000Z', 'Asia/Shanghai')).toBe('evening');
    expect(slotOf('2025-12-01T12:00:00.000Z', 'America/New_York')).toBe('morning');
  });
});

describe('durations', () => {
  const length = { bareUnitSeconds: 60, twoPartClock: 'hm' } as const;
  const watch = { bareUnitSeconds: 1, twoPartClock: 'ms' } as const;
  it.each([
    ['2小时15分', 8100],
    ['2小时15分钟', 8100],
    ['02:15:00', 8100],
    ['2:15', 8100],
    ['135', 8100],
    ['2h15m', 8100],
    ['2h 15m', 8100],
    ['3小时', 10_800],
  ] as const)('session length %s → %s s', (text, seconds) => {
    expect(parseDuration(text, length)).toEqual({ ok: true, value: seconds });
  });

  it('reads a watch time in its own unit', () => {
    expect(parseDuration('1:30', watch)).toEqual({ ok: true, value: 90 });
    expect(parseDuration('95', watch)).toEqual({ ok: true, value: 95 });
    expect(parseDuration('1分35秒', watch)).toEqual({ ok: true, value: 95 });
    expect(parseDuration(95, watch)).toEqual({ ok: true, value: 95 });
  });

  it('refuses nonsense and negatives with a code', () => {
    expect(parseDuration('两小时', length)).toMatchObject({ ok: false, code: 'duration.invalid' });
    expect(parseDuration('1:75', length)).toMatchObject({ ok: false, code: 'duration.invalid' });
    expect(parseDuration('-5', length)).toMatchObject({ ok: false, code: 'duration.negative' });
    expect(parseDuration('', length)).toEqual({ ok: true, value: null });
  });
});
