import { cosineSimilarity } from '../interest/similarity';
import { findInterestTag } from '../interest/taxonomy';
import { tgi } from '../interest/tgi';
import type { AccountFacts, AdvisorFacts } from './facts';
import type { FindingDraft, HealthRule } from './findingTypes';
import {
  AUDIENCE_OVERLAP_COSINE,
  BRAND_CONVERT_HEAVY_SHARE,
  CADENCE_MIN_SHARE_OF_TARGET,
  TAG_COVERAGE_MIN_SHARE,
  TAG_COVERAGE_MIN_TGI,
} from './thresholds';

/**
 * The matrix health checks as a table: each row a rule id, its default severity, the reason and the
 * suggested action in both languages (`{{param}}` templates), and a pure check over the facts that returns
 * one draft per problem. The table order is the order problems are listed within a severity.
 */

const pct = (share: number) => `${Math.round(share * 100)}%`;
const round1 = (value: number) => Math.round(value * 10) / 10;
const weeksAhead = (facts: AdvisorFacts) => facts.aheadDays / 7;

const stageLabel = {
  new: { zh: '新品牌', en: 'new' },
  growing: { zh: '成长期', en: 'growing' },
  mature: { zh: '成熟期', en: 'mature' },
} as const;

function accountLink(account: AccountFacts) {
  return { page: 'account' as const, id: account.id };
}

function tagLabel(tagId: string, lang: 'zh-CN' | 'en'): string {
  return findInterestTag(tagId)?.label[lang] ?? tagId.replace(/^custom\./, '');
}

/** Whether an audience covers a tag: it over-indexes there and is more than noise (see thresholds.ts). */
export function coversTag(
  interests: Readonly<Record<string, number>>,
  tagId: string,
  baseline: Readonly<Record<string, number>>,
): boolean {
  const share = interests[tagId] ?? 0;
  if (share < TAG_COVERAGE_MIN_SHARE) return false;
  const index = tgi(share, baseline[tagId] ?? 0);
  // A tag without a platform share (a custom tag the user gave none) cannot be indexed: its share decides.
  return index === null || index > TAG_COVERAGE_MIN_TGI;
}

export function interestVector(interests: Readonly<Record<string, number>>): Map<string, number> {
  return new Map(Object.entries(interests));
}

const noSalesAccount: HealthRule = {
  id: 'no_sales_account',
  severity: 'high',
  reason: {
    'zh-CN':
      '品牌处于{{stageZh}}，但矩阵里没有销售号（当前 {{brandAccounts}} 个品牌号、0 个销售号）：种草的人群没有成交的地方',
    en: 'The brand is {{stageEn}}, but the matrix has no sales account ({{brandAccounts}} brand-building, 0 sales): seeded people have nowhere to buy',
  },
  action: {
    'zh-CN': '开设一个销售号作为自播直播间，每天固定时段直播承接转化',
    en: 'Open a sales account as the 自播 live room and go live at fixed times every day to convert',
  },
  check(facts) {
    if (facts.stage === 'new' || facts.accounts.some((a) => a.role === 'sales')) return [];
    const label = stageLabel[facts.stage];
    const brandAccounts = facts.accounts.filter((a) => a.role === 'brand').length;
    return [
      {
        subjectIds: [],
        numbers: { brandAccounts, salesAccounts: 0 },
        params: { stageZh: label.zh, stageEn: label.en, brandAccounts },
        link: { page: 'matrix', id: null },
      },
    ];
  },
};

const noBrandAccount: HealthRule = {
  id: 'no_brand_account',
  severity: 'medium',
  reason: {
    'zh-CN':
      '矩阵里没有品牌号（当前 {{salesAccounts}} 个销售号）：种草内容没有落脚的地方，销售号只能消耗已有需求',
    en: 'The matrix has no brand-building account ({{salesAccounts}} sales): seeding has nowhere to live, so sales accounts only harvest existing demand',
  },
  action: {
    'zh-CN': '开设一个品牌号或人设号，负责品牌故事和种草（把人群推到 A3）',
    en: 'Open a brand or persona account for the brand story and seeding (moving people up to A3)',
  },
  check(facts) {
    if (facts.accounts.some((a) => a.role === 'brand')) return [];
    const salesAccounts = facts.accounts.filter((a) => a.role === 'sales').length;
    return [
      {
        subjectIds: [],
        numbers: { brandAccounts: 0, salesAccounts },
        params: { salesAccounts },
        link: { page: 'matrix', id: null },
      },
    ];
  },
};

const brandConvertHeavy: HealthRule = {
  id: 'brand_convert_heavy',
  severity: 'medium',
  reason: {
    'zh-CN':
      '品牌号「{{account}}」前后 {{windowDays}} 天计划的 {{items}} 条内容中有 {{salesItems}} 条（{{share}}）是转化/带货目标：角色模糊',
    en: 'Brand-building account "{{account}}" has {{salesItems}} of {{items}} items ({{share}}) in the {{windowDays}}-day window with a sales objective: its role is blurred',
  },
  action: {
    'zh-CN': '把带货、促销内容移到销售号，品牌号专注品牌故事和种草',
    en: 'Move convert and promotion items to a sales account; keep the brand account on story and seeding',
  },
  check(facts) {
    return facts.accounts
      .filter((a) => a.role === 'brand' && a.plan.items > 0)
      .filter((a) => a.plan.salesObjectiveItems / a.plan.items > BRAND_CONVERT_HEAVY_SHARE)
      .map((a) => {
        const share = a.plan.salesObjectiveItems / a.plan.items;
        return {
          subjectIds: [a.id],
          numbers: { items: a.plan.items, salesItems: a.plan.salesObjectiveItems, share },
          params: {
            account: a.displayName,
            items: a.plan.items,
            salesItems: a.plan.salesObjectiveItems,
            share: pct(share),
            windowDays: facts.windowDays,
          },
          link: accountLink(a),
        };
      });
  },
};

const salesWithoutProducts: HealthRule = {
  id: 'sales_without_product_content',
  severity: 'medium',
  reason: {
    'zh-CN': '销售号「{{account}}」前后 {{windowDays}} 天计划的 {{items}} 条内容没有一条挂商品：角色模糊',
    en: 'Sales account "{{account}}" has none of its {{items}} items in the {{windowDays}}-day window linking a product: its role is blurred',
  },
  action: {
    'zh-CN': '给销售号排上挂车短视频或带货直播，或把它改为品牌号',
    en: 'Plan product videos or selling lives on it, or make it a brand-building account',
  },
  check(facts) {
    return facts.accounts
      .filter((a) => a.role === 'sales' && a.plan.productItems === 0)
      .map((a) => ({
        subjectIds: [a.id],
        numbers: { items: a.plan.items, productItems: 0 },
        params: { account: a.displayName, items: a.plan.items, windowDays: facts.windowDays },
        link: accountLink(a),
      }));
  },
};

const audienceOverlap: HealthRule = {
  id: 'audience_overlap',
  severity: 'medium',
  reason: {
    'zh-CN':
      '「{{account}}」和「{{other}}」同为{{roleZh}}，人群兴趣相似度 {{similarity}}（≥ {{threshold}}）：两个号在抢同一批人',
    en: '"{{account}}" and "{{other}}" are both {{roleEn}} accounts with audience similarity {{similarity}} (≥ {{threshold}}): they compete for the same people',
  },
  action: {
    'zh-CN': '给其中一个号换一个人群或内容方向（不同兴趣、价格带或场景），或合并两个号',
    en: 'Point one of them at a different audience (other interests, price band or occasion), or merge them',
  },
  check(facts) {
    const drafts: FindingDraft[] = [];
    const withAudience = facts.accounts.filter((a) => a.interests !== null);
    for (let i = 0; i < withAudience.length; i++) {
      for (let j = i + 1; j < withAudience.length; j++) {
        const a = withAudience[i]!;
        const b = withAudience[j]!;
        if (a.role !== b.role) continue;
        const similarity = cosineSimilarity(interestVector(a.interests!), interestVector(b.interests!));
        if (similarity < AUDIENCE_OVERLAP_COSINE) continue;
        const [first, second] = a.id < b.id ? [a, b] : [b, a];
        drafts.push({
          subjectIds: [first.id, second.id],
          numbers: { similarity },
          params: {
            account: a.displayName,
            other: b.displayName,
            roleZh: a.role === 'brand' ? '品牌号' : '销售号',
            roleEn: a.role === 'brand' ? 'brand-building' : 'sales',
            similarity: similarity.toFixed(2),
            threshold: AUDIENCE_OVERLAP_COSINE,
          },
          link: accountLink(a),
        });
      }
    }
    return drafts;
  },
};

/**
 * Accounts whose plan over the look-ahead window, per week, falls short of their weekly target by more
 * than the slack CADENCE_MIN_SHARE_OF_TARGET allows. `planned` is what the window holds (posts, live
 * hours); an account without a target (null or 0) has nothing to fall short of.
 */
function belowWeeklyTarget(
  facts: AdvisorFacts,
  accounts: readonly AccountFacts[],
  planned: (a: AccountFacts) => number,
  weeklyTarget: (a: AccountFacts) => number | null,
): FindingDraft[] {
  return accounts.flatMap((a) => {
    const target = weeklyTarget(a) ?? 0;
    if (target <= 0) return [];
    const perWeek = planned(a) / weeksAhead(facts);
    if (perWeek >= target * CADENCE_MIN_SHARE_OF_TARGET) return [];
    return [
      {
        subjectIds: [a.id],
        numbers: { perWeek, target },
        params: { account: a.displayName, perWeek: round1(perWeek), target, aheadDays: facts.aheadDays },
        link: accountLink(a),
      },
    ];
  });
}

const cadenceBelowTarget: HealthRule = {
  id: 'cadence_below_target',
  severity: 'low',
  reason: {
    'zh-CN': '「{{account}}」未来 {{aheadDays}} 天平均每周计划 {{perWeek}} 条，低于目标每周 {{target}} 条',
    en: '"{{account}}" plans {{perWeek}} posts a week on average over the next {{aheadDays}} days, below its target of {{target}}',
  },
  action: {
    'zh-CN': '在内容日历补齐排期，或把每周发布目标调整为做得到的数字',
    en: 'Fill the gaps on the content calendar, or set a weekly target the team can keep',
  },
  check(facts) {
    return belowWeeklyTarget(
      facts,
      facts.accounts,
      (a) => a.plan.postsAhead,
      (a) => a.postsPerWeekTarget,
    );
  },
};

const liveHoursBelowTarget: HealthRule = {
  id: 'live_hours_below_target',
  severity: 'medium',
  reason: {
    'zh-CN':
      '销售号「{{account}}」未来 {{aheadDays}} 天平均每周计划直播 {{perWeek}} 小时，低于目标每周 {{target}} 小时',
    en: 'Sales account "{{account}}" plans {{perWeek}} live hours a week on average over the next {{aheadDays}} days, below its target of {{target}}',
  },
  action: {
    'zh-CN': '在内容日历补排直播场次（固定时段开播更利于积累流量）',
    en: 'Plan more live sessions on the calendar (fixed time slots build traffic over time)',
  },
  check(facts) {
    return belowWeeklyTarget(
      facts,
      facts.accounts.filter((a) => a.role === 'sales'),
      (a) => a.plan.liveMinutesAhead / 60,
      (a) => a.liveHoursPerWeekTarget,
    );
  },
};

const productTagsUncovered: HealthRule = {
  id: 'product_tags_uncovered',
  severity: 'low',
  reason: {
    'zh-CN':
      '商品「{{product}}」的目标兴趣 {{tagsZh}}（{{uncovered}}/{{total}} 个）没有任何账号或合作中达人的人群覆盖',
    en: 'No account or active creator audience covers the target interests {{tagsEn}} ({{uncovered}} of {{total}}) of product "{{product}}"',
  },
  action: {
    'zh-CN': '找人群覆盖这些兴趣的达人合作，或让一个账号做面向这些兴趣的内容',
    en: 'Work with creators whose audiences cover these interests, or have an account make content for them',
  },
  check(facts) {
    const audiences = [
      ...facts.accounts.map((a) => a.interests),
      ...facts.activeCreators.map((c) => c.interests),
    ].filter((i): i is Readonly<Record<string, number>> => i !== null);
    // Without any audience profile coverage cannot be judged: the no_audience_profiles rule says so instead.
    if (audiences.length === 0) return [];
    return facts.products.flatMap((p) => {
      const uncovered = p.tagIds.filter((tag) => !audiences.some((i) => coversTag(i, tag, facts.baseline)));
      if (uncovered.length === 0) return [];
      return [
        {
          subjectIds: [p.id],
          numbers: { uncovered: uncovered.length, total: p.tagIds.length },
          params: {
            product: p.name,
            tagsZh: uncovered.map((t) => tagLabel(t, 'zh-CN')).join('、'),
            tagsEn: uncovered.map((t) => tagLabel(t, 'en')).join(', '),
            uncovered: uncovered.length,
            total: p.tagIds.length,
          },
          link: { page: 'product', id: p.id },
          // Nobody reaches any of the product's interests: nobody is seeded for it at all.
          ...(uncovered.length === p.tagIds.length ? { severity: 'medium' as const } : {}),
        },
      ];
    });
  },
};

const noAudienceProfiles: HealthRule = {
  id: 'no_audience_profiles',
  severity: 'low',
  reason: {
    'zh-CN': '{{accounts}} 个账号和 {{creators}} 个合作中达人都没有人群画像：无法判断人群重叠和商品兴趣覆盖',
    en: 'None of the {{accounts}} accounts and {{creators}} active creators has an audience profile: overlap and interest coverage cannot be checked',
  },
  action: {
    'zh-CN': '在「人群兴趣」页录入或导入账号的粉丝画像',
    en: 'Enter or import the accounts’ audience profiles on the Audiences page',
  },
  check(facts) {
    const known =
      facts.accounts.some((a) => a.interests !== null) ||
      facts.activeCreators.some((c) => c.interests !== null);
    if (known || facts.accounts.length === 0) return [];
    return [
      {
        subjectIds: [],
        numbers: { accounts: facts.accounts.length, creators: facts.activeCreators.length },
        params: { accounts: facts.accounts.length, creators: facts.activeCreators.length },
        link: { page: 'audience', id: null },
      },
    ];
  },
};

const factUnbalanced: HealthRule = {
  id: 'fact_unbalanced',
  severity: 'low',
  reason: {
    'zh-CN':
      '前后 {{windowDays}} 天计划的 {{total}} 场带货直播中，自播 {{own}} 场（{{ownShare}}）、达播 {{creator}} 场：{{missingZh}}一侧是空的',
    en: 'Of {{total}} selling live sessions planned in the {{windowDays}}-day window, {{own}} are own 自播 ({{ownShare}}) and {{creator}} creator 达播: the {{missingEn}} side is empty',
  },
  action: {
    'zh-CN': '{{actionZh}}',
    en: '{{actionEn}}',
  },
  check(facts) {
    const { own, creator } = facts.liveSessions;
    const total = own + creator;
    if (total === 0 || (own > 0 && creator > 0)) return [];
    const ownMissing = own === 0;
    return [
      {
        subjectIds: [ownMissing ? 'own' : 'creator'],
        numbers: { own, creator, ownShare: own / total },
        params: {
          windowDays: facts.windowDays,
          total,
          own,
          creator,
          ownShare: pct(own / total),
          missingZh: ownMissing ? '自播' : '达播',
          missingEn: ownMissing ? '自播 (own live)' : '达播 (creator)',
          actionZh: ownMissing
            ? '排上自播场次：自播是稳定的基本盘（FACT 中的 F），达播只是放大器'
            : '邀约达人带货直播：达播带来新人群（FACT 中的 A），自播难以单独放大',
          actionEn: ownMissing
            ? 'Plan own 自播 sessions: self-broadcast is the stable base (F in FACT); creators only amplify'
            : 'Book creator live sessions: creators bring new audiences (A in FACT) that own lives cannot reach alone',
        },
        link: ownMissing ? { page: 'matrix', id: null } : { page: 'creators', id: null },
      },
    ];
  },
};

export const healthRules: readonly HealthRule[] = [
  noSalesAccount,
  noBrandAccount,
  brandConvertHeavy,
  salesWithoutProducts,
  audienceOverlap,
  cadenceBelowTarget,
  liveHoursBelowTarget,
  productTagsUncovered,
  noAudienceProfiles,
  factUnbalanced,
];
