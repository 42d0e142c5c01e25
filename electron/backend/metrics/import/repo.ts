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
const conflictKey: Record<Level, string> = {
  account: 'account_id, granularity, period_start',
  content: 'content_id, granularity, period_start',
};
const width = (level: Level) => keyColumns[level].length + metricFields.length + 2;

function upsertSql(level: Level, rows: number): string {
  const table = level === 'content' ? 'content_metrics' : 'account_metrics';
  const tuple = `(${new Array<string>(width(level)).fill('?').join(', ')})`;
  return `INSERT INTO ${table} (${keyColumns[level].join(', ')}, ${columnList}, source, imported_at)
    VALUES ${new Array<string>(rows).fill(tuple).join(', ')}
    ON CONFLICT (${conflictKey[level]}) DO UPDATE SET ${assignments},
      source = excluded.source, imported_at = excluded.imported_at`;
}

// Prepared once per connection, level and row count (a full batch, and one row for the remainder).
// Bound from one array (better-sqlite3 binds an array's items as the anonymous parameters).
const statementCache = new WeakMap<Db, Map<string, BetterSqlite3.Statement<[Bound[]]>>>();
function upsertStatements(db: Db, level: Level, rows: number): BetterSqlite3.Statement<[Bound[]]> {
  let byKey = statementCache.get(db);
  if (!byKey) {
    byKey = new Map();
    statementCache.set(db, byKey);
  }
  const key = `${level}:${rows}`;
  let statement = byKey.get(key);
  if (!statement) {
    statement = db.prepare<[Bound[]]>(upsertSql(level, rows));
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
  let queued = 0;

  const put = (row: ImportedMetricRow, at: number) => {
    let i = at;
    if (level === 'content') {
      params[i++] = target.workspaceId;
      params[i++] = row.accountId;
      params[i++] = row.contentId;
    } else params[i++] = row.accountId;
    params[i++] = target.granularity;
    params[i++] = row.date;
    for (const field of metricFields) {
      const v = row.values[field];
      params[i++] = v === null ? null : Math.round(field === 'gmv' ? v * 100 : v);
    }
    params[i++] = target.source;
    params[i] = target.at;
  };

  return {
    add(row) {
      put(row, queued * rowWidth);
      queued++;
      if (queued === BATCH_ROWS) {
        batch.run(params);
        queued = 0;
      }
    },
    flush() {
      // The remainder row by row: fewer than a batch, not worth a statement per count.
      for (let r = 0; r < queued; r++) single.run(params.slice(r * rowWidth, (r + 1) * rowWidth));
      queued = 0;
    },
  };
}
