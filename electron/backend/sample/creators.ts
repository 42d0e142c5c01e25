import type { BackendContext } from '../context';
import type { OfferAction, OfferActor } from '../../../shared/domain/offerStateMachine';
import type { DeliverableStatus } from '../../../shared/domain/offer';
import { creatorFieldsSchema } from '../../../shared/domain/creator';
import { nextOfferState } from '../../../shared/domain/offerStateMachine';
import { addDays, todayIn } from '../../../shared/domain/dates';
import { insertCreator } from '../creators/repo';
import { findWorkspace } from '../workspaces/repo';
import { recordRevision } from '../offers/lifecycle';
import { createDraftOffer } from '../offers/draft';
import { findOfferRow } from '../offers/repo';
import { listDeliverableRows, setDeliverableStatusRow } from '../offers/deliverablesRepo';
import { syncContentStatus } from '../offers/plannedContent';
import { applyCreatorCounter, buildBrandTerms, type CounterChanges } from '../offers/terms';
import { SAMPLE_PRODUCTS_KEY } from './products';
import type { SampleRefs, SampleSeeder } from './types';
import { sampleCreators } from './creatorRoster';

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
