import type { BackendContext } from '../context';
import type { CreatorFieldsInput } from '../../../shared/domain/creator';
import type { OfferAction, OfferActor } from '../../../shared/domain/offerStateMachine';
import type { DeliverableStatus } from '../../../shared/domain/offer';
import { creatorFieldsSchema } from '../../../shared/domain/creator';
import { nextOfferState } from '../../../shared/domain/offerStateMachine';
import { addDays, todayIn } from '../../../shared/domain/dates';
import { insertCreator } from '../creators/repo';
import { findWorkspace } from '../workspaces/repo';
import { recordRevision } from '../offers/lifecycle';
import { createDraftOffer } from '../offers/draft';
import { findOfferRow, listDeliverableRows, setDeliverableStatusRow } from '../offers/repo';
import { syncContentStatus } from '../offers/plannedContent';
import { applyCreatorCounter, buildBrandTerms, type CounterChanges } from '../offers/terms';
import { SAMPLE_PRODUCTS_KEY } from './products';
import type { SampleRefs, SampleSeeder } from './types';

type SampleCreator = Omit<CreatorFieldsInput, 'workspaceId'>;

const audience = (
  interests: Record<string, number>,
  female: number,
  ages: [number, number, number, number, number],
  regions: [string, number][],
) => ({
  interests,
  gender: { female, male: Math.round((1 - female) * 100) / 100 },
  ages: { '18-23': ages[0], '24-30': ages[1], '31-40': ages[2], '41-50': ages[3], '50+': ages[4] },
  regions: regions.map(([name, share]) => ({ name, share })),
});

/**
 * Nine creators across every tier for a skincare brand: beauty specialists, a mother-and-baby creator,
 * a fashion commuter, a food creator and a mega "good finds" account. Figures are plausible, not real.
 */
const sampleCreators: SampleCreator[] = [
  {
    displayName: '素颜小周',
    handle: 'suyan_zhou',
    followers: 8_600,
    categories: ['beauty'],
    engagementRatePct: 9.8,
    medianViews: 6_200,
    avgGpm: 310,
    audience: audience(
      { 'beauty.skincare': 0.46, 'beauty.makeup': 0.22, 'education.exams': 0.12, 'food.snacks': 0.2 },
      0.88,
      [0.48, 0.32, 0.14, 0.04, 0.02],
      [
        ['四川', 0.12],
        ['重庆', 0.09],
        ['广东', 0.08],
      ],
    ),
    rateCard: {
      video1to20s: 300,
      video21to60s: 500,
      video60sPlus: 800,
      liveSession: 1_500,
      commissionPct: 25,
    },
    contact: '私信 / 邮箱 suyan@example.com',
    notes: '学生党护肤，真实素颜测评，粉丝粘性高。',
  },
  {
    displayName: '成分控阿May',
    handle: 'ingredient_may',
    followers: 56_000,
    categories: ['beauty', 'health'],
    engagementRatePct: 6.4,
    medianViews: 31_000,
    avgGpm: 540,
    audience: audience(
      {
        'beauty.skincare': 0.52,
        'beauty.personal_care': 0.1,
        'health.supplements': 0.18,
        'fashion.womenswear': 0.2,
      },
      0.84,
      [0.2, 0.43, 0.25, 0.09, 0.03],
      [
        ['上海', 0.13],
        ['浙江', 0.11],
        ['江苏', 0.1],
      ],
    ),
    rateCard: {
      video1to20s: 2_000,
      video21to60s: 3_500,
      video60sPlus: 5_000,
      liveSession: 8_000,
      commissionPct: 20,
    },
    contact: '微信 may_ingredients',
    notes: '配方师背景，讲成分、做对比实验。',
  },
  {
    displayName: '宝妈琳琳',
    handle: 'linlin_mama',
    followers: 82_000,
    categories: ['mother_baby', 'home'],
    engagementRatePct: 5.1,
    medianViews: 42_000,
    avgGpm: 880,
    audience: audience(
      {
        'mother_baby.parenting': 0.38,
        'mother_baby.formula': 0.16,
        'home.cleaning': 0.16,
        'beauty.skincare': 0.3,
      },
      0.9,
      [0.06, 0.38, 0.44, 0.1, 0.02],
      [
        ['山东', 0.12],
        ['河南', 0.1],
        ['河北', 0.08],
      ],
    ),
    rateCard: {
      video1to20s: 2_500,
      video21to60s: 4_000,
      video60sPlus: 6_000,
      liveSession: 10_000,
      commissionPct: 22,
    },
    contact: '经纪人 王女士 138-0000-0000',
    notes: '母婴好物，孕产期敏感肌人群。',
  },
  {
    displayName: '小鹿成分党',
    handle: 'xiaolu_skin',
    followers: 356_000,
    categories: ['beauty'],
    engagementRatePct: 4.2,
    medianViews: 80_000,
    avgGpm: 620,
    audience: audience(
      { 'beauty.skincare': 0.42, 'beauty.makeup': 0.18, 'fashion.womenswear': 0.2, 'food.snacks': 0.2 },
      0.82,
      [0.22, 0.41, 0.24, 0.09, 0.04],
      [
        ['广东', 0.14],
        ['浙江', 0.09],
        ['江苏', 0.08],
      ],
    ),
    rateCard: {
      video1to20s: 8_000,
      video21to60s: 12_000,
      video60sPlus: 18_000,
      liveSession: 30_000,
      commissionPct: 20,
    },
    contact: '星图 / 微信 xiaolu_biz',
    notes: '成分党测评头部腰部之间，带货转化稳定。',
  },
  {
    platform: 'xiaohongshu',
    displayName: '敏感肌日记',
    handle: 'minganji_diary',
    followers: 180_000,
    categories: ['beauty'],
    engagementRatePct: 7.3,
    medianViews: 26_000,
    avgGpm: null,
    audience: audience(
      { 'beauty.skincare': 0.58, 'health.medical': 0.14, 'beauty.makeup': 0.1, 'travel.domestic': 0.18 },
      0.93,
      [0.25, 0.46, 0.2, 0.07, 0.02],
      [
        ['上海', 0.16],
        ['北京', 0.12],
        ['广东', 0.1],
      ],
    ),
    rateCard: {
      video1to20s: 5_000,
      video21to60s: 7_500,
      video60sPlus: null,
      liveSession: null,
      commissionPct: null,
    },
    contact: '蒲公英平台',
    notes: '小红书图文 + 短视频，敏感肌修护专题。',
  },
  {
    displayName: '通勤穿搭Coco',
    handle: 'coco_commute',
    followers: 610_000,
    categories: ['fashion', 'beauty'],
    engagementRatePct: 3.6,
    medianViews: 150_000,
    avgGpm: 450,
    audience: audience(
      {
        'fashion.womenswear': 0.36,
        'fashion.styling': 0.16,
        'beauty.makeup': 0.2,
        'beauty.skincare': 0.18,
        'travel.nearby': 0.1,
      },
      0.86,
      [0.18, 0.46, 0.27, 0.07, 0.02],
      [
        ['广东', 0.15],
        ['上海', 0.11],
        ['浙江', 0.09],
      ],
    ),
    rateCard: {
      video1to20s: 15_000,
      video21to60s: 22_000,
      video60sPlus: 30_000,
      liveSession: 60_000,
      commissionPct: 18,
    },
    contact: 'MCN 星河传媒 商务 coco@example.com',
    notes: '白领通勤穿搭，早八妆容，防晒类合作多。',
  },
  {
    displayName: '大胃王阿凯',
    handle: 'akai_eats',
    followers: 2_800_000,
    categories: ['food_explore', 'food'],
    engagementRatePct: 2.9,
    medianViews: 900_000,
    avgGpm: 980,
    audience: audience(
      {
        'food_explore.restaurants': 0.34,
        'food_explore.street_food': 0.22,
        'food.snacks': 0.24,
        'travel.domestic': 0.2,
      },
      0.44,
      [0.26, 0.34, 0.25, 0.11, 0.04],
      [
        ['广东', 0.12],
        ['湖南', 0.09],
        ['四川', 0.09],
      ],
    ),
    rateCard: {
      video1to20s: 60_000,
      video21to60s: 90_000,
      video60sPlus: 120_000,
      liveSession: 200_000,
      commissionPct: 15,
    },
    contact: 'MCN 味道文化',
    notes: '美食探店，受众与护肤重叠低，适合节点曝光。',
  },
  {
    displayName: '护肤博士Dr.林',
    handle: 'dr_lin_skin',
    followers: 4_600_000,
    categories: ['beauty', 'health'],
    engagementRatePct: 3.1,
    medianViews: 1_200_000,
    avgGpm: 1_350,
    audience: audience(
      { 'beauty.skincare': 0.55, 'health.medical': 0.17, 'beauty.makeup': 0.12, 'health.supplements': 0.16 },
      0.79,
      [0.15, 0.38, 0.31, 0.12, 0.04],
      [
        ['广东', 0.13],
        ['江苏', 0.1],
        ['浙江', 0.1],
      ],
    ),
    rateCard: {
      video1to20s: 120_000,
      video21to60s: 180_000,
      video60sPlus: 250_000,
      liveSession: 400_000,
      commissionPct: 12,
    },
    contact: '经纪公司 林博士团队 biz@drlin.example.com',
    notes: '皮肤科医生背景，专业背书，适合新品首发与大促。',
  },
  {
    displayName: '国民好物推荐官',
    handle: 'haowu_guan',
    followers: 15_200_000,
    categories: ['beauty', 'home', 'food'],
    engagementRatePct: 1.8,
    medianViews: 3_500_000,
    avgGpm: 1_600,
    audience: audience(
      {
        'beauty.skincare': 0.24,
        'home.cleaning': 0.18,
        'food.snacks': 0.22,
        'appliances.kitchen': 0.16,
        'fashion.womenswear': 0.2,
      },
      0.63,
      [0.16, 0.3, 0.3, 0.16, 0.08],
      [
        ['广东', 0.11],
        ['山东', 0.08],
        ['河南', 0.08],
      ],
    ),
    rateCard: {
      video1to20s: 350_000,
      video21to60s: 500_000,
      video60sPlus: 650_000,
      liveSession: 1_200_000,
      commissionPct: 10,
    },
    contact: '星图报价',
    notes: '头部全品类带货达人，双11 / 618 大促专场。',
  },
];

interface OfferPlan {
  creator: string;
  title: string;
  products: string[];
  targetTags: string[];
  deliverables: {
    format: 'video' | 'live';
    band?: '1-20s' | '21-60s' | '60s+';
    count: number;
    dueIn: number;
    account: string;
  }[];
  fee: number;
  commissionPct: number;
  usageRightsDays: number;
  exclusivityDays: number;
  expiresIn: number;
  message: string;
  /** Moves after the draft, each by the brand or the creator. */
  moves: {
    action: OfferAction;
    actor: Exclude<OfferActor, 'system'>;
    message?: string;
    changes?: CounterChanges;
  }[];
  deliverableStatuses?: DeliverableStatus[];
}

const offerPlans: OfferPlan[] = [
  {
    creator: 'ingredient_may',
    title: '修护精华成分测评',
    products: ['CL-SERUM-30'],
    targetTags: ['beauty.skincare'],
    deliverables: [{ format: 'video', band: '21-60s', count: 2, dueIn: 18, account: 'xiaocha_skinlab' }],
    fee: 6_000,
    commissionPct: 20,
    usageRightsDays: 60,
    exclusivityDays: 0,
    expiresIn: 21,
    message: '想请你做两条精华成分对比测评，素材可授权我们投流 60 天。',
    moves: [],
  },
  {
    creator: 'xiaolu_skin',
    title: '防晒乳夏季种草 + 直播专场',
    products: ['CL-SUN-50', 'CL-SUNSPRAY-30'],
    targetTags: ['beauty.skincare', 'sports.camping'],
    deliverables: [
      { format: 'video', band: '60s+', count: 1, dueIn: 10, account: 'camellialab_official' },
      { format: 'live', count: 1, dueIn: 12, account: 'camellia_suncare' },
    ],
    fee: 40_000,
    commissionPct: 15,
    usageRightsDays: 90,
    exclusivityDays: 30,
    expiresIn: 12,
    message: '防晒季合作：一条长视频种草 + 一场直播专场，佣金 15%。',
    moves: [{ action: 'send', actor: 'brand' }],
  },
  {
    creator: 'coco_commute',
    title: '通勤妆前防晒',
    products: ['CL-SUN-50'],
    targetTags: ['beauty.skincare', 'fashion.styling'],
    deliverables: [{ format: 'video', band: '21-60s', count: 2, dueIn: 14, account: 'camellialab_official' }],
    fee: 38_000,
    commissionPct: 10,
    usageRightsDays: 30,
    exclusivityDays: 14,
    expiresIn: 20,
    message: '早八通勤妆前防晒，两条 21-60 秒视频。',
    moves: [
      { action: 'send', actor: 'brand' },
      {
        action: 'counter',
        actor: 'creator',
        message: '两条的话费用需要 42,000，佣金 12%，授权期不变。',
        changes: { feeYuan: 42_000, commissionPct: 12 },
      },
    ],
  },
  {
    creator: 'dr_lin_skin',
    title: '修护精华新品首发',
    products: ['CL-SERUM-30', 'CL-CREAM-50'],
    targetTags: ['beauty.skincare', 'health.medical'],
    deliverables: [
      { format: 'video', band: '21-60s', count: 1, dueIn: -2, account: 'xiaocha_skinlab' },
      { format: 'live', count: 1, dueIn: 6, account: 'camellialab_store' },
    ],
    fee: 520_000,
    commissionPct: 12,
    usageRightsDays: 180,
    exclusivityDays: 60,
    expiresIn: 7,
    message: '新品首发：医生视角讲修护 + 一场品牌直播专场。',
    moves: [
      { action: 'send', actor: 'brand' },
      { action: 'accept', actor: 'creator', message: '没问题，按这个排期。' },
    ],
    deliverableStatuses: ['submitted', 'due'],
  },
  {
    creator: 'linlin_mama',
    title: '孕期敏感肌面霜',
    products: ['CL-CREAM-50'],
    targetTags: ['beauty.skincare', 'mother_baby.pregnancy'],
    deliverables: [{ format: 'video', band: '1-20s', count: 3, dueIn: 9, account: 'camellialab_deals' }],
    fee: 7_500,
    commissionPct: 20,
    usageRightsDays: 30,
    exclusivityDays: 0,
    expiresIn: 10,
    message: '三条短视频，面向孕期敏感肌妈妈。',
    moves: [
      { action: 'send', actor: 'brand' },
      { action: 'decline', actor: 'creator', message: '这个月档期已满，下次再合作～' },
    ],
  },
];

/** Creators and offers in every interesting state: draft, sent, countered, accepted (on the calendar), declined. */
export const seedSampleCreators: SampleSeeder = (ctx: BackendContext, refs: SampleRefs) => {
  const at = ctx.now().toISOString();
  const creatorIds = new Map<string, string>();
  for (const creator of sampleCreators) {
    const fields = creatorFieldsSchema.parse({ ...creator, workspaceId: refs.workspaceId });
    const id = ctx.newId();
    insertCreator(ctx.db, id, fields, at);
    creatorIds.set(fields.handle, id);
  }
  const workspace = findWorkspace(ctx.db, refs.workspaceId);
  const products = refs.extra.get(SAMPLE_PRODUCTS_KEY) as Map<string, string> | undefined;
  if (!workspace) return;
  const today = todayIn(workspace.timeZone, ctx.now());
  for (const plan of offerPlans) {
    const creatorId = creatorIds.get(plan.creator);
    const creator = sampleCreators.find((c) => c.handle === plan.creator)!;
    const accounts = plan.deliverables.map((d) => refs.accounts.get(d.account));
    if (!creatorId || accounts.some((a) => a === undefined)) continue;
    const terms = buildBrandTerms(ctx, workspace, {
      title: plan.title,
      productIds: plan.products
        .map((sku) => products?.get(sku))
        .filter((id): id is string => id !== undefined),
      targetTags: plan.targetTags,
      deliverables: plan.deliverables.map((d, i) => ({
        format: d.format,
        durationBand: d.band ?? null,
        count: d.count,
        dueOn: addDays(today, d.dueIn),
        accountId: accounts[i]!,
      })),
      feeYuan: plan.fee,
      commissionPct: plan.commissionPct,
      usageRightsDays: plan.usageRightsDays,
      exclusivityDays: plan.exclusivityDays,
      expiresOn: addDays(today, plan.expiresIn),
    });
    const id = ctx.newId();
    createDraftOffer(ctx, {
      id,
      workspace,
      creator: {
        id: creatorId,
        platform: creator.platform ?? 'douyin',
        handle: creator.handle,
        displayName: creator.displayName,
      },
      terms,
      message: plan.message,
      at,
    });
    for (const move of plan.moves) {
      const row = findOfferRow(ctx.db, id)!;
      const state = nextOfferState(row.state, move.action, move.actor);
      if (!state)
        throw new Error(`Sample offer ${plan.title}: ${move.action} is not allowed in ${row.state}`);
      const current = JSON.parse(row.terms) as typeof terms;
      recordRevision(ctx, row, {
        action: move.action,
        actor: move.actor,
        state,
        terms: move.changes ? applyCreatorCounter(current, move.changes) : current,
        message: move.message ?? (move.action === 'send' ? plan.message : ''),
        // The creator's moves stand for files they sent back (no signature: the sample has no real creator).
        origin: move.actor === 'brand' ? 'local' : 'imported',
      });
    }
    listDeliverableRows(ctx.db, id).forEach((d, i) => {
      const status = plan.deliverableStatuses?.[i];
      if (!status || status === 'due') return;
      setDeliverableStatusRow(ctx.db, d.id, status, at);
      if (d.content_item_id) syncContentStatus(ctx, d.content_item_id, status, at);
    });
  }
};
