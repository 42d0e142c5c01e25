import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../../db/types';
import { metricFields, type Granularity, type MetricValues } from '../../../../shared/domain/metrics';
import { metricColumns } from '../repo';

/**
 * The import's writes: many rows per INSERT … ON CONFLICT statement, bound from one reused array. A
 * statement per row spends most of its time entering and leaving SQLite, not writing; an import writes
 * hundreds of thousands of rows in one transaction.
 */
export const BATCH_ROWS = 100;

type Level = 'account' | 'content';
type Bound = string | number | null;

// Columns in metricFields order, the order values are bound in.
const columnList = metricFields.map((f) => metricColumns[f]).join(', ');
// A re-import overwrites the metrics it carries and keeps the ones it does not (as upsertAccountMetrics).
const assignments = Object.values(metricColumns)
  .map((c) => `${c} = COALESCE(excluded.${c}, ${c})`)
  .join(', ');
const keyColumns: Record<Level, string[]> = {
  account: ['account_id', 'granularity', 'period_start'],
  content: ['workspace_id', 'account_id', 'content_id', 'granularity', 'period_start'],
};
// What every row of one import shares is bound once per statement by name (@workspaceId, @granularity,
// @source, @at), not once per row: strings cost a copy and a conversion each time they are bound, and
// per row they made the writer a third slower than a plain single-row upsert.
const keyValues: Record<Level, string[]> = {
  account: ['?', '@granularity', '?'],
  content: ['@workspaceId', '?', '?', '@granularity', '?'],
};
const conflictKey: Record<Level, string> = {
  account: 'account_id, granularity, period_start',
  content: 'content_id, granularity, period_start',
};
/** Values bound per row (the anonymous `?` of one tuple). */
const width = (level: Level) => keyValues[level].filter((v) => v === '?').length + metricFields.length;

function upsertSql(level: Level, rows: number): string {
  const table = level === 'content' ? 'content_metrics' : 'account_metrics';
  const tuple = `(${[...keyValues[level], ...metricFields.map(() => '?'), '@source', '@at'].join(', ')})`;
  return `INSERT INTO ${table} (${keyColumns[level].join(', ')}, ${columnList}, source, imported_at)
    VALUES ${new Array<string>(rows).fill(tuple).join(', ')}
    ON CONFLICT (${conflictKey[level]}) DO UPDATE SET ${assignments},
      source = excluded.source, imported_at = excluded.imported_at`;
}

// Prepared once per connection, level and row count (a full batch, and one row for the remainder).
// Bound from one array (better-sqlite3 binds an array's items as the anonymous parameters).
type Shared = Record<string, string>;
const statementCache = new WeakMap<Db, Map<string, BetterSqlite3.Statement<[Bound[], Shared]>>>();
function upsertStatements(db: Db, level: Level, rows: number): BetterSqlite3.Statement<[Bound[], Shared]> {
  let byKey = statementCache.get(db);
  if (!byKey) {
    byKey = new Map();
    statementCache.set(db, byKey);
  }
  const key = `${level}:${rows}`;
  let statement = byKey.get(key);
  if (!statement) {
    statement = db.prepare<[Bound[], Shared]>(upsertSql(level, rows));
    byKey.set(key, statement);
  }
  return statement;
}

export interface ImportedMetricRow {
  accountId: string;
  contentId: string | null;
  /** Period start, YYYY-MM-DD. */
  date: string;
  /** API units: GMV in yuan. */
  values: MetricValues;
}

export interface MetricsBatchWriter {
  /** Queues a row; a full batch is written at once. */
  add(row: ImportedMetricRow): void;
  /** Writes what is queued. Call inside the import's transaction before it commits. */
  flush(): void;
}

/** Writes imported rows of one level and granularity, `BATCH_ROWS` per statement. */
export function metricsBatchWriter(
  db: Db,
  target: { level: Level; workspaceId: string; granularity: Granularity; source: string; at: string },
): MetricsBatchWriter {
  const { level } = target;
  const rowWidth = width(level);
  const batch = upsertStatements(db, level, BATCH_ROWS);
  const single = upsertStatements(db, level, 1);
  const params: Bound[] = new Array<Bound>(rowWidth * BATCH_ROWS).fill(null);
  const shared: Shared = { granularity: target.granularity, source: target.source, at: target.at };
  if (level === 'content') shared['workspaceId'] = target.workspaceId;
  let queued = 0;

  const put = (row: ImportedMetricRow, at: number) => {
    let i = at;
    params[i++] = row.accountId;
    if (level === 'content') params[i++] = row.contentId;
    params[i++] = row.date;
    for (const field of metricFields) {
      const v = row.values[field];
      params[i++] = v === null ? null : Math.round(field === 'gmv' ? v * 100 : v);
    }
  };

  return {
    add(row) {
      put(row, queued * rowWidth);
      queued++;
      if (queued === BATCH_ROWS) {
        batch.run(params, shared);
        queued = 0;
      }
    },
    flush() {
      // The remainder row by row: fewer than a batch, not worth a statement per count.
      for (let r = 0; r < queued; r++) single.run(params.slice(r * rowWidth, (r + 1) * rowWidth), shared);
      queued = 0;
    },
  };
}
