import type { HandlerSlice } from '../handlers';
import type { metricsRowsContract } from '../../../shared/api/metricsRows';
import { findAccount } from '../accounts/repo';
import { notFound } from '../errors';
import { pageDailyRows } from './rowsRepo';

/** The performance page's "每日数据" table: an account's raw daily rows, a page at a time. */
export const metricsRowsHandlers = {
  'metrics.rows': ({ accountId, from, to, cursor, limit }, ctx) => {
    if (!findAccount(ctx.db, accountId)) throw notFound('Account', accountId);
    return pageDailyRows(ctx.db, accountId, from, to, cursor, limit);
  },
} satisfies HandlerSlice<typeof metricsRowsContract>;
