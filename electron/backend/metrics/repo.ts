import type { Db } from '../db/types';
import type { Granularity, MetricField, MetricValues, SeriesMetric } from '../../../shared/domain/metrics';
import { metricFields } from '../../../shared/domain/metrics';

/** API metric → column; the only identifiers ever put into SQL text here. */
export const metricColumns: Record<MetricField, string> = {
  views: 'views',
  likes: 'likes',
  comments: 'comments',
  shares: 'shares',
  saves: 'saves',
  newFollowers: 'new_followers',
  liveViewers: 'live_viewers',
  orders: 'orders',
  gmv: 'gmv_fen',
  watchTimeSeconds: 'watch_time_seconds',
};

/** SQL expression per series metric, in the metric's API unit (GMV and GPM in yuan). */
const seriesExpressions: Record<SeriesMetric, string> = {
  views: 'views',
  likes: 'likes',
  comments: 'comments',
  shares: 'shares',
  saves: 'saves',
  newFollowers: 'new_followers',
  liveViewers: 'live_viewers',
  orders: 'orders',
  gmv: 'gmv_fen / 100.0',
  watchTimeSeconds: 'watch_time_seconds',
  // Engagement = likes + comments + shares + saves; a day with none of them exported has no value.
  engagement: `CASE WHEN likes IS NULL AND comments IS NULL AND shares IS NULL AND saves IS NULL THEN NULL
    ELSE COALESCE(likes, 0) + COALESCE(comments, 0) + COALESCE(shares, 0) + COALESCE(saves, 0) END`,
  // GPM = GMV per 1,000 views; undefined on a day without views.
  gpm: 'CASE WHEN views > 0 AND gmv_fen IS NOT NULL THEN gmv_fen / 100.0 / views * 1000 END',
};

export interface MetricRow {
  accountId: string;
  granularity: Granularity;
  periodStart: string;
  /** API units: GMV in yuan. */
  values: MetricValues;
}

function columnValues(values: MetricValues): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const field of metricFields) {
    const v = values[field];
    out[metricColumns[field]] = v === null ? null : field === 'gmv' ? Math.round(v * 100) : Math.round(v);
  }
  return out;
}

const assignments = Object.values(metricColumns)
  .map((c) => `${c} = COALESCE(excluded.${c}, ${c})`)
  .join(', ');
const columnList = Object.values(metricColumns).join(', ');
const paramList = Object.values(metricColumns)
  .map((c) => `@${c}`)
  .join(', ');

/**
 * Inserts or updates one period. A re-import overwrites the metrics it carries and keeps the ones it
 * does not (a GMV-only file must not erase yesterday's imported views).
 */
export function upsertAccountMetrics(db: Db, row: MetricRow, source: string, at: string): void {
  db.prepare(
    `INSERT INTO account_metrics (account_id, granularity, period_start, ${columnList}, source, imported_at)
     VALUES (@accountId, @granularity, @periodStart, ${paramList}, @source, @at)
     ON CONFLICT (account_id, granularity, period_start) DO UPDATE SET ${assignments},
       source = excluded.source, imported_at = excluded.imported_at`,
  ).run({
    accountId: row.accountId,
    granularity: row.granularity,
    periodStart: row.periodStart,
    ...columnValues(row.values),
    source,
    at,
  });
}

export function upsertContentMetrics(
  db: Db,
  row: MetricRow & { workspaceId: string; contentId: string },
  source: string,
  at: string,
): void {
  db.prepare(
    `INSERT INTO content_metrics (workspace_id, account_id, content_id, granularity, period_start, ${columnList}, source, imported_at)
     VALUES (@workspaceId, @accountId, @contentId, @granularity, @periodStart, ${paramList}, @source, @at)
     ON CONFLICT (content_id, granularity, period_start) DO UPDATE SET ${assignments},
       source = excluded.source, imported_at = excluded.imported_at`,
  ).run({
    workspaceId: row.workspaceId,
    accountId: row.accountId,
    contentId: row.contentId,
    granularity: row.granularity,
    periodStart: row.periodStart,
    ...columnValues(row.values),
    source,
    at,
  });
}

export function accountMetricsExists(
  db: Db,
  accountId: string,
  granularity: Granularity,
  periodStart: string,
): boolean {
  return (
    db
      .prepare<[string, string, string], { n: number }>(
        'SELECT 1 AS n FROM account_metrics WHERE account_id = ? AND granularity = ? AND period_start = ?',
      )
      .get(accountId, granularity, periodStart) !== undefined
  );
}

export function contentMetricsExists(
  db: Db,
  contentId: string,
  granularity: Granularity,
  periodStart: string,
): boolean {
  return (
    db
      .prepare<[string, string, string], { n: number }>(
        'SELECT 1 AS n FROM content_metrics WHERE content_id = ? AND granularity = ? AND period_start = ?',
      )
      .get(contentId, granularity, periodStart) !== undefined
  );
}

/** The granularity an account's history is kept in: daily when it has any daily rows. */
export function defaultGranularity(db: Db, accountId: string): Granularity {
  const row = db
    .prepare<[string], { granularity: Granularity }>(
      `SELECT granularity FROM account_metrics WHERE account_id = ?
       GROUP BY granularity ORDER BY granularity = 'day' DESC LIMIT 1`,
    )
    .get(accountId);
  return row?.granularity ?? 'day';
}

export function readSeries(
  db: Db,
  q: {
    accountId: string;
    metric: SeriesMetric;
    granularity: Granularity;
    from?: string | undefined;
    to?: string | undefined;
  },
): { date: string; value: number }[] {
  return db
    .prepare<
      { accountId: string; granularity: string; from: string | null; to: string | null },
      { date: string; value: number | null }
    >(
      `SELECT period_start AS date, ${seriesExpressions[q.metric]} AS value FROM account_metrics
       WHERE account_id = @accountId AND granularity = @granularity
         AND (@from IS NULL OR period_start >= @from) AND (@to IS NULL OR period_start <= @to)
       ORDER BY period_start`,
    )
    .all({ accountId: q.accountId, granularity: q.granularity, from: q.from ?? null, to: q.to ?? null })
    .filter((p): p is { date: string; value: number } => p.value !== null && Number.isFinite(p.value));
}

/** Per-post totals of a metric for an account's content items (the per-post distribution). */
export function perPostTotals(db: Db, accountId: string, metric: SeriesMetric): number[] {
  return db
    .prepare<[string], { value: number | null }>(
      `SELECT SUM(${seriesExpressions[metric]}) AS value FROM content_metrics WHERE account_id = ?
       GROUP BY content_id`,
    )
    .all(accountId)
    .map((r) => r.value)
    .filter((v): v is number => v !== null && Number.isFinite(v));
}

export interface OverviewRow {
  account_id: string;
  days: number;
  views: number | null;
  engagement: number | null;
  gmv_fen: number | null;
  new_followers: number | null;
}

/** Daily totals per account over the `days` days up to each workspace's latest daily row. */
export function overviewTotals(
  db: Db,
  workspaceId: string,
  days: number,
): { rows: OverviewRow[]; from: string | null; to: string | null } {
  const last = db
    .prepare<[string], { last: string | null }>(
      `SELECT MAX(m.period_start) AS last FROM account_metrics m JOIN accounts a ON a.id = m.account_id
       WHERE a.workspace_id = ? AND m.granularity = 'day'`,
    )
    .get(workspaceId)?.last;
  if (!last) return { rows: [], from: null, to: null };
  const from = db
    .prepare<[string, string], { d: string }>('SELECT date(?, ?) AS d')
    .get(last, `-${days - 1} days`)!.d;
  const rows = db
    .prepare<[string, string, string], OverviewRow>(
      `SELECT m.account_id, COUNT(*) AS days, SUM(m.views) AS views,
         SUM(COALESCE(m.likes, 0) + COALESCE(m.comments, 0) + COALESCE(m.shares, 0) + COALESCE(m.saves, 0)) AS engagement,
         SUM(m.gmv_fen) AS gmv_fen, SUM(m.new_followers) AS new_followers
       FROM account_metrics m JOIN accounts a ON a.id = m.account_id
       WHERE a.workspace_id = ? AND m.granularity = 'day' AND m.period_start BETWEEN ? AND ?
       GROUP BY m.account_id`,
    )
    .all(workspaceId, from, last);
  return { rows, from, to: last };
}
