import { z } from 'zod';
import { defineMethods } from './define';
import { pageInputShape, pageSchema } from './paging';
import { idSchema } from '../domain/ids';
import { isoDateSchema, metricValuesSchema } from '../domain/metrics';

/** One stored day of an account's performance, as imported: the metric values (GMV in yuan) and where from. */
export const dailyMetricsRowSchema = metricValuesSchema.extend({
  date: z.string(),
  /** The imported file's name. */
  source: z.string(),
});
export type DailyMetricsRow = z.infer<typeof dailyMetricsRowSchema>;

export const metricsRowsInputSchema = z
  .strictObject({
    accountId: idSchema,
    /** Inclusive dates (YYYY-MM-DD). */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    ...pageInputShape,
  })
  .refine((i) => !i.from || !i.to || i.from <= i.to, { path: ['to'], message: 'to must not be before from' });

/** The raw daily rows behind the performance charts (a slice of its own beside `metricsContract`). */
export const metricsRowsContract = defineMethods({
  /** An account's daily rows, newest first, paged (keyset on the date: one row per account and day). */
  'metrics.rows': { input: metricsRowsInputSchema, output: pageSchema(dailyMetricsRowSchema) },
});
