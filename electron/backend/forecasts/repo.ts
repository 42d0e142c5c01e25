import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
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
  /** Ids of linked products, in link order: part of the key that says two items target the same tags. */
  productIds: string[];
}

/**
 * Every non-cancelled item of an account with its tags and its products' tags: three set queries (items,
 * item tags, product tags through the links) instead of two correlated subqueries per item and a product
 * lookup per link, which made a forecast with planned content 70× slower than one without.
 */
export function accountItemsWithTargets(db: Db, accountId: string): AccountItemRow[] {
  const items = prepared<[string], Omit<AccountItemRow, 'tags' | 'productIds'>>(
    db,
    `SELECT id, title, planned_at, status FROM content_items
     WHERE account_id = ? AND status <> 'cancelled' ORDER BY planned_at`,
  )
    .all(accountId)
    .map((r): AccountItemRow => ({ ...r, tags: [], productIds: [] }));
  const byId = new Map(items.map((r) => [r.id, r]));
  const itemTags = prepared<[string], { item_id: string; tag: string }>(
    db,
    `SELECT t.item_id, t.tag FROM content_items c JOIN content_item_tags t ON t.item_id = c.id
     WHERE c.account_id = ? AND c.status <> 'cancelled' ORDER BY t.item_id, t.position`,
  ).all(accountId);
  for (const t of itemTags) byId.get(t.item_id)?.tags.push(t.tag);
  const productTags = prepared<[string], { item_id: string; product_id: string; tag: string | null }>(
    db,
    `SELECT l.item_id, l.product_id, pt.tag FROM content_items c
     JOIN content_item_products l ON l.item_id = c.id
     JOIN products p ON p.id = l.product_id
     LEFT JOIN product_tags pt ON pt.product_id = l.product_id
     WHERE c.account_id = ? AND c.status <> 'cancelled' ORDER BY l.item_id, l.position, pt.position`,
  ).all(accountId);
  for (const t of productTags) {
    const row = byId.get(t.item_id);
    if (!row) continue;
    if (row.productIds.at(-1) !== t.product_id) row.productIds.push(t.product_id);
    if (t.tag !== null) row.tags.push(t.tag);
  }
  return items;
}
