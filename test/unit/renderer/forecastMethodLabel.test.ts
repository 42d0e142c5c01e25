import { describe, expect, it } from 'vitest';
import { forecastSeries } from '../../../shared/forecast';
import { addDays } from '../../../shared/domain/dates';
import { candidateNames } from '../../../shared/forecast/methods/types';
import { forecastMethodLabel } from '../../../renderer/src/features/performance/methodLabel';

const hasLatinWord = (text: string) => /[A-Za-z]{2,}/.test(text.replace(/GPM/g, ''));

/** Daily series of several shapes, so the forecaster emits single models and combinations. */
function methodsEmitted(): Set<string> {
  const shapes: ((i: number) => number)[] = [
    () => 1000,
    (i) => 1000 + 30 * i,
    (i) => 1000 * [0.8, 0.9, 1, 1, 1.1, 1.3, 1.2][i % 7]!,
    (i) => 500 + ((i * 7919) % 97) * 10,
    (i) => (i < 40 ? 2000 : 800) + (i % 7) * 50,
  ];
  const methods = new Set<string>();
  for (const shape of shapes) {
    for (const days of [10, 30, 90]) {
      const points = Array.from({ length: days }, (_, i) => ({
        date: addDays('2025-01-01', i),
        value: shape(i),
      }));
      methods.add(forecastSeries({ points, horizon: 14, frequency: 'day', kind: 'count' }).method);
    }
  }
  methods.add(forecastSeries({ points: [], horizon: 7, frequency: 'day', kind: 'count' }).method);
  return methods;
}

describe('forecast method labels', () => {
  it('names every candidate model in both languages (no raw code in the Chinese UI)', () => {
    for (const name of candidateNames) {
      const zh = forecastMethodLabel(name, 'zh-CN');
      const en = forecastMethodLabel(name, 'en');
      expect(zh).not.toBe(name);
      expect(en).not.toBe(name);
      expect(hasLatinWord(zh)).toBe(false);
    }
  });

  it('names combinations, views × GPM and "none" as planners read them', () => {
    expect(forecastMethodLabel('combo:seasonalSes+ses+recentMedian', 'zh-CN')).toBe(
      '季节性指数平滑 + 指数平滑 + 近期中位数组合',
    );
    expect(forecastMethodLabel('combo:seasonalSes+recentMedian', 'en')).toBe(
      'Combination of Seasonal exponential smoothing + Recent median',
    );
    expect(forecastMethodLabel('views×GPM(combo:damped+naive)', 'zh-CN')).toBe(
      '播放量 × GPM（阻尼趋势 + 沿用上期组合）',
    );
    expect(forecastMethodLabel('none', 'zh-CN')).toBe('无（历史不足）');
    // A method from a later version is shown as stored rather than misnamed.
    expect(forecastMethodLabel('combo:prophet+ses', 'zh-CN')).toBe('combo:prophet+ses');
    expect(forecastMethodLabel('theta', 'en')).toBe('theta');
  });

  it('labels every method the forecaster actually emits, alone and as GMV = views × GPM', () => {
    const methods = methodsEmitted();
    expect(methods.size).toBeGreaterThan(2);
    expect([...methods].some((m) => m.startsWith('combo:'))).toBe(true);
    for (const method of methods) {
      for (const m of [method, `views×GPM(${method})`]) {
        const zh = forecastMethodLabel(m, 'zh-CN');
        expect(zh, m).not.toContain('combo:');
        expect(hasLatinWord(zh), `${m} → ${zh}`).toBe(false);
        expect(forecastMethodLabel(m, 'en')).not.toContain('combo:');
      }
    }
  });
});
