import { describe, expect, it } from 'vitest';
import { forecastInputSchema } from '../../shared/forecast/schema';

const point = (date: string, value: unknown) => ({ date, value });

function issues(input: unknown): { path: string; message: string }[] {
  const result = forecastInputSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('forecastInputSchema', () => {
  it('accepts a valid series and defaults the kind', () => {
    const parsed = forecastInputSchema.parse({
      points: [point('2024-01-01', 0), point('2024-01-02', 3.5)],
      horizon: 7,
    });
    expect(parsed.kind).toBe('amount');
    expect(parsed.frequency).toBeUndefined();
  });

  it('rejects a duplicate date, naming it', () => {
    const found = issues({
      points: [point('2024-01-01', 1), point('2024-01-02', 2), point('2024-01-01', 3)],
      horizon: 1,
    });
    expect(found).toEqual([{ path: 'points.2.date', message: expect.stringContaining('2024-01-01') }]);
  });

  it('rejects negative and non-numeric values with field-named messages', () => {
    expect(issues({ points: [point('2024-01-01', -1)], horizon: 1 })).toEqual([
      { path: 'points.0.value', message: 'value must not be negative' },
    ]);
    for (const bad of ['12', null, NaN, Infinity, -Infinity]) {
      const found = issues({ points: [point('2024-01-01', bad)], horizon: 1 });
      expect(found).toHaveLength(1);
      expect(found[0]?.path).toBe('points.0.value');
      expect(found[0]?.message).toMatch(/^value must be a (finite )?number$/);
    }
  });

  it('rejects horizons outside 1..365 and fractional horizons, naming the field', () => {
    for (const horizon of [0, 366, -3, 1.5, '7', undefined]) {
      const found = issues({ points: [], horizon });
      expect(found).toHaveLength(1);
      expect(found[0]?.path).toBe('horizon');
      expect(found[0]?.message).toMatch(/^horizon must /);
    }
    expect(issues({ points: [], horizon: 1 })).toEqual([]);
    expect(issues({ points: [], horizon: 365 })).toEqual([]);
  });

  it('rejects impossible or badly formatted dates', () => {
    for (const date of [
      '2023-02-29',
      '2024-13-01',
      '2024-04-31',
      '2024/01/01',
      '2024-1-01',
      '20240101',
      '',
    ]) {
      const found = issues({ points: [point(date, 1)], horizon: 1 });
      expect(found, date).toHaveLength(1);
      expect(found[0]?.path).toBe('points.0.date');
      expect(found[0]?.message).toMatch(/^date must be/);
    }
    expect(issues({ points: [point('2024-02-29', 1)], horizon: 1 })).toEqual([]);
  });

  it('rejects unknown frequencies, kinds and fields', () => {
    expect(issues({ points: [], horizon: 1, frequency: 'month' })[0]?.path).toBe('frequency');
    expect(issues({ points: [], horizon: 1, kind: 'ratio' })[0]?.path).toBe('kind');
    expect(issues({ points: [], horizon: 1, extra: true })).toHaveLength(1);
    expect(issues({ points: [{ date: '2024-01-01', value: 1, note: 'x' }], horizon: 1 })).toHaveLength(1);
  });
});
