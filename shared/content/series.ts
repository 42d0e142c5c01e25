import { z } from 'zod';
import { idSchema } from '../domain/ids';
import {
  contentItemBaseSchema,
  contentItemCrossFieldIssues,
  contentItemSchema,
  contentItemUpdateSchema,
  instantSchema,
} from './model';
import { MAX_INTERVAL, MAX_OCCURRENCES, weekdaySchema } from './recurrence';
import { seriesScopes, type SeriesScope } from './kinds';
import { isValidCivilDate } from '../parsing/calendar';

/**
 * How a planner says "repeat" (issue 11 §5). The drawer's presets map onto it: daily = daily ×1, weekdays =
 * weekly MO–FR, weekly on chosen days = weekly with byDay, every N days = daily with interval N. A rule ends on
 * a date (`until`, inclusive, a calendar date in the workspace's zone) or after `count` occurrences.
 */
export const repeatRuleSchema = z
  .strictObject({
    freq: z.enum(['daily', 'weekly']),
    interval: z.number().int().min(1).max(MAX_INTERVAL).default(1),
    /** Weekly only: the weekdays it runs on; empty means the weekday of the first occurrence. */
    byDay: z.array(weekdaySchema).max(7).default([]),
    until: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine((s) => {
        const [year, month, day] = s.split('-').map(Number) as [number, number, number];
        return isValidCivilDate({ year, month, day });
      })
      .nullable()
      .default(null),
    count: z.number().int().min(1).max(MAX_OCCURRENCES).nullable().default(null),
  })
  .superRefine((rule, ctx) => {
    if ((rule.until === null) === (rule.count === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['until'],
        message: 'End the repeat on a date or after a number of times',
        params: { code: 'contentSeries.endRequired' },
        input: rule,
      });
    }
    if (rule.freq === 'daily' && rule.byDay.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['byDay'],
        message: 'Weekdays apply to weekly repeats only',
        params: { code: 'contentSeries.byDayDaily' },
        input: rule,
      });
    }
  });
export type RepeatRuleInput = z.input<typeof repeatRuleSchema>;
export type RepeatRule = z.output<typeof repeatRuleSchema>;

export const seriesScopeSchema = z.enum(seriesScopes);
export type { SeriesScope };

export const contentSeriesSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  /** RFC 5545 RRULE value, UNTIL in UTC. */
  rrule: z.string(),
  repeat: z.object({
    freq: z.enum(['daily', 'weekly']),
    interval: z.number().int(),
    byDay: z.array(weekdaySchema),
    until: z.string().nullable(),
    count: z.number().int().nullable(),
  }),
  /** The first occurrence's start (DTSTART), UTC ISO. */
  dtstart: z.string(),
  timeZone: z.string(),
  /** Occurrences stored now, of which edited on their own (exceptions); occurrences deleted on their own. */
  occurrenceCount: z.number().int(),
  exceptionCount: z.number().int(),
  deletedCount: z.number().int(),
});
export type ContentSeries = z.infer<typeof contentSeriesSchema>;

export const createSeriesInputSchema = contentItemBaseSchema
  .extend({ repeat: repeatRuleSchema })
  .superRefine((fields, ctx) => {
    for (const issue of contentItemCrossFieldIssues(fields)) {
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message, input: fields });
    }
  });

export const seriesWithItemsSchema = z.object({
  series: contentSeriesSchema,
  items: z.array(contentItemSchema),
});

export const updateOccurrenceInputSchema = contentItemUpdateSchema.extend({
  scope: seriesScopeSchema,
  /** A new rule for the occurrences the scope covers ('following' or 'all' only). */
  repeat: repeatRuleSchema.optional(),
});

export const deleteOccurrenceInputSchema = z.strictObject({ id: idSchema, scope: seriesScopeSchema });

export const duplicateInputSchema = z.strictObject({
  id: idSchema,
  /** Default: the same time as the original. */
  plannedAt: instantSchema.optional(),
  /** Default: the same account. */
  accountId: idSchema.optional(),
});
