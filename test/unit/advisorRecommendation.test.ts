import { describe, expect, it } from 'vitest';
import {
  currentArrangement,
  median,
  priceBandOf,
  recommend,
  recommendationFacts,
  recommendationRules,
  ruleFires,
  top3InterestShare,
  type RecommendationFacts,
} from '../../shared/advisor/recommendation';
import { account, calmFacts, product } from './advisorFacts';

/** Facts that fire no row of the table, so each case below changes only what its row tests. */
const neutral: RecommendationFacts = {
  industry: 'other',
  stage: 'new',
  priceBand: 'unknown',
  medianPriceFen: null,
  audienceShape: 'unknown',
  top3InterestShare: null,
  current: 'none',
};

/** Independent of the table: for every rule, facts that fire it and facts that do not. */
const cases: Record<string, { fires: Partial<RecommendationFacts>; not: Partial<RecommendationFacts> }> = {
  stage_new_brand: { fires: { stage: 'new' }, not: { stage: 'growing' } },
  stage_growing_dual: { fires: { stage: 'growing' }, not: { stage: 'mature' } },
  stage_mature_dual: { fires: { stage: 'mature' }, not: { stage: 'growing' } },
  considered_category_dual: {
    fires: { industry: 'beauty_personal_care' },
    not: { industry: 'food_beverage' },
  },
  impulse_category_sales: { fires: { industry: 'food_beverage' }, not: { industry: 'health' } },
  style_category_sales: { fires: { industry: 'apparel_bags' }, not: { industry: 'home' } },
  local_services_sales: { fires: { industry: 'local_services' }, not: { industry: 'other' } },
  low_price_sales: { fires: { priceBand: 'low' }, not: { priceBand: 'mid' } },
  mid_price_dual: { fires: { priceBand: 'mid' }, not: { priceBand: 'high' } },
  high_price_brand: { fires: { priceBand: 'high' }, not: { priceBand: 'unknown' } },
  broad_audience_dual: { fires: { audienceShape: 'broad' }, not: { audienceShape: 'focused' } },
  focused_audience_sales: { fires: { audienceShape: 'focused' }, not: { audienceShape: 'unknown' } },
  keep_dual: {
    fires: { current: 'dual', stage: 'mature' },
    not: { current: 'dual', stage: 'new' },
  },
  brand_only_needs_sales: {
    fires: { current: 'brand_only', stage: 'growing' },
    not: { current: 'sales_only', stage: 'growing' },
  },
};

describe('recommendation rules', () => {
  it('has a test case for every row and ids are unique', () => {
    const ids = recommendationRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(cases).sort());
  });

  for (const rule of recommendationRules) {
    it(`${rule.id} fires on its conditions and not otherwise`, () => {
      const c = cases[rule.id]!;
      expect(ruleFires(rule, { ...neutral, stage: 'growing', ...c.fires })).toBe(true);
      expect(ruleFires(rule, { ...neutral, stage: 'growing', ...c.not })).toBe(false);
    });
    it(`${rule.id} gives a reason in both languages`, () => {
      expect(rule.reason['zh-CN'].length).toBeGreaterThan(5);
      expect(rule.reason.en.length).toBeGreaterThan(5);
      expect(rule.weight).toBeGreaterThan(0);
    });
  }
});

describe('recommend', () => {
  it('adds the weights of the fired rows and names them', () => {
    const result = recommend({ ...neutral, stage: 'new', priceBand: 'high', industry: 'food_beverage' });
    // stage_new_brand 2 + high_price_brand 1 vs impulse_category_sales 1
    expect(result.scores).toEqual({ brand: 3, sales: 1, dual: 0 });
    expect(result.recommendation).toBe('brand');
    expect(result.rules.filter((r) => r.fired).map((r) => r.rule.id)).toEqual([
      'stage_new_brand',
      'impulse_category_sales',
      'high_price_brand',
    ]);
    expect(result.rules).toHaveLength(recommendationRules.length);
  });

  it('breaks ties towards a dual matrix, then brand', () => {
    // stage_growing_dual 2 vs local_services_sales 2
    const tie = recommend({ ...neutral, stage: 'growing', industry: 'local_services' });
    expect(tie.scores.dual).toBe(tie.scores.sales);
    expect(tie.recommendation).toBe('dual');
    // stage_new_brand 2 vs local_services_sales 2
    expect(recommend({ ...neutral, stage: 'new', industry: 'local_services' }).recommendation).toBe('brand');
  });

  it('says whether the workspace already runs the recommendation', () => {
    expect(recommend({ ...neutral, stage: 'growing', current: 'dual' }).matchesCurrent).toBe(true);
    expect(recommend({ ...neutral, stage: 'growing', current: 'brand_only' }).matchesCurrent).toBe(false);
    expect(recommend({ ...neutral, stage: 'growing', current: 'none' }).matchesCurrent).toBe(false);
  });
});

describe('recommendation facts', () => {
  it('bands the median price at ¥100 and ¥500', () => {
    expect(priceBandOf(null)).toBe('unknown');
    expect(priceBandOf(99_99)).toBe('low');
    expect(priceBandOf(100_00)).toBe('mid');
    expect(priceBandOf(499_99)).toBe('mid');
    expect(priceBandOf(500_00)).toBe('high');
  });

  it('takes the median of an odd and an even count', () => {
    expect(median([])).toBeNull();
    expect(median([300, 100, 200])).toBe(200);
    expect(median([100, 200, 400, 900])).toBe(300);
  });

  it('weights accounts’ interests by followers for the top-3 share', () => {
    const facts = calmFacts({
      accounts: [
        account({ id: 'a', role: 'brand', followers: 3, interests: { x: 0.5, y: 0.5 } }),
        account({ id: 'b', role: 'sales', followers: 1, interests: { z: 0.25, w: 0.25, v: 0.5 } }),
      ],
    });
    // combined: x .375, y .375, v .125, z .0625, w .0625 → top 3 = .875
    expect(top3InterestShare(facts)).toBeCloseTo(0.875, 10);
    expect(top3InterestShare(calmFacts({ accounts: [account({ id: 'a', role: 'brand' })] }))).toBeNull();
  });

  it('reads the arrangement the workspace runs', () => {
    expect(currentArrangement(calmFacts())).toBe('dual');
    expect(currentArrangement(calmFacts({ accounts: [account({ id: 'a', role: 'brand' })] }))).toBe(
      'brand_only',
    );
    expect(currentArrangement(calmFacts({ accounts: [account({ id: 'a', role: 'sales' })] }))).toBe(
      'sales_only',
    );
    expect(currentArrangement(calmFacts({ accounts: [] }))).toBe('none');
  });

  it('derives every fact the rows test', () => {
    const facts = recommendationFacts(
      calmFacts({ products: [product({ id: 'a', priceFen: 59_00 }), product({ id: 'b', priceFen: 89_00 })] }),
    );
    expect(facts).toMatchObject({
      industry: 'beauty_personal_care',
      stage: 'growing',
      priceBand: 'low',
      medianPriceFen: 74_00,
      current: 'dual',
    });
    // brand-1: skincare .7 makeup .3; sales-1: snacks .6 womenswear .4, equal followers → top 3 = .85
    expect(facts.top3InterestShare).toBeCloseTo(0.85, 10);
    expect(facts.audienceShape).toBe('focused');
  });
});
