import { createHash } from 'node:crypto';
import { metricFields, type MetricValues } from '../../../../shared/domain/metrics';
import { bindMetrics, type ImportAccountRow, type ImportContentRow } from '../repo';

const WIDTH = metricFields.length;

/**
 * A preview's valid rows, kept so the commit writes them without reading and parsing the file again:
 * plain data (typed arrays over SharedArrayBuffers, string tables), so a preview job's worker hands it
 * to the app and the app to the import job's worker without a copy. Row `r` is account `ids[account[r]]`,
 * content item `ids[content[r]]` (-1: none), period `dates[date[r]]`, and its metrics as the upsert binds
 * them at `values[r * metricFields.length …]` (NaN: no value).
 */
export interface PreviewedRows {
  count: number;
  account: Int32Array;
  content: Int32Array;
  date: Int32Array;
  values: Float64Array;
  ids: string[];
  dates: string[];
  /**
   * What the rows were matched against (`catalogueFingerprint`) and in which time zone their dates were
   * read: when either differs at commit, the file is read again, as if nothing had been kept.
   */
  catalogue: string;
  timeZone: string;
}

/**
 * Kept up to this many rows (≈ 92 bytes a row: 92 MB). A bigger file is read again at commit: one
 * preview's rows held in memory should not outweigh the upload itself many times over.
 */
export const KEEP_ROWS_MAX = 1_000_000;

const shared = <T>(make: (buffer: SharedArrayBuffer) => T, bytes: number): T =>
  make(new SharedArrayBuffer(bytes));

/**
 * Collects valid rows, in file order, into arrays sized for `capacity` rows (the file's row count, so
 * nothing grows); `null` past KEEP_ROWS_MAX.
 */
export function previewedRowsCollector(capacity: number) {
  if (capacity > KEEP_ROWS_MAX) return null;
  const account = shared((b) => new Int32Array(b), capacity * 4);
  const content = shared((b) => new Int32Array(b), capacity * 4);
  const date = shared((b) => new Int32Array(b), capacity * 4);
  const values = shared((b) => new Float64Array(b), capacity * WIDTH * 8);
  const ids: string[] = [];
  const idIndex = new Map<string, number>();
  const dates: string[] = [];
  const dateIndex = new Map<string, number>();
  const bound = new Array<number | null>(WIDTH).fill(null);
  let count = 0;
  const indexOf = (table: string[], index: Map<string, number>, key: string) => {
    let at = index.get(key);
    if (at === undefined) {
      at = table.push(key) - 1;
      index.set(key, at);
    }
    return at;
  };
  return {
    /** A row the commit writes: valid, with its account and period. */
    add(accountId: string, contentId: string | null, period: string, metrics: MetricValues): void {
      if (count >= capacity) throw new Error('More rows than the file counted');
      account[count] = indexOf(ids, idIndex, accountId);
      content[count] = contentId === null ? -1 : indexOf(ids, idIndex, contentId);
      date[count] = indexOf(dates, dateIndex, period);
      bindMetrics(metrics, bound, 0);
      const base = count * WIDTH;
      for (let i = 0; i < WIDTH; i++) values[base + i] = bound[i] ?? NaN;
      count++;
    },
    finish(catalogue: string, timeZone: string): PreviewedRows {
      return { count, account, content, date, values, ids, dates, catalogue, timeZone };
    },
  };
}

/**
 * What an import's rows are matched against: the workspace's accounts (handles and names name them in a
 * file) and, for a content-level file, its content items. A rename or a deletion changes it.
 */
export function catalogueFingerprint(
  accounts: readonly ImportAccountRow[],
  contentItems: readonly ImportContentRow[] | null,
): string {
  const hash = createHash('sha256');
  for (const a of accounts) hash.update(`a\u0000${a.id}\u0000${a.handle}\u0000${a.displayName}\u0001`);
  for (const c of contentItems ?? []) hash.update(`c\u0000${c.id}\u0000${c.accountId}\u0000${c.title}\u0001`);
  return hash.digest('hex');
}

/** Visits the kept rows in file order: the keys as strings, the metrics where they start in `values`. */
export function forEachPreviewedRow(
  rows: PreviewedRows,
  visit: (accountId: string, contentId: string | null, date: string, offset: number) => void,
): void {
  const { ids, dates, account, content, date } = rows;
  for (let r = 0; r < rows.count; r++) {
    const c = content[r]!;
    visit(ids[account[r]!]!, c < 0 ? null : ids[c]!, dates[date[r]!]!, r * WIDTH);
  }
}

/** How many accounts the kept rows belong to. */
export function distinctAccounts(rows: PreviewedRows): number {
  const seen = new Uint8Array(rows.ids.length);
  let accounts = 0;
  for (let r = 0; r < rows.count; r++) {
    const a = rows.account[r]!;
    if (seen[a] === 0) {
      seen[a] = 1;
      accounts++;
    }
  }
  return accounts;
}
