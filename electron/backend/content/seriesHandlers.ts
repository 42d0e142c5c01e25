import type { HandlerSlice } from '../handlers';
import type { contentSeriesContract } from '../../../shared/api/contentSeries';
import { contentItemFieldsSchema } from '../../../shared/content/model';
import { notFound } from '../errors';
import { contentHandlers } from './handlers';
import { findItemRow, rowValues } from './repo';
import { findSeries } from './seriesRepo';
import { createSeries, describeSeries } from './series';
import { deleteOccurrence, updateOccurrence } from './seriesEdit';

/** Repeating content items and duplicates (issue 11 §5). */
export const contentSeriesHandlers = {
  'content.createSeries': (input, ctx) => createSeries(ctx, input),

  'content.getSeries': ({ id }, ctx) => {
    if (!findSeries(ctx.db, id)) throw notFound('Content series', id);
    return describeSeries(ctx.db, id);
  },

  'content.updateOccurrence': (input, ctx) =>
    updateOccurrence(ctx, input, (patch) => contentHandlers['content.update'](patch, ctx)),

  'content.deleteOccurrence': ({ id, scope }, ctx) => deleteOccurrence(ctx, id, scope),

  /**
   * A copy on another day and/or account, created like a new item (account, products, approval gate and live
   * overlap checked). It is a new plan: a published or cancelled original's copy starts as an idea, and it
   * never joins the original's series.
   */
  'content.duplicate': ({ id, plannedAt, accountId }, ctx) => {
    const row = findItemRow(ctx.db, id);
    if (!row) throw notFound('Content item', id);
    const source = rowValues(row);
    const fields = contentItemFieldsSchema.parse({
      ...source,
      accountId: accountId ?? source.accountId,
      plannedAt: plannedAt ?? source.plannedAt,
      status: source.status === 'published' || source.status === 'cancelled' ? 'idea' : source.status,
      publishedAt: null,
      publishedUrl: null,
    });
    return contentHandlers['content.create'](fields, ctx);
  },
} satisfies HandlerSlice<typeof contentSeriesContract>;
