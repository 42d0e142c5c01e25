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
