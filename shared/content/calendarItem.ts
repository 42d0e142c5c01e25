import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { contentFormatSchema, contentItemSchema, contentStatusSchema } from './model';
import { contentWarningSchema } from './warnings';

/**
 * What the calendar and the board draw of an item (`content.calendarItems`): a month of a
 * 40,000-item client was 3.2 MB as full items (brief, products, tags, timestamps, English warning
 * messages). The drawer fetches the whole item (`content.get`) when it opens.
 * Warnings are the item's own (the week's are in the week-load header) without the English message:
 * the UI words them from code and params.
 */
export const calendarWarningSchema = contentWarningSchema.pick({ code: true, severity: true, params: true });
export type CalendarWarning = z.infer<typeof calendarWarningSchema>;

export const contentCalendarItemSchema = z.object({
  id: idSchema,
  accountId: idSchema,
  title: z.string(),
  format: contentFormatSchema,
  status: contentStatusSchema,
  plannedAt: z.string(),
  /** plannedAt + duration for live sessions; equal to plannedAt otherwise. */
  plannedEndAt: z.string(),
  durationMinutes: z.number().int().nullable(),
  /** The creator delivering it (calendar marks and the creator filter), or null. */
  creatorId: z.string().nullable(),
  /** The repeat it belongs to (the repeat icon), or null. */
  series: contentItemSchema.shape.series,
  /** Archived (only when the view asked for archived items): drawn muted with a tag. */
  archived: z.boolean(),
  warnings: z.array(calendarWarningSchema),
});
export type ContentCalendarItem = z.infer<typeof contentCalendarItemSchema>;
