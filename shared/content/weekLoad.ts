import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { accountRoleSchema } from '../domain/account';
import { parseIsoInstant } from './model';

const loadStatusSchema = z.enum(['below', 'on_target', 'above', 'no_target']);

export const weekLoadInputSchema = z.strictObject({
  workspaceId: idSchema,
  /** Any day of the week, `YYYY-MM-DD` in the workspace's zone (or an ISO instant); weeks start on Monday. */
  weekStart: z
    .string()
    .trim()
    .refine(
      (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) || parseIsoInstant(s) !== null,
      'Must be a date such as 2025-08-04',
    ),
});

export const weekLoadSchema = z.object({
  workspaceId: idSchema,
  /** The Monday, `YYYY-MM-DD`. */
  weekStart: z.string(),
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  accounts: z.array(
    z.object({
      accountId: idSchema,
      displayName: z.string(),
      handle: z.string(),
      role: accountRoleSchema,
      archived: z.boolean(),
      /** Short videos and image posts planned (cancelled items excluded) vs postsPerWeek. */
      posts: z.object({ planned: z.number().int(), target: z.number().nullable(), status: loadStatusSchema }),
      /** Hours of live sessions planned vs liveHoursPerWeek (sales accounts only). */
      liveHours: z.object({ planned: z.number(), target: z.number().nullable(), status: loadStatusSchema }),
    }),
  ),
});
export type WeekLoad = z.infer<typeof weekLoadSchema>;

/** The most weeks one `calendar.weekLoads` call answers: a month view shows at most six. */
export const MAX_WEEK_LOADS = 6;

/** Several weeks in one call (the calendar's month view), all within `MAX_WEEK_LOADS` weeks of the first. */
export const weekLoadsInputSchema = z.strictObject({
  workspaceId: idSchema,
  weekStarts: z.array(weekLoadInputSchema.shape.weekStart).min(1).max(MAX_WEEK_LOADS),
});
export const weekLoadsSchema = z.array(weekLoadSchema);
