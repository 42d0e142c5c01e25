import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { contentFormatSchema, contentStatusSchema } from './model';
import { calendarWarningSchema, type CalendarWarning, type ContentCalendarItem } from './calendarItem';

// The renderer decodes with calendarDecode.ts, which builds none of these schemas (issue 11 §8).
export { decodeCalendarItems } from './calendarDecode';

/**
 * The wire form of `content.calendarItems`. A month of the 40,000-item client was 1.29 MB as one object
 * per item: the same 40 account ids and the same few warnings (with their params) repeated thousands of
 * times, and null/empty fields spelled out. Here accounts and warnings are sent once, in side tables that
 * items refer to by index, and fields at their default are left out. The renderer decodes it back into
 * `ContentCalendarItem`s (`decodeCalendarItems`, calendarDecode.ts), so the calendar and the board draw the same objects.
 */
const seriesRefSchema = z.object({ id: idSchema, occurrenceAt: z.string(), detached: z.boolean() });

export const calendarWireItemSchema = z.object({
  id: idSchema,
  /** Index into `accountIds`. */
  account: z.number().int().min(0),
  title: z.string(),
  format: contentFormatSchema,
  status: contentStatusSchema,
  plannedAt: z.string(),
  /** Left out when equal to plannedAt (everything but live sessions). */
  plannedEndAt: z.string().optional(),
  /** Left out when null. */
  durationMinutes: z.number().int().optional(),
  /** Left out when null. */
  creatorId: z.string().optional(),
  /** Left out when the item belongs to no repeat. */
  series: seriesRefSchema.optional(),
  /** Present (true) only for an archived item. */
  archived: z.literal(true).optional(),
  /** Indexes into `warnings`; left out when the item has none. */
  warnings: z.array(z.number().int().min(0)).optional(),
});
export type CalendarWireItem = z.infer<typeof calendarWireItemSchema>;

export const calendarItemsPayloadSchema = z.object({
  accountIds: z.array(idSchema),
  warnings: z.array(calendarWarningSchema),
  items: z.array(calendarWireItemSchema),
});
export type CalendarItemsPayload = z.infer<typeof calendarItemsPayloadSchema>;

/** Index of each distinct value, in order of first use. */
function interner<T>(keyOf: (value: T) => string) {
  const indexes = new Map<string, number>();
  const values: T[] = [];
  return {
    values,
    indexOf(value: T): number {
      const key = keyOf(value);
      let index = indexes.get(key);
      if (index === undefined) {
        index = values.length;
        values.push(value);
        indexes.set(key, index);
      }
      return index;
    },
  };
}

export function encodeCalendarItems(items: readonly ContentCalendarItem[]): CalendarItemsPayload {
  const accounts = interner<string>((id) => id);
  const warnings = interner<CalendarWarning>((w) => JSON.stringify([w.code, w.severity, w.params]));
  const wire = items.map((item): CalendarWireItem => {
    const encoded: CalendarWireItem = {
      id: item.id,
      account: accounts.indexOf(item.accountId),
      title: item.title,
      format: item.format,
      status: item.status,
      plannedAt: item.plannedAt,
    };
    if (item.plannedEndAt !== item.plannedAt) encoded.plannedEndAt = item.plannedEndAt;
    if (item.durationMinutes !== null) encoded.durationMinutes = item.durationMinutes;
    if (item.creatorId !== null) encoded.creatorId = item.creatorId;
    if (item.series !== null) encoded.series = item.series;
    if (item.archived) encoded.archived = true;
    if (item.warnings.length > 0) encoded.warnings = item.warnings.map((w) => warnings.indexOf(w));
    return encoded;
  });
  return { accountIds: accounts.values, warnings: warnings.values, items: wire };
}
