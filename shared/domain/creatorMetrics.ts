import { rateCardKeys, type RateCard, type RateCardKey, type RateCardMetric } from './creator';

/** What the expected-cost figures need to know about a creator. */
export interface CreatorStats {
  medianViews: number | null;
  engagementRatePct: number | null;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** Expected CPM = price ÷ (median views ÷ 1,000); null without a price or views. */
export function expectedCpm(price: number | null, medianViews: number | null): number | null {
  if (price === null || medianViews === null || medianViews <= 0) return null;
  return round2(price / (medianViews / 1000));
}

/**
 * Expected CPE = price ÷ expected engagements, where expected engagements = median views × engagement
 * rate. Null without a price, views or a positive engagement rate.
 */
export function expectedCpe(
  price: number | null,
  medianViews: number | null,
  engagementRatePct: number | null,
): number | null {
  if (price === null || medianViews === null || engagementRatePct === null) return null;
  const engagements = medianViews * (engagementRatePct / 100);
  if (engagements <= 0) return null;
  return round2(price / engagements);
}

export function rateCardMetrics(
  rateCard: RateCard,
  stats: CreatorStats,
): Record<RateCardKey, RateCardMetric> {
  return Object.fromEntries(
    rateCardKeys.map((key) => {
      const price = rateCard[key];
      return [
        key,
        {
          price,
          cpm: expectedCpm(price, stats.medianViews),
          cpe: expectedCpe(price, stats.medianViews, stats.engagementRatePct),
        },
      ];
    }),
  ) as Record<RateCardKey, RateCardMetric>;
}
