import type { IndustryCategory, WorkspaceStage } from '../domain/workspace';
import type { AdvisorFacts } from './facts';
import type { LocalizedText } from './text';
import {
  AUDIENCE_FOCUSED_TOP3_SHARE,
  PRICE_BAND_HIGH_FROM_FEN,
  PRICE_BAND_LOW_BELOW_FEN,
} from './thresholds';

/**
 * Which arrangement fits a workspace: a brand platform (brand-building accounts only), a sales channel
 * (sales accounts only) or a dual matrix (both, through separate accounts). The seed article: "which way
 * fits depends on category, users and stage". The rules are a table: each row's conditions must all hold
 * for it to fire; fired rows add their weight to their recommendation; the highest total wins.
 */

export const arrangements = ['brand', 'sales', 'dual'] as const;
export type Arrangement = (typeof arrangements)[number];

export type PriceBand = 'low' | 'mid' | 'high' | 'unknown';
export type AudienceShape = 'focused' | 'broad' | 'unknown';
export type CurrentArrangement = 'none' | 'brand_only' | 'sales_only' | 'dual';

/** The facts the recommendation rows can test, derived from AdvisorFacts by recommendationFacts(). */
export interface RecommendationFacts {
  industry: IndustryCategory;
  stage: WorkspaceStage;
  priceBand: PriceBand;
  /** Median price of the active catalogue, fen; null without products. */
  medianPriceFen: number | null;
  audienceShape: AudienceShape;
  /** Share of the matrix's audience held by its top three interest tags; null without profiles. */
  top3InterestShare: number | null;
  current: CurrentArrangement;
}

type FactValue<K extends keyof Conditions> = Conditions[K];
interface Conditions {
  industry: IndustryCategory;
  stage: WorkspaceStage;
  priceBand: PriceBand;
  audienceShape: AudienceShape;
  current: CurrentArrangement;
}

export interface RecommendationRule {
  id: string;
  /** Every listed fact must take one of the listed values. */
  when: { [K in keyof Conditions]?: readonly FactValue<K>[] };
  recommend: Arrangement;
  weight: number;
  reason: LocalizedText;
}

const considered: IndustryCategory[] = [
  'beauty_personal_care',
  'mother_baby',
  'digital_appliances',
  'health',
  'jewelry_accessories',
];
const impulse: IndustryCategory[] = ['food_beverage', 'home', 'pets'];

export const recommendationRules: readonly RecommendationRule[] = [
  {
    id: 'stage_new_brand',
    when: { stage: ['new'] },
    recommend: 'brand',
    weight: 2,
    reason: {
      'zh-CN': '新品牌先建立认知：种草在拔草之前，先用品牌号积累人群',
      en: 'A new brand builds awareness first: seeding comes before converting, so grow an audience on brand-building accounts',
    },
  },
  {
    id: 'stage_growing_dual',
    when: { stage: ['growing'] },
    recommend: 'dual',
    weight: 2,
    reason: {
      'zh-CN': '成长期既要继续扩大认知，也要有销售号承接已种草的人群',
      en: 'A growing brand must keep building awareness and also convert the people it has seeded, on sales accounts',
    },
  },
  {
    id: 'stage_mature_dual',
    when: { stage: ['mature'] },
    recommend: 'dual',
    weight: 2,
    reason: {
      'zh-CN': '成熟品牌用不同账号分别守住品牌心智和销售效率',
      en: 'A mature brand keeps brand image and sales efficiency apart, each on its own accounts',
    },
  },
  {
    id: 'considered_category_dual',
    when: { industry: considered },
    recommend: 'dual',
    weight: 1,
    reason: {
      'zh-CN': '该类目决策依赖信任和成分/功能讲解（种草），同时成交主要在直播间和商品卡',
      en: 'Buyers in this category need trust and explanation (seeding), while sales close in live rooms and product cards',
    },
  },
  {
    id: 'impulse_category_sales',
    when: { industry: impulse },
    recommend: 'sales',
    weight: 1,
    reason: {
      'zh-CN': '该类目多为低决策、复购型购买，内容直接带货效率最高',
      en: 'This category sells on impulse and repeat purchase: content that sells directly is the most efficient',
    },
  },
  {
    id: 'style_category_sales',
    when: { industry: ['apparel_bags', 'sports_outdoor'] },
    recommend: 'sales',
    weight: 1,
    reason: {
      'zh-CN': '款式驱动的类目靠上新和直播展示成交',
      en: 'Style-driven categories sell through new arrivals shown in live sessions',
    },
  },
  {
    id: 'local_services_sales',
    when: { industry: ['local_services'] },
    recommend: 'sales',
    weight: 2,
    reason: {
      'zh-CN': '本地生活团购券在看到内容后直接购买，销售号即是门店入口',
      en: 'Local-service vouchers are bought straight from the content: the sales account is the shop door',
    },
  },
  {
    id: 'low_price_sales',
    when: { priceBand: ['low'] },
    recommend: 'sales',
    weight: 1,
    reason: {
      'zh-CN': '主力价格带低于 ¥100，属于冲动消费价位，适合直接转化',
      en: 'The catalogue sits below ¥100, an impulse price: convert directly',
    },
  },
  {
    id: 'mid_price_dual',
    when: { priceBand: ['mid'] },
    recommend: 'dual',
    weight: 1,
    reason: {
      'zh-CN': '主力价格带在 ¥100–¥500，需要先种草再在销售号成交',
      en: 'The catalogue sits at ¥100–¥500: seed first, then close on sales accounts',
    },
  },
  {
    id: 'high_price_brand',
    when: { priceBand: ['high'] },
    recommend: 'brand',
    weight: 1,
    reason: {
      'zh-CN': '主力价格带在 ¥500 以上，决策周期长，品牌内容和信任是前提',
      en: 'The catalogue sits at ¥500 or more: a long decision that needs brand content and trust first',
    },
  },
  {
    id: 'broad_audience_dual',
    when: { audienceShape: ['broad'] },
    recommend: 'dual',
    weight: 1,
    reason: {
      'zh-CN': '人群兴趣分散，品牌号负责覆盖、销售号负责承接，各说各的话',
      en: 'The audience spreads over many interests: brand accounts reach them, sales accounts convert them, each in its own voice',
    },
  },
  {
    id: 'focused_audience_sales',
    when: { audienceShape: ['focused'] },
    recommend: 'sales',
    weight: 1,
    reason: {
      'zh-CN': '人群兴趣集中，一个以转化为主的账号就能讲给全部人群',
      en: 'The audience is focused: one conversion-led account can speak to all of it',
    },
  },
  {
    id: 'keep_dual',
    when: { current: ['dual'], stage: ['growing', 'mature'] },
    recommend: 'dual',
    weight: 1,
    reason: {
      'zh-CN': '已在运营双矩阵，账号和粉丝是资产，调整分工比推倒重来代价小',
      en: 'A dual matrix already runs: its accounts and followers are assets, so adjust roles rather than start over',
    },
  },
  {
    id: 'brand_only_needs_sales',
    when: { current: ['brand_only'], stage: ['growing', 'mature'] },
    recommend: 'dual',
    weight: 1,
    reason: {
      'zh-CN': '只有品牌号：已种草的人群没有成交的地方，补一个销售号（自播间）',
      en: 'Brand accounts only: seeded people have nowhere to buy, so add a sales account (a 自播 room)',
    },
  },
];

/** When totals tie, the arrangement that keeps most options open wins: a dual matrix can drop a side later. */
export const RECOMMENDATION_TIE_ORDER: readonly Arrangement[] = ['dual', 'brand', 'sales'];

export function priceBandOf(medianPriceFen: number | null): PriceBand {
  if (medianPriceFen === null) return 'unknown';
  if (medianPriceFen < PRICE_BAND_LOW_BELOW_FEN) return 'low';
  if (medianPriceFen >= PRICE_BAND_HIGH_FROM_FEN) return 'high';
  return 'mid';
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/**
 * Top-3 interest share of the matrix's combined audience: each account's interest shares weighted by its
 * followers (an account with more followers is more of the matrix's audience); accounts without a profile
 * take no part. Null when no account has a profile.
 */
export function top3InterestShare(facts: AdvisorFacts): number | null {
  const combined = new Map<string, number>();
  let totalWeight = 0;
  for (const account of facts.accounts) {
    if (!account.interests) continue;
    // An account with 0 followers still says something about who the matrix speaks to.
    const weight = Math.max(1, account.followers);
    totalWeight += weight;
    for (const [tag, share] of Object.entries(account.interests)) {
      combined.set(tag, (combined.get(tag) ?? 0) + share * weight);
    }
  }
  if (totalWeight === 0) return null;
  const shares = [...combined.values()].map((v) => v / totalWeight).sort((a, b) => b - a);
  const sum = shares.reduce((s, v) => s + v, 0);
  if (sum === 0) return null;
  return shares.slice(0, 3).reduce((s, v) => s + v, 0) / sum;
}

export function currentArrangement(facts: AdvisorFacts): CurrentArrangement {
  const brand = facts.accounts.some((a) => a.role === 'brand');
  const sales = facts.accounts.some((a) => a.role === 'sales');
  if (brand && sales) return 'dual';
  if (brand) return 'brand_only';
  if (sales) return 'sales_only';
  return 'none';
}

export function recommendationFacts(facts: AdvisorFacts): RecommendationFacts {
  const medianPriceFen = median(facts.products.map((p) => p.priceFen));
  const top3 = top3InterestShare(facts);
  return {
    industry: facts.industry,
    stage: facts.stage,
    priceBand: priceBandOf(medianPriceFen),
    medianPriceFen,
    audienceShape: top3 === null ? 'unknown' : top3 >= AUDIENCE_FOCUSED_TOP3_SHARE ? 'focused' : 'broad',
    top3InterestShare: top3,
    current: currentArrangement(facts),
  };
}

export function ruleFires(rule: RecommendationRule, facts: RecommendationFacts): boolean {
  return (Object.keys(rule.when) as (keyof Conditions)[]).every((fact) => {
    const allowed = rule.when[fact] as readonly string[] | undefined;
    return allowed === undefined || allowed.includes(facts[fact]);
  });
}

export interface RecommendationResult {
  recommendation: Arrangement;
  scores: Record<Arrangement, number>;
  /** Every rule in table order, with whether it fired. */
  rules: { rule: RecommendationRule; fired: boolean }[];
  facts: RecommendationFacts;
  /** Whether the workspace already runs the recommended arrangement. */
  matchesCurrent: boolean;
}

const arrangementOfCurrent: Record<CurrentArrangement, Arrangement | null> = {
  none: null,
  brand_only: 'brand',
  sales_only: 'sales',
  dual: 'dual',
};

export function recommend(
  facts: RecommendationFacts,
  rules: readonly RecommendationRule[] = recommendationRules,
): RecommendationResult {
  const scores: Record<Arrangement, number> = { brand: 0, sales: 0, dual: 0 };
  const evaluated = rules.map((rule) => {
    const fired = ruleFires(rule, facts);
    if (fired) scores[rule.recommend] += rule.weight;
    return { rule, fired };
  });
  let best: Arrangement = RECOMMENDATION_TIE_ORDER[0]!;
  for (const arrangement of RECOMMENDATION_TIE_ORDER) {
    if (scores[arrangement] > scores[best]) best = arrangement;
  }
  return {
    recommendation: best,
    scores,
    rules: evaluated,
    facts,
    matchesCurrent: arrangementOfCurrent[facts.current] === best,
  };
}
