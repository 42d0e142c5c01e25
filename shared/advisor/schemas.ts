import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { industryCategorySchema, workspaceStageSchema } from '../domain/workspace';
import { arrangements } from './recommendation';
import { findingLinkPages, findingSeverities } from './findingTypes';

/** The advisor's API shapes (issue 10 §1). Rule tables and evaluators live beside this file. */

const localizedTextSchema = z.object({ 'zh-CN': z.string(), en: z.string() });
export const arrangementSchema = z.enum(arrangements);

export const recommendationOutputSchema = z.object({
  workspaceId: idSchema,
  recommendation: arrangementSchema,
  scores: z.object({ brand: z.number(), sales: z.number(), dual: z.number() }),
  matchesCurrent: z.boolean(),
  facts: z.object({
    industry: industryCategorySchema,
    stage: workspaceStageSchema,
    priceBand: z.enum(['low', 'mid', 'high', 'unknown']),
    medianPriceFen: z.number().int().nullable(),
    audienceShape: z.enum(['focused', 'broad', 'unknown']),
    top3InterestShare: z.number().nullable(),
    current: z.enum(['none', 'brand_only', 'sales_only', 'dual']),
  }),
  /** Every rule of the table in order, with whether it fired for this workspace. */
  rules: z.array(
    z.object({
      id: z.string(),
      recommend: arrangementSchema,
      weight: z.number(),
      reason: localizedTextSchema,
      fired: z.boolean(),
    }),
  ),
});
export type RecommendationOutput = z.infer<typeof recommendationOutputSchema>;

export const findingSeveritySchema = z.enum(findingSeverities);

export const findingSchema = z.object({
  key: z.string(),
  ruleId: z.string(),
  severity: findingSeveritySchema,
  subjectIds: z.array(z.string()),
  numbers: z.record(z.string(), z.number()),
  reason: localizedTextSchema,
  action: localizedTextSchema,
  link: z.object({ page: z.enum(findingLinkPages), id: z.string().nullable() }),
  /** Set on dismissed findings: the note the user left and when. */
  dismissal: z.object({ note: z.string(), dismissedAt: z.string() }).nullable(),
});
export type FindingOutput = z.infer<typeof findingSchema>;

export const FINDINGS_PAGE_MAX = 200;

export const findingsInputSchema = z.strictObject({
  workspaceId: idSchema,
  status: z.enum(['active', 'dismissed']).default('active'),
  /** Opaque: the nextCursor of the previous page. */
  cursor: z.string().regex(/^\d+$/, 'Must be a cursor from a previous page').optional(),
  limit: z.number().int().min(1).max(FINDINGS_PAGE_MAX).default(50),
});

export const findingsOutputSchema = z.object({
  items: z.array(findingSchema),
  nextCursor: z.string().nullable(),
  /** Findings of the requested status. */
  total: z.number().int(),
  /** Both statuses, for the badge and the tab labels. */
  counts: z.object({ active: z.number().int(), dismissed: z.number().int() }),
});

export const findingKeySchema = z.string().trim().min(1, 'Required').max(300);

export const dismissInputSchema = z.strictObject({
  workspaceId: idSchema,
  key: findingKeySchema,
  note: z.string().trim().min(1, 'Say why the finding is dismissed').max(500, 'At most 500 characters'),
});

export const restoreInputSchema = z.strictObject({ workspaceId: idSchema, key: findingKeySchema });
