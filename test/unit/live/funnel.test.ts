import { describe, expect, it } from 'vitest';
import { emptySessionValues } from '../../../shared/live/fields';
import { computeMetric, computeMetrics, ratio, type FunnelInput } from '../../../shared/live/funnel';
import { aggregateMetric } from '../../../shared/live/aggregate';

function session(values: Partial<FunnelInput>): FunnelInput {
  return { ...emptySessionValues(), durationSeconds: null, ...values };
}

// One evening session, numbers as an export would give them; every expected value worked out by hand.
const evening = session({
  exposureUsers: 200_000,
  viewers: 20_000,
  views: 25_000,
  productExposureUsers: 12_000,
  productClickUsers: 1_200,
  buyers: 300,
  gmv: 45_000,
  comments: 1_000,
  newFollowers: 400,
  newFanClub: 100,
  refund: 4_500,
  adSpend: 9_000,
  avgWatchSeconds: 95,
  durationSeconds: 2 * 3600 + 30 * 60,
});

describe('funnel formulas (人数 basis)', () => {
  it.each([
    ['exposureEntryRate', 10], // 20,000 ÷ 200,000
    ['productExposureRate', 60], // 12,000 ÷ 20,000
    ['productClickRate', 10], // 1,200 ÷ 12,000
    ['clickConversionRate', 25], // 300 ÷ 1,200
    ['viewConversionRate', 1.5], // 300 ÷ 20,000
    ['gpm', 1800], // 45,000 ÷ 25,000 views × 1,000
    ['uvValue', 2.25], // 45,000 ÷ 20,000
    ['avgOrderValue', 150], // 45,000 ÷ 300
    ['interactionRate', 5], // 1,000 ÷ 20,000
    ['followRate', 2], // 400 ÷ 20,000
    ['fanClubRate', 0.5], // 100 ÷ 20,000
    ['refundRate', 10], // 4,500 ÷ 45,000
    ['roi', 5], // 45,000 ÷ 9,000
    ['viewersPerHour', 8000], // 20,000 ÷ 2.5 h
    ['gmvPerHour', 18_000], // 45,000 ÷ 2.5 h
    ['avgWatchSeconds', 95],
  ] as const)('%s', (metric, expected) => {
    expect(computeMetric(evening, metric)).toBeCloseTo(expected, 9);
  });

  it('GPM divides by 观看次数 (views), not 观看人数', () => {
    expect(computeMetric(session({ gmv: 1000, views: 2000, viewers: 1000 }), 'gpm')).toBe(500);
  });

  it('a zero denominator is "not available" (null), never 0 or Infinity', () => {
    const zero = session({
      exposureUsers: 0,
      viewers: 0,
      views: 0,
      gmv: 0,
      adSpend: 0,
      buyers: 0,
      productClickUsers: 0,
    });
    for (const m of [
      'exposureEntryRate',
      'gpm',
      'uvValue',
      'roi',
      'avgOrderValue',
      'clickConversionRate',
    ] as const) {
      expect(computeMetric(zero, m)).toBeNull();
    }
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(0, 5)).toBe(0);
  });

  it('a missing column makes its metrics not available, not 0', () => {
    const noExposure = session({ viewers: 100, views: 120, gmv: 1200, buyers: 10 });
    const m = computeMetrics(noExposure);
    expect(m.exposureEntryRate).toBeNull();
    expect(m.productClickRate).toBeNull();
    expect(m.roi).toBeNull();
    expect(m.viewersPerHour).toBeNull();
    expect(m.gpm).toBe(10_000);
    expect(m.viewConversionRate).toBe(10);
  });
});

describe('aggregates over sessions', () => {
  const small = session({ exposureUsers: 1000, viewers: 500, gmv: 100, views: 1000, avgWatchSeconds: 300 });
  const big = session({
    exposureUsers: 100_000,
    viewers: 5_000,
    gmv: 10_000,
    views: 10_000,
    avgWatchSeconds: 60,
  });

  it('weights by the denominator: Σ numerator ÷ Σ denominator, never the mean of ratios', () => {
    // (500 + 5,000) ÷ (1,000 + 100,000) = 5.4455…%; the mean of 50% and 5% would say 27.5%.
    expect(aggregateMetric([small, big], 'exposureEntryRate')).toBeCloseTo((5500 / 101_000) * 100, 9);
    // (100 + 10,000) ÷ (1,000 + 10,000) × 1,000
    expect(aggregateMetric([small, big], 'gpm')).toBeCloseTo((10_100 / 11_000) * 1000, 9);
  });

  it('weights 人均观看时长 by viewers', () => {
    // (300 × 500 + 60 × 5,000) ÷ 5,500 = 81.8181…
    expect(aggregateMetric([small, big], 'avgWatchSeconds')).toBeCloseTo(450_000 / 5500, 9);
  });

  it('leaves out sessions that miss either operand, and says not available when none has both', () => {
    const noExposure = session({ viewers: 9_999 });
    expect(aggregateMetric([small, noExposure], 'exposureEntryRate')).toBeCloseTo(50, 9);
    expect(aggregateMetric([noExposure], 'exposureEntryRate')).toBeNull();
    expect(aggregateMetric([], 'gpm')).toBeNull();
  });
});
