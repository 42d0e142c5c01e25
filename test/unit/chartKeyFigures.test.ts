import { describe, expect, it } from 'vitest';
import { averageOf, peakOf, totalOf } from '../../shared/domain/chartKeyFigures';

describe('chart key figures', () => {
  it('totals only known values, and has no total without any', () => {
    expect(totalOf([1, null, 2.5, undefined, 3])).toBe(6.5);
    expect(totalOf([null, undefined])).toBeNull();
    expect(totalOf([])).toBeNull();
    expect(totalOf([0, 0])).toBe(0);
    expect(totalOf([Number.NaN, 4])).toBe(4);
  });

  it('averages only known values', () => {
    expect(averageOf([10, null, 20])).toBe(15);
    expect(averageOf([null])).toBeNull();
  });

  it('finds the peak, the first one on a tie, skipping gaps', () => {
    const days = [
      { date: '2026-12-01', v: 5 },
      { date: '2026-12-02', v: null },
      { date: '2026-12-03', v: 9 },
      { date: '2026-12-04', v: 9 },
      { date: '2026-12-05', v: -1 },
    ];
    expect(peakOf(days, (d) => d.v)).toEqual({ item: days[2], value: 9 });
    expect(peakOf(days.slice(1, 2), (d) => d.v)).toBeNull();
    expect(peakOf([{ v: -3 }, { v: -2 }], (d) => d.v)?.value).toBe(-2);
  });
});
