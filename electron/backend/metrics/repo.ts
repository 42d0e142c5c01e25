import { perConnection, prepared } from '../paging/statements';
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
  ...metricColumns,
  gmv: 'gmv_fen / 100.0',
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

// Columns in `metricFields` order, the order metricsWriter binds them in.
const columnList = metricFields.map((f) => metricColumns[f]).join(', ');
const paramList = metricFields.map(() => '?').join(', ');
// A re-import overwrites the metrics it carries and keeps the ones it does not. The update only runs on
// a conflict: an insert pays nothing for it.
const assignments = metricFields
  .map((f) => `${metricColumns[f]} = COALESCE(excluded.${metricColumns[f]}, ${metricColumns[f]})`)
  .join(', ');

export type Bound = string | number | null;

export interface ImportAccountRow {
  id: string;
  handle: string;
  displayName: string;
}

export interface ImportContentRow {
  id: string;
  accountId: string;
  title: string;
}

// Prepared once per connection: an import writes hundreds of thousands of rows through them.
const statements = perConnection((db) => {
  // Keys arrive as a JSON array of [id, period_start] pairs: one set query per chunk, each pair a
  // primary-key lookup, instead of one existence query per row.
  const existing = (table: string, idColumn: string) =>
    `SELECT k.value ->> 0 AS id, k.value ->> 1 AS date FROM json_each(?) k
     WHERE EXISTS (SELECT 1 FROM ${table} m WHERE m.${idColumn} = k.value ->> 0
       AND m.granularity = ? AND m.period_start = k.value ->> 1)`;
  return {
    upsertAccount: db.prepare<Bound[]>(
      `INSERT INTO account_metrics (account_id, granularity, period_start, ${columnList}, source, imported_at)
       VALUES (?, ?, ?, ${paramList}, ?, ?)
       ON CONFLICT (account_id, granularity, period_start) DO UPDATE SET ${assignments},
         source = excluded.source, imported_at = excluded.imported_at`,
    ),
    upsertContent: db.prepare<Bound[]>(
      `INSERT INTO content_metrics (workspace_id, account_id, content_id, granularity, period_start, ${columnList}, source, imported_at)
       VALUES (?, ?, ?, ?, ?, ${paramList}, ?, ?)
       ON CONFLICT (content_id, granularity, period_start) DO UPDATE SET ${assignments},
         source = excluded.source, imported_at = excluded.imported_at`,
    ),
    lastAccountRowid: db.prepare<[], { n: number }>(
      'SELECT COALESCE(MAX(rowid), 0) AS n FROM account_metrics',
    ),
    lastContentRowid: db.prepare<[], { n: number }>(
      'SELECT COALESCE(MAX(rowid), 0) AS n FROM content_metrics',
    ),
    existingAccountKeys: db.prepare<[string, string], { id: string; date: string }>(
      existing('account_metrics', 'account_id'),
    ),
    existingContentKeys: db.prepare<[string, string], { id: string; date: string }>(
      existing('content_metrics', 'content_id'),
    ),
    workspaceAccounts: db.prepare<[string], ImportAccountRow>(
      'SELECT id, handle, display_name AS displayName FROM accounts WHERE workspace_id = ?',
    ),
    workspaceContent: db.prepare<[string], ImportContentRow>(
      'SELECT id, account_id AS accountId, title FROM content_items WHERE workspace_id = ?',
    ),
  };
});

/**
 * Inserts or updates one period. A re-import overwrites the metrics it carries and keeps the ones it
 * does not (a GMV-only file must not erase yesterday's imported views).
 */
export function upsertAccountMetrics(db: Db, row: MetricRow, source: string, at: string): void {
  metricsWriter(db, { level: 'account', granularity: row.granularity, source, at })(
    row.accountId,
    null,
    row.periodStart,
    row.values,
  );
}

export function upsertContentMetrics(
  db: Db,
  row: MetricRow & { workspaceId: string; contentId: string },
  source: string,
  at: string,
): void {
  const { workspaceId, granularity } = row;
  metricsWriter(db, { level: 'content', workspaceId, granularity, source, at })(
    row.accountId,
    row.contentId,
    row.periodStart,
    row.values,
  );
}

const count = (v: number | null): number | null => (v === null ? null : Math.round(v));

// Where a row's keys go among an upsert's parameters (the statements' VALUES order); -1: not bound.
const keyPositions = {
  account: { workspace: -1, account: 0, content: -1, granularity: 1, date: 2, metrics: 3 },
  content: { workspace: 0, account: 1, content: 2, granularity: 3, date: 4, metrics: 5 },
} as const;

/** What an import's row writers bind besides each row's keys and metrics. */
export interface MetricsTarget {
  level: 'account' | 'content';
  /** Bound on content rows only. */
  workspaceId?: string | undefined;
  granularity: Granularity;
  source: string;
  at: string;
}

/** A row's metrics as the upsert binds them (counts whole, GMV yuan → fen) into `out` from `i`. */
export function bindMetrics(v: MetricValues, out: Bound[], i: number): void {
  // Field by field rather than a loop over metricFields: a property read by a changing name costs
  // more than the write itself at this rate.
  out[i++] = count(v.views);
  out[i++] = count(v.likes);
  out[i++] = count(v.comments);
  out[i++] = count(v.shares);
  out[i++] = count(v.saves);
  out[i++] = count(v.newFollowers);
  out[i++] = count(v.liveViewers);
  out[i++] = count(v.orders);
  out[i++] = v.gmv === null ? null : Math.round(v.gmv * 100);
  out[i] = count(v.watchTimeSeconds);
}

/**
 * One prepared single-row upsert per row, its parameters spread from one reused array (`args`, with
 * the target's fixed values in place; `at` says where the row's own go). Measured on 200k rows in one
 * transaction, this costs the same as a bare upsert of the same rows, while a 100-row multi-VALUES
 * statement cost 1.2× and passing the array itself (not spread) 1.15×.
 */
function upsertRun(db: Db, target: MetricsTarget) {
  const at = keyPositions[target.level];
  const upsert = target.level === 'account' ? statements(db).upsertAccount : statements(db).upsertContent;
  const args = new Array<Bound>(at.metrics + metricFields.length + 2).fill(null);
  if (at.workspace >= 0) args[at.workspace] = target.workspaceId ?? null;
  args[at.granularity] = target.granularity;
  args[at.metrics + metricFields.length] = target.source;
  args[at.metrics + metricFields.length + 1] = target.at;
  const keys = (accountId: string, contentId: string | null, date: string) => {
    args[at.account] = accountId;
    if (at.content >= 0) args[at.content] = contentId;
    args[at.date] = date;
  };
  return { at, args, keys, run: () => upsert.run(...args) };
}

/** The import's row writer for parsed rows (metrics in API units, `metricFields` order). */
export function metricsWriter(
  db: Db,
  target: MetricsTarget,
): (accountId: string, contentId: string | null, date: string, values: MetricValues) => void {
  const { at, args, keys, run } = upsertRun(db, target);
  return (accountId, contentId, date, v) => {
    keys(accountId, contentId, date);
    bindMetrics(v, args, at.metrics);
    run();
  };
}

/**
 * The row writer for rows a preview kept already bound (`bindMetrics`' values, NaN for null, one row
 * every `metricFields.length` numbers of `values` from `offset`): nothing left to convert per row.
 */
export function boundMetricsWriter(
  db: Db,
  target: MetricsTarget,
): (accountId: string, contentId: string | null, date: string, values: Float64Array, offset: number) => void {
  const { at, args, keys, run } = upsertRun(db, target);
  const end = at.metrics + metricFields.length;
  return (accountId, contentId, date, values, offset) => {
    keys(accountId, contentId, date);
    for (let i = at.metrics, j = offset; i < end; i++, j++) {
      const value = values[j]!;
      args[i] = value !== value ? null : value;
    }
    run();
  };
}

/** Which of the (account or content item, period) keys are stored already, as `id|period` strings. */
export function existingMetricKeys(
  db: Db,
  level: 'account' | 'content',
  granularity: Granularity,
  keys: readonly (readonly [string, string])[],
): Set<string> {
  if (keys.length === 0) return new Set();
  const s = statements(db);
  const statement = level === 'content' ? s.existingContentKeys : s.existingAccountKeys;
  return new Set(statement.all(JSON.stringify(keys), granularity).map((r) => `${r.id}|${r.date}`));
}

/**
 * The highest rowid of a level's metric table. A new row takes the highest rowid plus one, so inside one
 * transaction that deletes nothing, the rise of this number is the count of rows inserted: an import
 * tells its inserts from its updates with two lookups, not a query per row or per account.
 */
export function lastMetricsRowid(db: Db, level: 'account' | 'content'): number {
  const s = statements(db);
  return (level === 'content' ? s.lastContentRowid : s.lastAccountRowid).get()!.n;
}

export function importAccounts(db: Db, workspaceId: string): ImportAccountRow[] {
  return statements(db).workspaceAccounts.all(workspaceId);
}

export function importContentItems(db: Db, workspaceId: string): ImportContentRow[] {
  return statements(db).workspaceContent.all(workspaceId);
}

/** The granularity an account's history is kept in: daily when it has any daily rows. */
export function defaultGranularity(db: Db, accountId: string): Granularity {
  const row = prepared<[string], { granularity: Granularity }>(
    db,
    `SELECT granularity FROM account_metrics WHERE account_id = ?
       GROUP BY granularity ORDER BY granularity = 'day' DESC LIMIT 1`,
  ).get(accountId);
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
  return prepared<
    { accountId: string; granularity: string; from: string | null; to: string | null },
    { date: string; value: number | null }
  >(
    db,
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
  return prepared<[string], { value: number | null }>(
    db,
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

export interface OverviewAccountRow {
  id: string;
  display_name: string;
  handle: string;
  role: 'brand' | 'sales';
  followers: number;
}

/** The workspace's active accounts in the overview's order (role, then creation). */
export function overviewAccounts(db: Db, workspaceId: string): OverviewAccountRow[] {
  return prepared<[string], OverviewAccountRow>(
    db,
    `SELECT id, display_name, handle, role, followers FROM accounts
       WHERE workspace_id = ? AND archived_at IS NULL ORDER BY role, created_at, rowid`,
  ).all(workspaceId);
}

/** Daily totals per account over the `days` days up to each workspace's latest daily row. */
export function overviewTotals(
  db: Db,
  workspaceId: string,
  days: number,
): { rows: OverviewRow[]; from: string | null; to: string | null } {
  const last = prepared<[string], { last: string | null }>(
    db,
    `SELECT MAX(m.period_start) AS last FROM account_metrics m JOIN accounts a ON a.id = m.account_id
       WHERE a.workspace_id = ? AND m.granularity = 'day'`,
  ).get(workspaceId)?.last;
  if (!last) return { rows: [], from: null, to: null };
  const from = prepared<[string, string], { d: string }>(db, 'SELECT date(?, ?) AS d').get(
    last,
    `-${days - 1} days`,
  )!.d;
  const rows = prepared<[string, string, string], OverviewRow>(
    db,
    `SELECT m.account_id, COUNT(*) AS days, SUM(m.views) AS views,
         SUM(COALESCE(m.likes, 0) + COALESCE(m.comments, 0) + COALESCE(m.shares, 0) + COALESCE(m.saves, 0)) AS engagement,
         SUM(m.gmv_fen) AS gmv_fen, SUM(m.new_followers) AS new_followers
       FROM account_metrics m JOIN accounts a ON a.id = m.account_id
       WHERE a.workspace_id = ? AND m.granularity = 'day' AND m.period_start BETWEEN ? AND ?
       GROUP BY m.account_id`,
  ).all(workspaceId, from, last);
  return { rows, from, to: last };
}
