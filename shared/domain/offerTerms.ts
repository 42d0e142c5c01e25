import { z } from 'zod';
import { platformSchema } from './account';
import { calendarDateSchema } from './dateSchema';
import { fenToYuan } from './money';
import type { RateCard, RateCardKey } from './creator';
import { liveViewsFigureSchema, type LiveViewsFigure } from '../live/expectedLiveViews';

/**
 * The negotiable terms of an offer as stored (revision rows) and as exchanged in `.mdoffer` files: money
 * in integer fen so both installations compute and sign exactly the same numbers.
 */
export const deliverableFormats = ['video', 'live'] as const;
export const deliverableFormatSchema = z.enum(deliverableFormats);
export type DeliverableFormat = z.infer<typeof deliverableFormatSchema>;

/** Video length bands as the Xingtu rate card prices them. A live session has no band. */
export const durationBands = ['1-20s', '21-60s', '60s+'] as const;
export const durationBandSchema = z.enum(durationBands);
export type DurationBand = z.infer<typeof durationBandSchema>;

const MAX_FEN = 1e13;
const fen = z.number().int().min(0).max(MAX_FEN);

export const termsDeliverableRecordSchema = z.strictObject({
  /** Stable across revisions so a counter can say "this deliverable moved to the 12th". */
  key: z.string().min(1).max(64),
  format: deliverableFormatSchema,
  durationBand: durationBandSchema.nullable(),
  count: z.number().int().min(1).max(100),
  dueOn: calendarDateSchema,
  /** The brand account the deliverable supports (brand side only; null in the creator's copy is fine). */
  accountId: z.string().max(64).nullable(),
  /** "Display name (@handle)", so the creator sees which account without the brand's database. */
  accountLabel: z.string().max(120),
  /** brand = 品牌号 (seeding), sales = 销售号 (converting); decides the planned content's objective. */
  accountRole: z.enum(['brand', 'sales']).nullable(),
});
export type TermsDeliverableRecord = z.infer<typeof termsDeliverableRecordSchema>;

export const termsProductRecordSchema = z.strictObject({
  id: z.string().max(64).nullable(),
  name: z.string().max(120),
  priceFen: fen.nullable(),
  targetTags: z.array(z.string().max(80)).max(50),
});

export const termsRecordSchema = z.strictObject({
  title: z.string().max(80),
  products: z.array(termsProductRecordSchema).max(20),
  /** Interest tags the brand targets (taxonomy ids); the fit summary scores an audience against them. */
  targetTags: z.array(z.string().max(80)).max(50),
  deliverables: z.array(termsDeliverableRecordSchema).min(1).max(50),
  feeFen: fen,
  commissionPct: z.number().finite().min(0).max(100),
  usageRightsDays: z.number().int().min(0).max(3650),
  exclusivityDays: z.number().int().min(0).max(3650),
  expiresOn: calendarDateSchema,
  /** The brand workspace's zone: the expiry date ends at midnight there. */
  timeZone: z.string().min(1).max(64),
});
export type TermsRecord = z.infer<typeof termsRecordSchema>;

export const partyRecordSchema = z.strictObject({
  brand: z.strictObject({ name: z.string().max(120) }),
  creator: z.strictObject({
    platform: platformSchema,
    handle: z.string().max(64),
    displayName: z.string().max(120),
  }),
});

/** A deliverable as the terms state it; the tracker shows the same fields with its progress. */
export const deliverableTermShape = {
  key: z.string(),
  format: deliverableFormatSchema,
  durationBand: durationBandSchema.nullable(),
  count: z.number().int(),
  dueOn: z.string(),
  accountId: z.string().nullable(),
  accountLabel: z.string(),
};

/** Terms as the API shows them: money in yuan. */
export const offerTermsSchema = z.object({
  title: z.string(),
  products: z.array(
    z.object({
      id: z.string().nullable(),
      name: z.string(),
      price: z.number().nullable(),
      targetTags: z.array(z.string()),
    }),
  ),
  targetTags: z.array(z.string()),
  deliverables: z.array(
    z.object({
      ...deliverableTermShape,
      accountRole: z.enum(['brand', 'sales']).nullable(),
    }),
  ),
  feeYuan: z.number(),
  commissionPct: z.number(),
  usageRightsDays: z.number().int(),
  exclusivityDays: z.number().int(),
  expiresOn: z.string(),
  timeZone: z.string(),
});
export type OfferTerms = z.infer<typeof offerTermsSchema>;

export function termsToOutput(t: TermsRecord): OfferTerms {
  return {
    title: t.title,
    products: t.products.map((p) => ({
      id: p.id,
      name: p.name,
      price: p.priceFen === null ? null : fenToYuan(p.priceFen),
      targetTags: p.targetTags,
    })),
    targetTags: t.targetTags,
    deliverables: t.deliverables.map((d) => ({ ...d })),
    feeYuan: fenToYuan(t.feeFen),
    commissionPct: t.commissionPct,
    usageRightsDays: t.usageRightsDays,
    exclusivityDays: t.exclusivityDays,
    expiresOn: t.expiresOn,
    timeZone: t.timeZone,
  };
}

/** The rate-card entry that prices a deliverable. */
export function rateCardKeyFor(format: DeliverableFormat, band: DurationBand | null): RateCardKey {
  if (format === 'live') return 'liveSession';
  switch (band) {
    case '1-20s':
      return 'video1to20s';
    case '60s+':
      return 'video60sPlus';
    case '21-60s':
    case null:
      return 'video21to60s';
  }
}

/** Every target tag of an offer: its own and its products', without duplicates. */
export function allTargetTags(t: Pick<TermsRecord, 'targetTags' | 'products'>): string[] {
  return [...new Set([...t.targetTags, ...t.products.flatMap((p) => p.targetTags)])];
}

// ---------- What changed between two revisions ----------

export const termsChangeSchema = z.object({
  /** A terms field, or `deliverable` for a change to one deliverable line. */
  field: z.string(),
  /** For deliverable changes: the line's key; its label helps when the line was removed. */
  deliverableKey: z.string().nullable(),
  /** For deliverable changes: which of its fields changed (null when the line was added or removed). */
  subfield: z.string().nullable(),
  kind: z.enum(['added', 'removed', 'changed']),
  from: z.unknown(),
  to: z.unknown(),
});
export type TermsChange = z.infer<typeof termsChangeSchema>;

const scalarFields = [
  'title',
  'feeYuan',
  'commissionPct',
  'usageRightsDays',
  'exclusivityDays',
  'expiresOn',
] as const;
const deliverableFields = ['format', 'durationBand', 'count', 'dueOn', 'accountId'] as const;

/** The differences from one revision's terms to the next, in a stable order, money in yuan. */
export function diffTerms(before: TermsRecord, after: TermsRecord): TermsChange[] {
  const a = termsToOutput(before);
  const b = termsToOutput(after);
  const changes: TermsChange[] = [];
  const change = (field: string, from: unknown, to: unknown): TermsChange => ({
    field,
    deliverableKey: null,
    subfield: null,
    kind: 'changed',
    from,
    to,
  });
  for (const field of scalarFields) {
    if (a[field] !== b[field]) changes.push(change(field, a[field], b[field]));
  }
  if (!sameList(a.targetTags, b.targetTags)) changes.push(change('targetTags', a.targetTags, b.targetTags));
  const productNames = (t: OfferTerms) => t.products.map((p) => p.name);
  if (!sameList(productNames(a), productNames(b))) {
    changes.push(change('products', productNames(a), productNames(b)));
  }

  const beforeByKey = new Map(a.deliverables.map((d) => [d.key, d]));
  const afterByKey = new Map(b.deliverables.map((d) => [d.key, d]));
  for (const d of a.deliverables) {
    const next = afterByKey.get(d.key);
    if (!next) {
      changes.push({
        field: 'deliverable',
        deliverableKey: d.key,
        subfield: null,
        kind: 'removed',
        from: d,
        to: null,
      });
      continue;
    }
    for (const sub of deliverableFields) {
      if (d[sub] !== next[sub]) {
        changes.push({
          field: 'deliverable',
          deliverableKey: d.key,
          subfield: sub,
          kind: 'changed',
          from: d[sub],
          to: next[sub],
        });
      }
    }
  }
  for (const d of b.deliverables) {
    if (!beforeByKey.has(d.key)) {
      changes.push({
        field: 'deliverable',
        deliverableKey: d.key,
        subfield: null,
        kind: 'added',
        from: null,
        to: d,
      });
    }
  }
  return changes;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));
}

// ---------- Totals and expected cost ----------

export const offerTotalsSchema = z.object({
  deliverableCount: z.number().int(),
  videoCount: z.number().int(),
  liveCount: z.number().int(),
  feeYuan: z.number(),
  commissionPct: z.number(),
  /** Σ rate-card price × count; null when the creator has no price for some deliverable. */
  rateCardValue: z.number().nullable(),
  /** (fee − rate-card value) ÷ rate-card value × 100: negative = below the rate card. */
  feeVsRateCardPct: z.number().nullable(),
  /** Video views + live views: null when either part the terms need is unknown. */
  expectedViews: z.number().nullable(),
  /** Median video views × videos. */
  expectedVideoViews: z.number().nullable(),
  /** Live sessions × the creator's median 观看人数 per session (or the video fallback, see liveViewsBasis). */
  expectedLiveViews: z.number().nullable(),
  /**
   * Where the live part comes from: the creator's live history, or — with no live session on record — the
   * median video views as a stand-in, shown as such. Null without live lines or without either figure.
   */
  liveViewsBasis: z.enum(['liveHistory', 'videoMedianFallback']).nullable(),
  liveViews: liveViewsFigureSchema.nullable(),
  expectedEngagements: z.number().nullable(),
  /** Fee ÷ (expected views ÷ 1,000). */
  expectedCpm: z.number().nullable(),
  /** Fee ÷ expected engagements. */
  expectedCpe: z.number().nullable(),
});
export type OfferTotals = z.infer<typeof offerTotalsSchema>;

export interface CreatorFigures {
  medianViews: number | null;
  engagementRatePct: number | null;
  rateCard: RateCard | null;
  /** The creator's live history (shared/live/expectedLiveViews.ts); absent or null when there is none. */
  live?: LiveViewsFigure | null;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

export function offerTotals(t: TermsRecord, creator: CreatorFigures | null): OfferTotals {
  const deliverableCount = t.deliverables.reduce((n, d) => n + d.count, 0);
  const videoCount = t.deliverables.filter((d) => d.format === 'video').reduce((n, d) => n + d.count, 0);
  const fee = fenToYuan(t.feeFen);
  let rateCardValue: number | null = null;
  if (creator?.rateCard) {
    const card = creator.rateCard;
    const prices = t.deliverables.map((d) => {
      const price = card[rateCardKeyFor(d.format, d.durationBand)];
      return price === null ? null : price * d.count;
    });
    rateCardValue = prices.some((p) => p === null)
      ? null
      : round2(prices.reduce<number>((s, p) => s + p!, 0));
  }
  const liveCount = deliverableCount - videoCount;
  const medianViews = creator?.medianViews != null && creator.medianViews > 0 ? creator.medianViews : null;
  const live = creator?.live ?? null;
  const videoViews = videoCount === 0 ? 0 : medianViews === null ? null : medianViews * videoCount;
  const liveViewsBasis =
    liveCount === 0 ? null : live ? 'liveHistory' : medianViews !== null ? 'videoMedianFallback' : null;
  const liveViews =
    liveCount === 0
      ? 0
      : live
        ? live.viewersPerSession * liveCount
        : medianViews === null
          ? null
          : medianViews * liveCount;
  const views =
    videoViews === null || liveViews === null || videoViews + liveViews <= 0 ? null : videoViews + liveViews;
  const engagements =
    views !== null && creator?.engagementRatePct != null && creator.engagementRatePct > 0
      ? round2(views * (creator.engagementRatePct / 100))
      : null;
  return {
    deliverableCount,
    videoCount,
    liveCount,
    feeYuan: fee,
    commissionPct: t.commissionPct,
    rateCardValue,
    feeVsRateCardPct:
      rateCardValue !== null && rateCardValue > 0
        ? round2(((fee - rateCardValue) / rateCardValue) * 100)
        : null,
    expectedViews: views,
    expectedVideoViews: videoCount === 0 ? null : videoViews,
    expectedLiveViews: liveCount === 0 ? null : liveViews,
    liveViewsBasis,
    liveViews: liveCount === 0 ? null : live,
    expectedEngagements: engagements,
    expectedCpm: views !== null ? round2(fee / (views / 1000)) : null,
    expectedCpe: engagements !== null && engagements > 0 ? round2(fee / engagements) : null,
  };
}
