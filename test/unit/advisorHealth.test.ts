import { describe, expect, it } from 'vitest';
import { evaluateHealth, findingKey } from '../../shared/advisor/health';
import { coversTag, healthRules } from '../../shared/advisor/healthRules';
import type { AdvisorFacts } from '../../shared/advisor/facts';
import { account, calmFacts, product } from './advisorFacts';

const ruleIds = healthRules.map((r) => r.id);

/** A calm matrix of brand account `b` (as given) beside sales account `s`, their audiences unrelated. */
const brandBesideStore = (brand: Omit<Parameters<typeof account>[0], 'id' | 'role'>) =>
  calmFacts({
    accounts: [
      account({ id: 'b', role: 'brand', interests: { x: 1 }, ...brand }),
      account({ id: 's', role: 'sales', interests: { y: 1 } }),
    ],
  });

function fired(facts: AdvisorFacts, ruleId: string) {
  return evaluateHealth(facts).filter((f) => f.ruleId === ruleId);
}

describe('health rule table', () => {
  it('has unique ids and nothing fires on a calm matrix', () => {
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(evaluateHealth(calmFacts())).toEqual([]);
  });

  it('covers every rule with a test below', () => {
    expect([...ruleIds].sort()).toEqual(
      [
        'audience_overlap',
        'brand_convert_heavy',
        'cadence_below_target',
        'fact_unbalanced',
        'live_hours_below_target',
        'no_audience_profiles',
        'no_brand_account',
        'no_sales_account',
        'product_tags_uncovered',
        'sales_without_product_content',
      ].sort(),
    );
  });
});

describe('no_sales_account', () => {
  const brandOnly = [account({ id: 'b', role: 'brand', interests: { x: 1 } })];
  it('fires for a growing or mature brand without sales accounts, linking the matrix', () => {
    const [finding] = fired(calmFacts({ stage: 'mature', accounts: brandOnly }), 'no_sales_account');
    expect(finding).toMatchObject({ severity: 'high', link: { page: 'matrix', id: null } });
    expect(finding!.numbers).toEqual({ brandAccounts: 1, salesAccounts: 0 });
    expect(finding!.reason['zh-CN']).toContain('成熟期');
    expect(finding!.action['zh-CN']).toContain('自播');
  });
  it('does not fire for a new brand, or when a sales account exists', () => {
    expect(fired(calmFacts({ stage: 'new', accounts: brandOnly }), 'no_sales_account')).toEqual([]);
    expect(fired(calmFacts({ stage: 'growing' }), 'no_sales_account')).toEqual([]);
  });
});

describe('no_brand_account', () => {
  it('fires when only sales accounts run', () => {
    const facts = calmFacts({ accounts: [account({ id: 's', role: 'sales', interests: { x: 1 } })] });
    expect(fired(facts, 'no_brand_account')).toHaveLength(1);
    expect(fired(facts, 'no_brand_account')[0]!.reason.en).toContain('seeding has nowhere to live');
  });
  it('does not fire with a brand account', () => {
    expect(fired(calmFacts(), 'no_brand_account')).toEqual([]);
  });
});

describe('brand_convert_heavy', () => {
  const withPlan = (items: number, salesObjectiveItems: number) =>
    brandBesideStore({ plan: { items, salesObjectiveItems } });
  it('fires when more than half of a brand account’s items have sales objectives', () => {
    const [finding] = fired(withPlan(5, 3), 'brand_convert_heavy');
    expect(finding).toMatchObject({ key: 'brand_convert_heavy:b', link: { page: 'account', id: 'b' } });
    expect(finding!.numbers).toEqual({ items: 5, salesItems: 3, share: 0.6 });
    expect(finding!.reason.en).toContain('3 of 5 items (60%)');
  });
  it('does not fire at exactly half, or with no items', () => {
    expect(fired(withPlan(4, 2), 'brand_convert_heavy')).toEqual([]);
    expect(fired(withPlan(0, 0), 'brand_convert_heavy')).toEqual([]);
  });
});

describe('sales_without_product_content', () => {
  const withProducts = (productItems: number) =>
    calmFacts({
      accounts: [
        account({ id: 'b', role: 'brand', interests: { x: 1 } }),
        account({ id: 's', role: 'sales', interests: { y: 1 }, plan: { items: 6, productItems } }),
      ],
    });
  it('fires for a sales account with no product content in the window', () => {
    const [finding] = fired(withProducts(0), 'sales_without_product_content');
    expect(finding).toMatchObject({ key: 'sales_without_product_content:s', numbers: { items: 6 } });
  });
  it('does not fire when one item links a product', () => {
    expect(fired(withProducts(1), 'sales_without_product_content')).toEqual([]);
  });
});

describe('audience_overlap', () => {
  const pair = (second: Record<string, number>, role: 'brand' | 'sales' = 'brand') =>
    calmFacts({
      accounts: [
        account({ id: 'b2', role: 'brand', interests: { x: 0.8, y: 0.2 } }),
        account({ id: 'b1', role, interests: second }),
        account({ id: 's', role: 'sales', interests: { z: 1 } }),
      ],
    });
  it('fires for two accounts of one role at cosine ≥ 0.8, keyed by both ids in order', () => {
    // cos((.8,.2),(.6,.4)) = .56/(.8246·.7211) = .9417
    const [finding] = fired(pair({ x: 0.6, y: 0.4 }), 'audience_overlap');
    expect(finding!.key).toBe(findingKey('audience_overlap', ['b1', 'b2']));
    expect(finding!.numbers.similarity).toBeCloseTo(0.9417, 3);
    expect(finding!.reason['zh-CN']).toContain('0.94');
  });
  it('does not fire below 0.8 or across roles', () => {
    // cos((.8,.2),(.2,.8)) = .32/.68 = .4706
    expect(fired(pair({ x: 0.2, y: 0.8 }), 'audience_overlap')).toEqual([]);
    expect(fired(pair({ x: 0.6, y: 0.4 }, 'sales'), 'audience_overlap')).toEqual([]);
  });
});

describe('cadence_below_target', () => {
  const planned = (postsAhead: number) => brandBesideStore({ postsPerWeekTarget: 5, plan: { postsAhead } });
  it('fires when the weekly average over the days ahead is below 90% of the target', () => {
    // 8 posts in 14 days = 4/week < 4.5
    const [finding] = fired(planned(8), 'cadence_below_target');
    expect(finding!.numbers).toEqual({ perWeek: 4, target: 5 });
  });
  it('does not fire at 90% of the target or without a target', () => {
    expect(fired(planned(9), 'cadence_below_target')).toEqual([]);
    const untargeted = calmFacts();
    expect(fired(untargeted, 'cadence_below_target')).toEqual([]);
  });
});

describe('live_hours_below_target', () => {
  const live = (liveMinutesAhead: number) =>
    calmFacts({
      accounts: [
        account({ id: 'b', role: 'brand', interests: { x: 1 } }),
        account({
          id: 's',
          role: 'sales',
          interests: { y: 1 },
          liveHoursPerWeekTarget: 10,
          plan: { liveMinutesAhead, productItems: 3 },
        }),
      ],
    });
  it('fires when planned live hours per week fall below 90% of the target', () => {
    // 960 min over 2 weeks = 8 h/week < 9
    const [finding] = fired(live(960), 'live_hours_below_target');
    expect(finding).toMatchObject({ severity: 'medium', numbers: { perWeek: 8, target: 10 } });
  });
  it('does not fire at 9 hours a week', () => {
    expect(fired(live(1080), 'live_hours_below_target')).toEqual([]);
  });
});

describe('product_tags_uncovered', () => {
  it('covers a tag that over-indexes and holds at least 2% of an audience', () => {
    const baseline = { t: 0.05 };
    expect(coversTag({ t: 0.06 }, 't', baseline)).toBe(true);
    expect(coversTag({ t: 0.05 }, 't', baseline)).toBe(false); // TGI exactly 100
    expect(coversTag({ t: 0.019 }, 't', { t: 0.001 })).toBe(false); // under 2%
    expect(coversTag({ t: 0.03 }, 't', {})).toBe(true); // no platform share: the share decides
  });
  it('fires for a product whose tags no account or active creator covers', () => {
    const facts = calmFacts({
      products: [product({ id: 'p', tagIds: ['beauty.skincare', 'food.pantry'] })],
    });
    const [finding] = fired(facts, 'product_tags_uncovered');
    expect(finding).toMatchObject({ severity: 'low', link: { page: 'product', id: 'p' } });
    expect(finding!.numbers).toEqual({ uncovered: 1, total: 2 });
    expect(finding!.reason['zh-CN']).toContain('粮油调味');
    const none = calmFacts({ products: [product({ id: 'p', tagIds: ['food.pantry'] })] });
    expect(fired(none, 'product_tags_uncovered')[0]!.severity).toBe('medium');
  });
  it('does not fire when an active creator covers the tag, or without any audience', () => {
    const facts = calmFacts({
      products: [product({ id: 'p', tagIds: ['food.pantry'] })],
      activeCreators: [{ id: 'c', displayName: 'c', interests: { 'food.pantry': 0.3 } }],
      baseline: { 'food.pantry': 0.01 },
    });
    expect(fired(facts, 'product_tags_uncovered')).toEqual([]);
    const noAudiences = calmFacts({
      accounts: [account({ id: 'b', role: 'brand' }), account({ id: 's', role: 'sales' })],
      products: [product({ id: 'p', tagIds: ['food.pantry'] })],
    });
    expect(fired(noAudiences, 'product_tags_uncovered')).toEqual([]);
  });
});

describe('no_audience_profiles', () => {
  it('fires when no account or active creator has a profile', () => {
    const facts = calmFacts({
      accounts: [account({ id: 'b', role: 'brand' }), account({ id: 's', role: 'sales' })],
    });
    expect(fired(facts, 'no_audience_profiles')[0]!.numbers).toEqual({ accounts: 2, creators: 0 });
  });
  it('does not fire when one account has a profile', () => {
    expect(fired(calmFacts(), 'no_audience_profiles')).toEqual([]);
  });
});

describe('fact_unbalanced', () => {
  it('fires when one side of FACT is empty, saying which', () => {
    const [noCreators] = fired(calmFacts({ liveSessions: { own: 6, creator: 0 } }), 'fact_unbalanced');
    expect(noCreators).toMatchObject({
      key: 'fact_unbalanced:creator',
      link: { page: 'creators', id: null },
    });
    expect(noCreators!.numbers).toEqual({ own: 6, creator: 0, ownShare: 1 });
    const [noOwn] = fired(calmFacts({ liveSessions: { own: 0, creator: 3 } }), 'fact_unbalanced');
    expect(noOwn).toMatchObject({ key: 'fact_unbalanced:own', link: { page: 'matrix', id: null } });
  });
  it('does not fire with both sides, or with no selling lives at all', () => {
    expect(fired(calmFacts({ liveSessions: { own: 1, creator: 1 } }), 'fact_unbalanced')).toEqual([]);
    expect(fired(calmFacts({ liveSessions: { own: 0, creator: 0 } }), 'fact_unbalanced')).toEqual([]);
  });
});

describe('evaluateHealth', () => {
  it('lists the most severe first and fills every placeholder', () => {
    const facts = calmFacts({
      stage: 'mature',
      accounts: [account({ id: 'b', role: 'brand', postsPerWeekTarget: 7 })],
      liveSessions: { own: 0, creator: 2 },
    });
    const findings = evaluateHealth(facts);
    expect(findings.map((f) => f.severity)).toEqual(
      [...findings.map((f) => f.severity)].sort(
        (a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b),
      ),
    );
    expect(findings[0]!.ruleId).toBe('no_sales_account');
    for (const f of findings) {
      for (const text of [f.reason['zh-CN'], f.reason.en, f.action['zh-CN'], f.action.en]) {
        expect(text).not.toMatch(/\{\{/);
      }
    }
  });
});
