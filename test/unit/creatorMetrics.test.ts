import { describe, expect, it } from 'vitest';
import { tierForFollowers, tierRange, creatorTiers } from '../../shared/domain/creator';
import { expectedCpe, expectedCpm, rateCardMetrics } from '../../shared/domain/creatorMetrics';
import { diffTerms, offerTotals, rateCardKeyFor, type TermsRecord } from '../../shared/domain/offerTerms';
import { sampleRateCard } from '../support/offers';

describe('creator tiers', () => {
  it.each([
    [0, 'nano'],
    [9_999, 'nano'],
    [10_000, 'micro'],
    [99_999, 'micro'],
    [100_000, 'mid'],
    [999_999, 'mid'],
    [1_000_000, 'macro'],
    [9_999_999, 'macro'],
    [10_000_000, 'mega'],
    [2_000_000_000, 'mega'],
  ] as const)('%i followers is %s', (followers, tier) => {
    expect(tierForFollowers(followers)).toBe(tier);
  });

  it('tier ranges are contiguous and agree with tierForFollowers', () => {
    for (const tier of creatorTiers) {
      const { min, max } = tierRange(tier);
      expect(tierForFollowers(min)).toBe(tier);
      if (max !== null) {
        expect(tierForFollowers(max - 1)).toBe(tier);
        expect(tierForFollowers(max)).not.toBe(tier);
      }
    }
  });
});

describe('expected CPM and CPE', () => {
  it('CPM = price ÷ (median views ÷ 1,000)', () => {
    expect(expectedCpm(12_000, 80_000)).toBe(150);
    expect(expectedCpm(500, 6_200)).toBe(80.65);
  });

  it('CPE = price ÷ (median views × engagement rate)', () => {
    // 80,000 × 4% = 3,200 engagements
    expect(expectedCpe(12_000, 80_000, 4)).toBe(3.75);
  });

  it('is unknown without a price, views or engagement rate — never a division by zero', () => {
    expect(expectedCpm(null, 80_000)).toBeNull();
    expect(expectedCpm(12_000, null)).toBeNull();
    expect(expectedCpm(12_000, 0)).toBeNull();
    expect(expectedCpe(12_000, 80_000, null)).toBeNull();
    expect(expectedCpe(12_000, 80_000, 0)).toBeNull();
    expect(expectedCpe(12_000, 0, 4)).toBeNull();
  });

  it('derives figures for every rate-card entry', () => {
    const m = rateCardMetrics(
      {
        video1to20s: 8_000,
        video21to60s: 12_000,
        video60sPlus: null,
        liveSession: 30_000,
        commissionPct: 20,
      },
      { medianViews: 80_000, engagementRatePct: 4 },
    );
    expect(m.video1to20s).toEqual({ price: 8_000, cpm: 100, cpe: 2.5 });
    expect(m.video21to60s).toEqual({ price: 12_000, cpm: 150, cpe: 3.75 });
    expect(m.video60sPlus).toEqual({ price: null, cpm: null, cpe: null });
    expect(m.liveSession).toEqual({ price: 30_000, cpm: 375, cpe: 9.38 });
  });
});

const terms = (overrides: Partial<TermsRecord> = {}): TermsRecord => ({
  title: 'T',
  products: [],
  targetTags: ['beauty.skincare'],
  deliverables: [
    {
      key: 'a',
      format: 'video',
      durationBand: '21-60s',
      count: 2,
      dueOn: '2025-08-01',
      accountId: 'acc1',
      accountLabel: 'A',
      accountRole: 'brand',
    },
    {
      key: 'b',
      format: 'live',
      durationBand: null,
      count: 1,
      dueOn: '2025-08-05',
      accountId: 'acc2',
      accountLabel: 'B',
      accountRole: 'sales',
    },
  ],
  feeFen: 5_000_000,
  commissionPct: 15,
  usageRightsDays: 90,
  exclusivityDays: 30,
  expiresOn: '2025-08-10',
  timeZone: 'Asia/Shanghai',
  ...overrides,
});

describe('offer totals', () => {
  it('prices deliverables from the rate card and computes expected CPM/CPE of the fee', () => {
    const t = offerTotals(terms(), {
      medianViews: 80_000,
      engagementRatePct: 4,
      rateCard: sampleRateCard(),
    });
    expect(t).toMatchObject({ deliverableCount: 3, videoCount: 2, liveCount: 1, feeYuan: 50_000 });
    expect(t.rateCardValue).toBe(54_000); // 2 × 12,000 + 30,000
    expect(t.feeVsRateCardPct).toBe(-7.41);
    expect(t.expectedViews).toBe(240_000);
    expect(t.expectedEngagements).toBe(9_600);
    expect(t.expectedCpm).toBe(208.33);
    expect(t.expectedCpe).toBe(5.21);
  });

  it('leaves the rate-card comparison out when a price is missing', () => {
    const t = offerTotals(terms(), {
      medianViews: null,
      engagementRatePct: null,
      rateCard: {
        video1to20s: null,
        video21to60s: 12_000,
        video60sPlus: null,
        liveSession: null,
        commissionPct: null,
      },
    });
    expect(t.rateCardValue).toBeNull();
    expect(t.expectedCpm).toBeNull();
    expect(t.expectedCpe).toBeNull();
  });

  it('maps deliverables to rate-card entries', () => {
    expect(rateCardKeyFor('video', '1-20s')).toBe('video1to20s');
    expect(rateCardKeyFor('video', '21-60s')).toBe('video21to60s');
    expect(rateCardKeyFor('video', '60s+')).toBe('video60sPlus');
    expect(rateCardKeyFor('live', null)).toBe('liveSession');
  });
});

describe('what changed between revisions', () => {
  it('names changed fields and deliverable lines', () => {
    const before = terms();
    const after = terms({
      feeFen: 6_000_000,
      deliverables: [{ ...before.deliverables[0]!, dueOn: '2025-08-03', count: 3 }],
    });
    const changes = diffTerms(before, after);
    expect(changes).toContainEqual(
      expect.objectContaining({ field: 'feeYuan', kind: 'changed', from: 50_000, to: 60_000 }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({
        field: 'deliverable',
        deliverableKey: 'a',
        subfield: 'dueOn',
        from: '2025-08-01',
        to: '2025-08-03',
      }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({
        field: 'deliverable',
        deliverableKey: 'a',
        subfield: 'count',
        from: 2,
        to: 3,
      }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({ field: 'deliverable', deliverableKey: 'b', kind: 'removed' }),
    );
    expect(diffTerms(before, before)).toEqual([]);
  });
});
