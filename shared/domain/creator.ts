import { z } from 'zod';
import { idSchema } from './ids';
import { nameSchema, notesSchema } from './text';
import { yuanSchema } from './money';
import { handleSchema, MAX_FOLLOWERS, platformSchema } from './account';
import { builtInAudienceProfileSchema } from '../interest/audience';
import { interestTaxonomy } from '../interest/taxonomy';

/**
 * Creators (达人) a brand works with, kept per workspace. Content categories reuse the interest
 * taxonomy's top-level categories (beauty, food, …) so a creator's category and an audience's interest
 * tags speak the same language.
 */
export const creatorCategoryIds = interestTaxonomy.map((c) => c.id) as [string, ...string[]];
export const creatorCategorySchema = z.enum(creatorCategoryIds, 'Unknown content category');

/** Tiers by followers (DOMAIN.md): nano < 10k ≤ micro < 100k ≤ mid < 1M ≤ macro < 10M ≤ mega. */
export const creatorTiers = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;
export const creatorTierSchema = z.enum(creatorTiers);
export type CreatorTier = z.infer<typeof creatorTierSchema>;

/** Lower follower bound of each tier (inclusive); the upper bound is the next tier's lower bound. */
export const tierFloors: Record<CreatorTier, number> = {
  nano: 0,
  micro: 10_000,
  mid: 100_000,
  macro: 1_000_000,
  mega: 10_000_000,
};

/** Derived, never stored: changing followers moves a creator between tiers. */
export function tierForFollowers(followers: number): CreatorTier {
  if (followers >= tierFloors.mega) return 'mega';
  if (followers >= tierFloors.macro) return 'macro';
  if (followers >= tierFloors.mid) return 'mid';
  if (followers >= tierFloors.micro) return 'micro';
  return 'nano';
}

/** Follower range [min, max) of a tier; max is null for mega. */
export function tierRange(tier: CreatorTier): { min: number; max: number | null } {
  const i = creatorTiers.indexOf(tier);
  const next = creatorTiers[i + 1];
  return { min: tierFloors[tier], max: next ? tierFloors[next] : null };
}

/** Xingtu-style rate card entries (星图报价): three video lengths and a live session. */
export const rateCardKeys = ['video1to20s', 'video21to60s', 'video60sPlus', 'liveSession'] as const;
export type RateCardKey = (typeof rateCardKeys)[number];
export const rateCardKeySchema = z.enum(rateCardKeys);

const count = (max: number) =>
  z.number().int('Must be a whole number').min(0, 'Must not be negative').max(max);
const pct = z.number().finite().min(0, 'Must not be negative').max(100, 'Must not be over 100%');

export const rateCardSchema = z.strictObject({
  video1to20s: yuanSchema.nullable().default(null),
  video21to60s: yuanSchema.nullable().default(null),
  video60sPlus: yuanSchema.nullable().default(null),
  liveSession: yuanSchema.nullable().default(null),
  /** Default commission as % of GMV (typical 1–80%). */
  commissionPct: pct.nullable().default(null),
});
export type RateCard = z.output<typeof rateCardSchema>;

export const emptyRateCard = (): RateCard => ({
  video1to20s: null,
  video21to60s: null,
  video60sPlus: null,
  liveSession: null,
  commissionPct: null,
});

const categoriesSchema = z
  .array(creatorCategorySchema)
  .max(12, 'At most 12 categories')
  .transform((cats) => [...new Set(cats)]);

/** Fields of a creator as a user enters them (without workspace); shared with the creator profile. */
const creatorProfileFieldShapes = {
  platform: platformSchema,
  handle: handleSchema,
  displayName: nameSchema(40),
  followers: count(MAX_FOLLOWERS),
  categories: categoriesSchema,
  /** Engagement rate in % of views (互动率 = interactions ÷ plays). */
  engagementRatePct: pct.nullable(),
  /** Median plays per video (播放中位数): robust against one viral outlier. */
  medianViews: count(MAX_FOLLOWERS * 10).nullable(),
  /** Average GPM in yuan (GMV per 1,000 views) of their selling content. */
  avgGpm: yuanSchema.nullable(),
  audience: builtInAudienceProfileSchema.nullable(),
  rateCard: rateCardSchema,
  contact: z.string().trim().max(200, 'At most 200 characters'),
  notes: notesSchema,
};

/** The same fields with the defaults a new record gets. */
export const creatorProfileFieldsSchema = z.strictObject({
  platform: creatorProfileFieldShapes.platform.default('douyin'),
  handle: creatorProfileFieldShapes.handle,
  displayName: creatorProfileFieldShapes.displayName,
  followers: creatorProfileFieldShapes.followers.default(0),
  categories: creatorProfileFieldShapes.categories.default([]),
  engagementRatePct: creatorProfileFieldShapes.engagementRatePct.default(null),
  medianViews: creatorProfileFieldShapes.medianViews.default(null),
  avgGpm: creatorProfileFieldShapes.avgGpm.default(null),
  audience: creatorProfileFieldShapes.audience.default(null),
  rateCard: creatorProfileFieldShapes.rateCard.default(emptyRateCard),
  contact: creatorProfileFieldShapes.contact.default(''),
  notes: creatorProfileFieldShapes.notes,
});
export type CreatorProfileFields = z.output<typeof creatorProfileFieldsSchema>;

export const creatorFieldsSchema = creatorProfileFieldsSchema.extend({ workspaceId: idSchema });
export type CreatorFields = z.output<typeof creatorFieldsSchema>;
export type CreatorFieldsInput = z.input<typeof creatorFieldsSchema>;

/** A patch: any field may be left out; rate card keys merge into the stored card. */
export const creatorPatchShape = {
  platform: creatorProfileFieldShapes.platform.optional(),
  handle: creatorProfileFieldShapes.handle.optional(),
  displayName: creatorProfileFieldShapes.displayName.optional(),
  followers: creatorProfileFieldShapes.followers.optional(),
  categories: creatorProfileFieldShapes.categories.optional(),
  engagementRatePct: creatorProfileFieldShapes.engagementRatePct.optional(),
  medianViews: creatorProfileFieldShapes.medianViews.optional(),
  avgGpm: creatorProfileFieldShapes.avgGpm.optional(),
  audience: creatorProfileFieldShapes.audience.optional(),
  rateCard: z
    .strictObject({
      video1to20s: yuanSchema.nullable().optional(),
      video21to60s: yuanSchema.nullable().optional(),
      video60sPlus: yuanSchema.nullable().optional(),
      liveSession: yuanSchema.nullable().optional(),
      commissionPct: pct.nullable().optional(),
    })
    .optional(),
  contact: creatorProfileFieldShapes.contact.optional(),
  notes: z.string().max(2000).optional(),
};
export const creatorUpdateSchema = z.strictObject({ id: idSchema, ...creatorPatchShape });

/** Expected cost figures of one rate-card entry (null when a figure they need is missing). */
export const rateCardMetricSchema = z.object({
  price: z.number().nullable(),
  /** price ÷ (median views ÷ 1,000) */
  cpm: z.number().nullable(),
  /** price ÷ (median views × engagement rate) */
  cpe: z.number().nullable(),
});
export type RateCardMetric = z.infer<typeof rateCardMetricSchema>;

const audienceOutputSchema = z.object({
  interests: z.record(z.string(), z.number()),
  gender: z.object({ female: z.number(), male: z.number() }),
  ages: z.object({
    '18-23': z.number(),
    '24-30': z.number(),
    '31-40': z.number(),
    '41-50': z.number(),
    '50+': z.number(),
  }),
  regions: z.array(z.object({ name: z.string(), share: z.number() })),
});

const rateCardOutputSchema = z.object({
  video1to20s: z.number().nullable(),
  video21to60s: z.number().nullable(),
  video60sPlus: z.number().nullable(),
  liveSession: z.number().nullable(),
  commissionPct: z.number().nullable(),
});

const profileOutputShape = {
  platform: platformSchema,
  handle: z.string(),
  displayName: z.string(),
  followers: z.number().int(),
  tier: creatorTierSchema,
  categories: z.array(z.string()),
  engagementRatePct: z.number().nullable(),
  medianViews: z.number().int().nullable(),
  avgGpm: z.number().nullable(),
  audience: audienceOutputSchema.nullable(),
  rateCard: rateCardOutputSchema,
  metrics: z.object({
    video1to20s: rateCardMetricSchema,
    video21to60s: rateCardMetricSchema,
    video60sPlus: rateCardMetricSchema,
    liveSession: rateCardMetricSchema,
  }),
  contact: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const creatorSchema = z.object({ id: idSchema, workspaceId: idSchema, ...profileOutputShape });
export type Creator = z.infer<typeof creatorSchema>;

/** Creator mode: the installation owner's own profile (one per installation). */
export const creatorProfileSchema = z.object(profileOutputShape);
export type CreatorProfile = z.infer<typeof creatorProfileSchema>;
export type AudienceProfileOutput = z.infer<typeof audienceOutputSchema>;
