import { z } from 'zod';
import { idSchema } from './ids';
import { pageInputShape } from '../api/paging';
import { yuanSchema } from './money';
import { platformSchema } from './account';
import { calendarDateSchema } from './dateSchema';
import { deliverableLinkSchema } from './deliverableLink';
import { offerActions, offerActors, offerStates } from './offerStateMachine';
import {
  deliverableFormatSchema,
  deliverableTermShape,
  durationBandSchema,
  offerTermsSchema,
  offerTotalsSchema,
  termsChangeSchema,
} from './offerTerms';
import { builtInInterestTagIds } from '../interest/taxonomy';

export const offerStateSchema = z.enum(offerStates);
export const offerActionSchema = z.enum(offerActions);
export const offerActorSchema = z.enum(offerActors);
/** brand = an offer this workspace made; creator = an offer received in creator mode (the inbox). */
export const offerSideSchema = z.enum(['brand', 'creator']);
export type OfferSide = z.infer<typeof offerSideSchema>;

const pct = z.number().finite().min(0, 'Must not be negative').max(100, 'Commission must not be over 100%');
const days = z.number().int('Must be a whole number of days').min(0, 'Must not be negative').max(3650);
const message = z.string().trim().max(2000, 'At most 2,000 characters');

/** Interest tag ids: built-in taxonomy ids or a workspace's `custom.*` tags (checked against the workspace). */
export const targetTagsSchema = z
  .array(
    z
      .string()
      .trim()
      .refine((t) => builtInInterestTagIds.has(t) || /^custom\.\S+$/.test(t), 'Unknown interest tag'),
  )
  .max(50)
  .transform((tags) => [...new Set(tags)]);

/** One deliverable line: e.g. 2 × 21–60 s videos for the sales account, due 2025-08-06. */
const deliverableShape = {
  /** Keep the key of an existing line when editing it, so the timeline shows a change, not a swap. */
  key: z.string().trim().min(1).max(64).optional(),
  format: deliverableFormatSchema,
  durationBand: durationBandSchema.nullable().optional(),
  count: z.number().int('Must be a whole number').min(1, 'At least 1').max(100).default(1),
  dueOn: calendarDateSchema,
};

function checkBand(d: { format: string; durationBand?: string | null | undefined }, ctx: z.RefinementCtx) {
  if (d.format === 'video' && !d.durationBand) {
    ctx.addIssue({
      code: 'custom',
      path: ['durationBand'],
      message: 'Pick the video length (1–20 s, 21–60 s, 60 s+)',
    });
  }
  if (d.format === 'live' && d.durationBand) {
    ctx.addIssue({ code: 'custom', path: ['durationBand'], message: 'A live session has no video length' });
  }
}

export const deliverableInputSchema = z
  .strictObject({ ...deliverableShape, accountId: idSchema })
  .superRefine(checkBand);

/** In a counter the account may be left out: the line keeps its account (the creator cannot pick one). */
export const counterDeliverableSchema = z
  .strictObject({ ...deliverableShape, accountId: idSchema.optional() })
  .superRefine(checkBand);

const deliverablesList = <T extends z.ZodType>(item: T) =>
  z.array(item).min(1, 'Add at least one deliverable').max(50, 'At most 50 deliverables');

/** Due dates must fall on or before the offer's expiry date. */
export function checkDueDates(
  value: { deliverables?: { dueOn: string }[] | undefined; expiresOn?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (!value.expiresOn || !value.deliverables) return;
  value.deliverables.forEach((d, i) => {
    if (d.dueOn > value.expiresOn!) {
      ctx.addIssue({
        code: 'custom',
        path: ['deliverables', i, 'dueOn'],
        message: `Due date ${d.dueOn} is after the offer's expiry date ${value.expiresOn}`,
        params: { code: 'field.dueAfterExpiry', dueOn: d.dueOn, expiresOn: value.expiresOn },
      });
    }
  });
}

const offerFieldShape = {
  title: z.string().trim().max(80, 'At most 80 characters'),
  productIds: z.array(idSchema).max(20, 'At most 20 products'),
  targetTags: targetTagsSchema,
  deliverables: deliverablesList(deliverableInputSchema),
  feeYuan: yuanSchema,
  commissionPct: pct,
  usageRightsDays: days,
  exclusivityDays: days,
  message,
  expiresOn: calendarDateSchema,
};

export const offerCreateSchema = z
  .strictObject({
    workspaceId: idSchema,
    creatorId: idSchema,
    title: offerFieldShape.title.default(''),
    productIds: offerFieldShape.productIds.default([]),
    targetTags: offerFieldShape.targetTags.default([]),
    deliverables: offerFieldShape.deliverables,
    feeYuan: offerFieldShape.feeYuan,
    commissionPct: offerFieldShape.commissionPct.default(0),
    usageRightsDays: offerFieldShape.usageRightsDays.default(0),
    exclusivityDays: offerFieldShape.exclusivityDays.default(0),
    message: offerFieldShape.message.default(''),
    expiresOn: offerFieldShape.expiresOn,
  })
  .superRefine(checkDueDates);

/** Drafts only: any field, checked again as a whole once merged with the draft. */
export const offerUpdateSchema = z.strictObject({
  id: idSchema,
  creatorId: idSchema.optional(),
  title: offerFieldShape.title.optional(),
  productIds: offerFieldShape.productIds.optional(),
  targetTags: offerFieldShape.targetTags.optional(),
  deliverables: offerFieldShape.deliverables.optional(),
  feeYuan: offerFieldShape.feeYuan.optional(),
  commissionPct: offerFieldShape.commissionPct.optional(),
  usageRightsDays: offerFieldShape.usageRightsDays.optional(),
  exclusivityDays: offerFieldShape.exclusivityDays.optional(),
  message: offerFieldShape.message.optional(),
  expiresOn: offerFieldShape.expiresOn.optional(),
});

/**
 * A counter-proposal. The creator may change the fee, commission, usage/exclusivity days and the
 * deliverables (count, format, length, due date; lines can be dropped, not added). The brand's counter to
 * a counter ("revised") may change everything a draft can, except the creator.
 */
export const offerCounterSchema = z.strictObject({
  id: idSchema,
  message: message.default(''),
  feeYuan: offerFieldShape.feeYuan.optional(),
  commissionPct: offerFieldShape.commissionPct.optional(),
  usageRightsDays: offerFieldShape.usageRightsDays.optional(),
  exclusivityDays: offerFieldShape.exclusivityDays.optional(),
  deliverables: deliverablesList(counterDeliverableSchema).optional(),
  expiresOn: offerFieldShape.expiresOn.optional(),
  title: offerFieldShape.title.optional(),
  productIds: offerFieldShape.productIds.optional(),
  targetTags: offerFieldShape.targetTags.optional(),
});

export const offerActionInputSchema = z.strictObject({ id: idSchema, message: message.default('') });

export const offerListInputSchema = z.strictObject({
  /** A brand workspace's offers; leave out to list the creator-mode inbox. */
  workspaceId: idSchema.optional(),
  /** Optional and redundant with workspaceId: 'creator' lists the inbox, 'brand' needs a workspaceId. */
  side: offerSideSchema.optional(),
  state: z.union([offerStateSchema, z.array(offerStateSchema)]).optional(),
  creatorId: idSchema.optional(),
  /** Newest activity first, one page at a time (shared/api/paging.ts). */
  ...pageInputShape,
});

// ---------- Deliverables after acceptance ----------

export const deliverableStatuses = ['due', 'submitted', 'approved', 'published'] as const;
export const deliverableStatusSchema = z.enum(deliverableStatuses);
export type DeliverableStatus = z.infer<typeof deliverableStatusSchema>;

/**
 * Deliverable statuses move forward freely (a creator may publish straight away) and back one step
 * (a submission sent back for changes); `published` is final.
 */
export function canMoveDeliverable(from: DeliverableStatus, to: DeliverableStatus): boolean {
  if (from === to || from === 'published') return false;
  const i = deliverableStatuses.indexOf(from);
  const j = deliverableStatuses.indexOf(to);
  return j > i || j === i - 1;
}

export const trackedDeliverableSchema = z.object({
  id: idSchema,
  offerId: idSchema,
  position: z.number().int(),
  ...deliverableTermShape,
  status: deliverableStatusSchema,
  statusChangedAt: z.string(),
  /** Past its due date (in the offer's time zone) and not yet published. */
  overdue: z.boolean(),
  /** The planned content item on the brand account's calendar (brand side). */
  contentItemId: z.string().nullable(),
  /** The creator's published link (offer file format 3), opened through the safe external-link path. */
  publishedUrl: z.string().nullable(),
  /** The brand sent it back for changes (退回修改) and it has not moved since (shared/domain/deliverableSendBack.ts). */
  sentBack: z.object({ at: z.string(), reason: z.string().nullable() }).nullable(),
  creatorId: z.string().nullable(),
  creatorName: z.string(),
  offerTitle: z.string(),
});
export type TrackedDeliverable = z.infer<typeof trackedDeliverableSchema>;

export const deliverableSetStatusSchema = z.strictObject({
  id: idSchema,
  status: deliverableStatusSchema,
  /** With 已提交 or 已发布 only: the published link (http/https), see shared/domain/deliverableReport.ts. */
  publishedUrl: deliverableLinkSchema.optional(),
});
export const deliverableListSchema = z.strictObject({
  workspaceId: idSchema,
  /** Inclusive due-date window (YYYY-MM-DD), e.g. the calendar's visible range. */
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
});

// ---------- Offers as the API shows them ----------

export const fitSummarySchema = z.object({
  /** 0..100 */
  score: z.number(),
  parts: z.object({ similarity: z.number(), coverage: z.number(), tgiScore: z.number() }),
  targetTgi: z.number().nullable(),
  targetTags: z.array(z.string()),
  topTags: z.array(
    z.object({
      tag: z.string(),
      audienceShare: z.number(),
      baselineShare: z.number().nullable(),
      tgi: z.number().nullable(),
      contribution: z.number(),
    }),
  ),
  missingTags: z.array(z.string()),
  warnings: z.array(z.string()),
  /** The audience's largest gender and age bracket, for a one-line summary. */
  topGender: z.object({ key: z.enum(['female', 'male']), share: z.number() }).nullable(),
  topAge: z.object({ key: z.string(), share: z.number() }).nullable(),
});
export type FitSummary = z.infer<typeof fitSummarySchema>;

export const offerRevisionSchema = z.object({
  number: z.number().int(),
  action: z.union([offerActionSchema, z.literal('create')]),
  actor: offerActorSchema,
  state: offerStateSchema,
  message: z.string(),
  terms: offerTermsSchema,
  /** Against the revision before it (empty for the first). */
  changes: z.array(termsChangeSchema),
  /** local = made here; imported = came in an offer file; superseded = overtaken by the brand's revision. */
  origin: z.enum(['local', 'imported']),
  superseded: z.boolean(),
  /** Whether this revision has been exported to a file at least once (local revisions only). */
  exported: z.boolean(),
  createdAt: z.string(),
});
export type OfferRevision = z.infer<typeof offerRevisionSchema>;

export const offerSchema = z.object({
  id: idSchema,
  /** The id both installations know the offer by (the brand's id). */
  exchangeId: z.string(),
  side: offerSideSchema,
  workspaceId: z.string().nullable(),
  creatorId: z.string().nullable(),
  creator: z.object({ platform: platformSchema, handle: z.string(), displayName: z.string() }),
  brand: z.object({ name: z.string() }),
  state: offerStateSchema,
  revision: z.number().int(),
  /** The latest revision's message. */
  message: z.string(),
  terms: offerTermsSchema,
  totals: offerTotalsSchema,
  /** Who has to move next, from this side's point of view. */
  awaiting: z.enum(['brand', 'creator']).nullable(),
  /** Methods this side may call now (`offers.<name>`), e.g. ['counter', 'accept', 'decline']. */
  allowedActions: z.array(z.string()),
  /** Whether the latest revision was made here and can be exported for the other side. */
  canExport: z.boolean(),
  /** Short fingerprint of the counterpart's pinned public key (null until the first exchange). */
  counterpartFingerprint: z.string().nullable(),
  deliverables: z.array(trackedDeliverableSchema),
  overdueCount: z.number().int(),
  fit: fitSummarySchema.nullable(),
  stateChangedAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Offer = z.infer<typeof offerSchema>;

export const offerDetailSchema = offerSchema.extend({ revisions: z.array(offerRevisionSchema) });
export type OfferDetail = z.infer<typeof offerDetailSchema>;
