import type { Db } from '../db/types';
import type { Page } from '../../../shared/api/paging';
import type { DailyMetricsRow } from '../../../shared/api/metricsRows';
import { afterCursorSql, cursorParams, orderBySql, toPage, type SortKey } from '../paging/keyset';
import { prepared } from '../paging/statements';

interface StoredDailyRow {
  date: string;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  new_followers: number | null;
  live_viewers: number | null;
  orders: number | null;
  gmv_fen: number | null;
  watch_time_seconds: number | null;
  source: string;
}

/**
 * Newest first. An account has one daily row per date (the primary key is account, granularity, date), so
 * the date alone is a unique key and the keyset seeks the primary-key index; no rowid is needed.
 */
const rowKeys: readonly SortKey[] = [{ sql: 'period_start', dir: 'desc' }];

/**
 * One page of an account's daily rows within optional inclusive dates. The bounds pick one of four fixed
 * statements rather than `(@from IS NULL OR …)`, so SQLite keeps to the primary-key range.
 */
export function pageDailyRows(
  db: Db,
  accountId: string,
  from: string | undefined,
  to: string | undefined,
  cursor: string | undefined,
  limit: number,
): Page<DailyMetricsRow> {
  const filter = [
    "account_id = @accountId AND granularity = 'day'",
    ...(from === undefined ? [] : ['period_start >= @from']),
    ...(to === undefined ? [] : ['period_start <= @to']),
  ].join(' AND ');
  const params = { accountId, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
  const after = cursor ? cursorParams(cursor, rowKeys.length) : null;
  const rows = prepared<Record<string, unknown>, StoredDailyRow>(
    db,
    `SELECT period_start AS date, views, likes, comments, shares, saves, new_followers, live_viewers, orders,
            gmv_fen, watch_time_seconds, source
       FROM account_metrics
      WHERE ${filter}${after ? ` AND ${afterCursorSql(rowKeys)}` : ''}
      ORDER BY ${orderBySql(rowKeys)} LIMIT @limit`,
  ).all({ ...params, ...after, limit: limit + 1 });
  const total = prepared<Record<string, unknown>, { n: number }>(
    db,
    `SELECT count(*) AS n FROM account_metrics WHERE ${filter}`,
  ).get(params)!.n;
  return toPage(rows, limit, total, (row) => [row.date], toDailyRow);
}

function toDailyRow(row: StoredDailyRow): DailyMetricsRow {
  return {
    date: row.date,
    views: row.views,
    likes: row.likes,
    comments: row.comments,
    shares: row.shares,
    saves: row.saves,
    newFollowers: row.new_followers,
    liveViewers: row.live_viewers,
    orders: row.orders,
    gmv: row.gmv_fen === null ? null : row.gmv_fen / 100,
    watchTimeSeconds: row.watch_time_seconds,
    source: row.source,
  };
}
