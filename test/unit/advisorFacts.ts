import type { AccountFacts, AccountPlanFacts, AdvisorFacts, ProductFacts } from '../../shared/advisor/facts';

/** Hand-built advisor facts for the unit tests: a calm dual matrix that no health rule flags. */
type AccountOverrides = Partial<Omit<AccountFacts, 'plan'>> &
  Pick<AccountFacts, 'id' | 'role'> & { plan?: Partial<AccountPlanFacts> };

export function account(overrides: AccountOverrides): AccountFacts {
  return {
    displayName: overrides.id,
    handle: overrides.id,
    selfBroadcast: false,
    followers: 10_000,
    postsPerWeekTarget: null,
    liveHoursPerWeekTarget: null,
    interests: null,
    ...overrides,
    plan: {
      items: 10,
      salesObjectiveItems: overrides.role === 'sales' ? 10 : 0,
      productItems: overrides.role === 'sales' ? 10 : 0,
      postsAhead: 0,
      liveMinutesAhead: 0,
      ...overrides.plan,
    },
  };
}

export function product(overrides: Partial<ProductFacts> & Pick<ProductFacts, 'id'>): ProductFacts {
  return { name: overrides.id, sku: overrides.id, priceFen: 199_00, tagIds: [], ...overrides };
}

export function calmFacts(overrides: Partial<AdvisorFacts> = {}): AdvisorFacts {
  return {
    industry: 'beauty_personal_care',
    stage: 'growing',
    windowDays: 28,
    aheadDays: 14,
    accounts: [
      account({ id: 'brand-1', role: 'brand', interests: { 'beauty.skincare': 0.7, 'beauty.makeup': 0.3 } }),
      account({ id: 'sales-1', role: 'sales', interests: { 'food.snacks': 0.6, 'fashion.womenswear': 0.4 } }),
    ],
    products: [product({ id: 'serum', tagIds: ['beauty.skincare'] })],
    activeCreators: [],
    baseline: { 'beauty.skincare': 0.066, 'beauty.makeup': 0.016, 'food.snacks': 0.022 },
    liveSessions: { own: 4, creator: 2 },
    ...overrides,
  };
}
