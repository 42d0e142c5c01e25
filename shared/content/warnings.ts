import { z } from 'zod';

/**
 * Guardrail findings on a content item. `message` is English for API callers and logs; the renderer
 * translates by `code` with `params`. `scope: 'week'` findings belong to the account's week (shown in the
 * calendar's week header) and are repeated on each item of that week so the item drawer can show them.
 */
export const contentWarningCodes = [
  'sales_objective_on_brand_account',
  'brand_story_on_sales_account',
  'convert_without_product',
  'product_cannibalisation',
  'discontinued_product',
  'week_posts_below_target',
  'week_posts_above_target',
  'week_live_hours_below_target',
  'week_live_hours_above_target',
  'live_overlap',
] as const;
export const contentWarningCodeSchema = z.enum(contentWarningCodes);
export type ContentWarningCode = z.infer<typeof contentWarningCodeSchema>;

export const contentWarningSchema = z.object({
  code: contentWarningCodeSchema,
  /** 'error' findings block saving (overlapping live sessions); warnings never do. */
  severity: z.enum(['warning', 'error']),
  scope: z.enum(['item', 'week']),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ContentWarning = z.infer<typeof contentWarningSchema>;
