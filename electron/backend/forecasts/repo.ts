import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import { afterCursorSql, cursorParams, orderBySql, toPage, type SortKey } from '../paging/keyset';
import type { Page } from '../../../shared/api/paging';
import type { ForecastRun } from '../../../shared/domain/forecastRun';
import type { ForecastMetric, Granularity } from '../../../shared/domain/metrics';

/** What a run was computed from, kept so accuracy can be scored against the same history later. */
export interface RunInputs {
  points: { date: string; value: number }[];
  includePlanned: boolean;
  kind: 'count' | 'amount';
}

interface RunRow {
  id: string;
  workspace_id: string;
  account_id: string;
  metric: ForecastMetric;
  frequency: Granularity;
  horizon: number;
  method: string;
  history_points: number;
  history_end: string | null;
  insufficient_history: number;
  inputs_json: string;
  parameters_json: string;
  outputs_json: string;
  created_at: string;
}

export interface StoredRun {
  run: ForecastRun;
  inputs: RunInputs;
}

function toStored(row: RunRow): StoredRun {
  const outputs = JSON.parse(row.outputs_json) as Pick<ForecastRun, 'quantiles' | 'planned'>;
  return {
    run: {
      id: row.id,
      workspaceId: row.workspace_id,
      accountId: row.account_id,
      metric: row.metric,
      frequency: row.frequency,
      horizon: row.horizon,
      method: row.method,
      historyPoints: row.history_points,
      historyEnd: row.history_end,
      insufficientHistory: row.insufficient_history === 1,
      quantiles: outputs.quantiles,
      planned: outputs.planned,
      parameters: JSON.parse(row.parameters_json) as ForecastRun['parameters'],
      createdAt: row.created_at,
    },
    inputs: JSON.parse(row.inputs_json) as RunInputs,
  };
}

export function insertRun(db: Db, id: string, run: ForecastRun, inputs: RunInputs): void {
  prepared(
    db,
    `INSERT INTO forecast_runs (id, workspace_id, account_id, metric, frequency, horizon, method, history_points,
       history_end, insufficient_history, inputs_json, parameters_json, outputs_json, created_at)
     VALUES (@id, @workspaceId, @accountId, @metric, @frequency, @horizon, @method, @historyPoints,
       @historyEnd, @insufficient, @inputs, @parameters, @outputs, @createdAt)`,
  ).run({
    id,
    workspaceId: run.workspaceId,
    accountId: run.accountId,
    metric: run.metric,
    frequency: run.frequency,
    horizon: run.horizon,
    method: run.method,
    historyPoints: run.historyPoints,
    historyEnd: run.historyEnd,
    insufficient: run.insufficientHistory ? 1 : 0,
    inputs: JSON.stringify(inputs),
    parameters: JSON.stringify(run.parameters),
    outputs: JSON.stringify({ quantiles: run.quantiles, planned: run.planned }),
    createdAt: run.createdAt,
  });
}

export function listRuns(
  db: Db,
  q: {
    workspaceId?: string | undefined;
    accountId?: string | undefined;
    metric?: string | undefined;
    limit: number;
  },
): StoredRun[] {
  return prepared<
    { ws: string | null; account: string | null; metric: string | null; limit: number },
    RunRow
  >(
    db,
    `SELECT * FROM forecast_runs
       WHERE (@ws IS NULL OR workspace_id = @ws) AND (@account IS NULL OR account_id = @account)
         AND (@metric IS NULL OR metric = @metric)
       ORDER BY created_at DESC, rowid DESC LIMIT @limit`,
  )
    .all({
      ws: q.workspaceId ?? null,
      account: q.accountId ?? null,
      metric: q.metric ?? null,
      limit: q.limit,
    })
    .map(toStored);
}

export function deleteRunRow(db: Db, id: string): boolean {
  return prepared(db, 'DELETE FROM forecast_runs WHERE id = ?').run(id).changes > 0;
}

export interface AccountItemRow {
  id: string;
  title: string;
  planned_at: string;
  status: string;
  /** The item's own tags and its products' free tags, in link order (resolved to taxonomy ids later). */
  tags: string[];
}

/**
 * The account's published items (its usual rate and typical match) and its other non-cancelled items
 * planned in [from, to) (UTC instants around the horizon), with their tags and their products' tags.
 * The published items come from `content_published_by_account` (0400) and the horizon's from
 * `content_by_account_time`, so the account's other items (ideas months ahead) are never read. The tag
 * queries take the chosen items as one bound JSON array and answer with its positions; the products'
 * tags are read once per distinct product (an account's items share a few: 8 for 454 links on the agency
 * bench) instead of once per link.
 */
export function accountItemsWithTargets(
  db: Db,
  accountId: string,
  window: { from: string; to: string },
): AccountItemRow[] {
  const items = prepared<
    { account: string; from: string; to: string },
    Omit<AccountItemRow, 'tags'> & { row_id: number }
  >(
    db,
    `SELECT id, title, planned_at, status, rowid AS row_id FROM content_items
       WHERE account_id = @account AND status = 'published'
     UNION ALL
     SELECT id, title, planned_at, status, rowid AS row_id FROM content_items
       WHERE account_id = @account AND planned_at >= @from AND planned_at < @to
         AND status NOT IN ('published', 'cancelled')
     ORDER BY planned_at, row_id`,
  )
    .all({ account: accountId, ...window })
    .map(({ id, title, planned_at, status }): AccountItemRow => ({
      id,
      title,
      planned_at,
      status,
      tags: [],
    }));
  const chosen = { ids: JSON.stringify(items.map((r) => r.id)) };
  for (const t of prepared<typeof chosen, { item: number; tag: string }>(
    db,
    `SELECT c.key AS item, t.tag FROM json_each(@ids) c JOIN content_item_tags t ON t.item_id = c.value
     ORDER BY c.key, t.position`,
  ).all(chosen))
    items[t.item]?.tags.push(t.tag);
  const links = prepared<typeof chosen, { item: number; product_id: string }>(
    db,
    `SELECT c.key AS item, l.product_id FROM json_each(@ids) c JOIN content_item_products l ON l.item_id = c.value
     ORDER BY c.key, l.position`,
  ).all(chosen);
  const products = { ids: JSON.stringify([...new Set(links.map((l) => l.product_id))]) };
  const tagsOfProduct = new Map<string, string[]>();
  // Joined to products: a link to a product that is gone adds no tags.
  for (const t of prepared<typeof products, { product_id: string; tag: string }>(
    db,
    `SELECT p.id AS product_id, pt.tag FROM json_each(@ids) c JOIN products p ON p.id = c.value
     JOIN product_tags pt ON pt.product_id = p.id
     ORDER BY c.key, pt.position`,
  ).all(products)) {
    const tags = tagsOfProduct.get(t.product_id);
    if (tags) tags.push(t.tag);
    else tagsOfProduct.set(t.product_id, [t.tag]);
  }
  for (const l of links) {
    const tags = tagsOfProduct.get(l.product_id);
    if (tags) items[l.item]?.tags.push(...tags);
  }
  return items;
}

/** Newest first; the rowid breaks ties between runs saved in the same millisecond. */
const runPageKeys: readonly SortKey[] = [
  { sql: 'created_at', dir: 'desc' },
  { sql: 'rowid', dir: 'desc' },
];

/**
 * One page of stored runs, keyset on `created_at` and the rowid (indexes `forecast_runs_by_account` and
 * `forecast_runs_by_workspace`). The WHERE is built from the filters given instead of `(@x IS NULL OR …)`,
 * which keeps SQLite off those indexes.
 */
export function pageRuns(
  db: Db,
  q: { workspaceId?: string | undefined; accountId?: string | undefined; metric?: string | undefined },
  cursor: string | undefined,
  limit: number,
): Page<ForecastRun> {
  const filters = {
    ws: ['workspace_id = @ws', q.workspaceId],
    account: ['account_id = @account', q.accountId],
    metric: ['metric = @metric', q.metric],
  } as const;
  const where: string[] = [];
  const params: Record<string, string> = {};
  for (const [name, [sql, value]] of Object.entries(filters)) {
    if (value === undefined) continue;
    where.push(sql);
    params[name] = value;
  }
  const filter = where.join(' AND ');
  const after = cursor ? cursorParams(cursor, runPageKeys.length) : null;
  const rows = prepared<Record<string, unknown>, RunRow & { row_id: number }>(
    db,
    `SELECT *, rowid AS row_id FROM forecast_runs
     WHERE ${filter}${after ? ` AND ${afterCursorSql(runPageKeys)}` : ''}
     ORDER BY ${orderBySql(runPageKeys)} LIMIT @limit`,
  ).all({ ...params, ...after, limit: limit + 1 });
  const total = prepared<Record<string, unknown>, { n: number }>(
    db,
    `SELECT count(*) AS n FROM forecast_runs WHERE ${filter}`,
  ).get(params)!.n;
  return toPage(
    rows,
    limit,
    total,
    (row) => [row.created_at, row.row_id],
    (row) => toStored(row).run,
  );
}
