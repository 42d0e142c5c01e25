import { z } from 'zod';
import { idSchema } from '../domain/ids';
import {
  contentFormatSchema,
  contentObjectiveSchema,
  contentStatusSchema,
  durationMinutesSchema,
  instantSchema,
} from './model';
import { contentWarningSchema, type ContentWarningCode } from './warnings';

/**
 * `content.check`: the guardrail findings a save of these unsaved fields would produce, so the drawer can
 * warn while the user types. Only the fields guardrails read; `id` when editing a stored item (it is then
 * left out of its own comparisons, and a creator's deliverable keeps running in the creator's room).
 */
export const contentCheckInputSchema = z.strictObject({
  workspaceId: idSchema,
  id: idSchema.optional(),
  accountId: idSchema,
  format: contentFormatSchema,
  objective: contentObjectiveSchema,
  status: contentStatusSchema.default('idea'),
  plannedAt: instantSchema,
  durationMinutes: durationMinutesSchema.nullable().default(null),
  productIds: z
    .array(idSchema)
    .max(50)
    .default([])
    .transform((ids) => [...new Set(ids)]),
});

export const contentCheckOutputSchema = z.object({ warnings: z.array(contentWarningSchema) });
export type ContentCheckOutput = z.infer<typeof contentCheckOutputSchema>;

/** The drawer field a finding is shown beside; null: only in the footer (it concerns the whole week). */
export type CheckedField = 'accountId' | 'objective' | 'plannedAt' | 'productIds';

export const warningField: Record<ContentWarningCode, CheckedField | null> = {
  sales_objective_on_brand_account: 'objective',
  brand_story_on_sales_account: 'objective',
  convert_without_product: 'productIds',
  product_cannibalisation: 'productIds',
  discontinued_product: 'productIds',
  live_overlap: 'plannedAt',
  week_posts_below_target: null,
  week_posts_above_target: null,
  week_live_hours_below_target: null,
  week_live_hours_above_target: null,
};
