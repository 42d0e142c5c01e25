import { z } from 'zod';
import { idSchema } from './ids';
import { ageBrackets } from '../interest/audience';

/**
 * API shapes of the interest model: the taxonomy with a workspace's baselines, audience profiles and
 * match results. The maths lives in shared/interest (taxonomy, audience schema, matchScore).
 */

export const localizedLabelSchema = z.object({ 'zh-CN': z.string(), en: z.string() });

export const taxonomyTagSchema = z.object({
  id: z.string(),
  categoryId: z.string(),
  label: localizedLabelSchema,
  /** The share in force for this workspace (its override, else the built-in default). */
  baselineShare: z.number().nullable(),
  defaultBaselineShare: z.number().nullable(),
  /** The workspace has its own figure for this tag. */
  overridden: z.boolean(),
  custom: z.boolean(),
});
export type TaxonomyTag = z.infer<typeof taxonomyTagSchema>;

export const taxonomyCategorySchema = z.object({
  id: z.string(),
  label: localizedLabelSchema,
  tags: z.array(taxonomyTagSchema),
});

export const taxonomySchema = z.object({
  /** null: the built-in defaults, no workspace asked. */
  workspaceId: idSchema.nullable(),
  categories: z.array(taxonomyCategorySchema),
  /** Sum of the baselines in force over built-in tags (1 with the defaults; shown so edits stay honest). */
  baselineTotal: z.number(),
});
export type Taxonomy = z.infer<typeof taxonomySchema>;

/** The category holding the workspace's custom tags in `taxonomy.list`. */
export const CUSTOM_CATEGORY_ID = 'custom';

const baselineShareSchema = z
  .number('Must be a number')
  .finite('Must be a finite number')
  .gt(0, 'A platform share must be above 0')
  .max(1, "A platform share can't be above 1 (100%)");

export const updateBaselineInputSchema = z
  .strictObject({
    workspaceId: idSchema,
    /** Tag id → new platform share (0..1], or null to go back to the built-in default. */
    shares: z.record(z.string(), baselineShareSchema.nullable()).optional(),
    /** One tag at a time: `tagId` with its `share` (null restores the default). */
    tagId: z.string().trim().min(1, 'Required').optional(),
    share: baselineShareSchema.nullable().optional(),
  })
  .superRefine((input, ctx) => {
    if (input.tagId !== undefined && input.share === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['share'],
        message: 'Give the share for the tag (or null to reset it)',
      });
    }
    if (input.tagId === undefined && input.share !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['tagId'], message: 'Required' });
    }
    const count = Object.keys(input.shares ?? {}).length + (input.tagId !== undefined ? 1 : 0);
    if (count === 0) ctx.addIssue({ code: 'custom', path: ['shares'], message: 'Give at least one tag' });
  })
  .transform(({ workspaceId, shares, tagId, share }) => ({
    workspaceId,
    shares: { ...shares, ...(tagId !== undefined && share !== undefined ? { [tagId]: share } : {}) },
  }));

export const customTagLabelSchema = z
  .string()
  .trim()
  .transform((t) => t.replace(/^#+/, '').trim())
  .pipe(z.string().min(1, 'Required').max(30, 'At most 30 characters'));

export const addCustomTagInputSchema = z.strictObject({ workspaceId: idSchema, label: customTagLabelSchema });

// --- Audience profiles ---------------------------------------------------------------------------

export const audienceOwnerTypes = ['account', 'creator'] as const;
export const audienceOwnerTypeSchema = z.enum(audienceOwnerTypes);
export type AudienceOwnerType = z.infer<typeof audienceOwnerTypeSchema>;

export const audienceOwnerSchema = z.strictObject({
  ownerType: audienceOwnerTypeSchema,
  ownerId: idSchema,
});

const share = z.number();
/** A stored profile as the API returns it (validated on the way in by `audienceProfileSchema`). */
export const audienceProfileOutputSchema = z.object({
  interests: z.record(z.string(), share),
  gender: z.object({ female: share, male: share }),
  ages: z.object(
    Object.fromEntries(ageBrackets.map((a) => [a, share])) as Record<
      (typeof ageBrackets)[number],
      typeof share
    >,
  ),
  regions: z.array(z.object({ name: z.string(), share })),
});
export type AudienceProfileOutput = z.infer<typeof audienceProfileOutputSchema>;

export const audienceSources = ['manual', 'import', 'sample'] as const;
export const storedAudienceSchema = z.object({
  ownerType: audienceOwnerTypeSchema,
  ownerId: idSchema,
  workspaceId: idSchema,
  profile: audienceProfileOutputSchema.nullable(),
  source: z.enum(audienceSources).nullable(),
  updatedAt: z.string().nullable(),
});
export type StoredAudience = z.infer<typeof storedAudienceSchema>;

// --- Match ---------------------------------------------------------------------------------------

export const targetTagsSchema = z
  .array(z.string().trim().min(1, 'Tags must not be empty'), 'targetTags must be a list of tag ids')
  .max(50, 'At most 50 target tags');

export const tagContributionSchema = z.object({
  tag: z.string(),
  audienceShare: z.number(),
  baselineShare: z.number().nullable(),
  tgi: z.number().nullable(),
  contribution: z.number(),
});

export const matchResultSchema = z.object({
  score: z.number().int().min(0).max(100),
  parts: z.object({ similarity: z.number(), coverage: z.number(), tgiScore: z.number() }),
  explanation: z.object({
    targetTgi: z.number().nullable(),
    topTags: z.array(tagContributionSchema),
    missingTags: z.array(z.string()),
    warnings: z.array(z.enum(['no_target_tags', 'empty_audience', 'baseline_missing'])),
  }),
});
export type MatchResultOutput = z.infer<typeof matchResultSchema>;

/** Below this score a content item's fit with its account is flagged (the renderer shows a warning). */
export const LOW_MATCH_THRESHOLD = 40;

export const rankedMatchSchema = z.object({
  ownerType: audienceOwnerTypeSchema,
  ownerId: idSchema,
  name: z.string(),
  /** Account role, or the creator's tier/category as the creators feature names it. */
  detail: z.string(),
  followers: z.number().nullable(),
  hasAudience: z.boolean(),
  /** null when the owner has no audience profile yet (listed last, never guessed). */
  match: matchResultSchema.nullable(),
});
export type RankedMatch = z.infer<typeof rankedMatchSchema>;

export const productMatchSchema = z.object({
  productId: idSchema,
  productName: z.string(),
  /** Taxonomy (and custom) tag ids the product's tags resolved to: the target of the match. */
  targetTags: z.array(z.string()),
  /** Product tags that map to no taxonomy or custom tag; they take no part in the score. */
  unmappedTags: z.array(z.string()),
  accounts: z.array(rankedMatchSchema),
  /** The best creators, at most the requested limit, best first. */
  creators: z.array(rankedMatchSchema),
  /** Creators ranked in all, and how many of them have an audience profile (were scored). */
  creatorsTotal: z.number().int().min(0),
  creatorsScored: z.number().int().min(0),
});
