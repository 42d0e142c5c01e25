import type {
  Granularity,
  ImportField,
  MetricsImportPreview,
  MetricsImportPreviewInput,
} from '../../../../shared/domain/metrics';
import type { Db } from '../../db/types';
import { invalidInput } from '../../errors';
import type { RowSource } from '../../imports/rowSource';
import { collectDays, createRowParser, granularityFromDays, type ParsedRow } from '../parseImport';
import { duplicateMessage, rowKey } from '../duplicatePeriod';
import { existingMetricKeys, importAccounts, importContentItems, type ImportAccountRow } from '../repo';
import { ErrorCollector, planOf, type ImportPlan } from './plan';
import { keyChunks, scanRows } from './scan';
import { catalogueFingerprint, previewedRowsCollector, type PreviewedRows } from './previewedRows';

const PREVIEW_ROWS = 200;
const PREVIEW_ERRORS = 1000;
/** Keys per existence query: large enough to be few queries, small enough for one JSON argument. */
export const KEY_CHUNK = 5000;
/** Rows between progress reports (and cancel checks) of a preview running as a job. */
const PROGRESS_ROWS = 5000;

/** A preview run as a job reports rows read and stops at cancel (it writes nothing, so nothing rolls back). */
export interface PreviewHooks {
  onProgress(done: number, total: number): void;
  checkpoint(): void;
}

export interface ReadOptions {
  mapping?: MetricsImportPreviewInput['mapping'];
  granularity: 'auto' | Granularity;
  accountId?: string | undefined;
  /** Today in the workspace's zone: where dates without a year are placed. */
  referenceDay?: string | undefined;
}

export interface ImportFile {
  sessionId: string;
  fileName: string;
  source: RowSource;
}

/** Resolves the account a file without an account column belongs to; a stranger account names the field. */
export function chosenAccount(
  accounts: readonly ImportAccountRow[],
  accountId: string | null | undefined,
): ImportAccountRow | undefined {
  if (accountId === undefined || accountId === null) return undefined;
  const account = accounts.find((a) => a.id === accountId);
  if (!account) {
    throw invalidInput(
      ['accountId'],
      `Account ${accountId} is not in this workspace`,
      'metricsImport.unknownAccount',
      { accountId },
    );
  }
  return account;
}

/**
 * Reads the whole file once (streamed) and says what a commit would do: counts, per-account ranges, the
 * first rows and errors, inserts vs updates (one set query per chunk of keys, not a query per row). The
 * valid rows are kept (`rows`, see previewedRows.ts) so the commit need not read the file again.
 */
export function previewImport(
  db: Db,
  workspace: { id: string; timeZone: string },
  file: ImportFile,
  options: ReadOptions,
  hooks?: PreviewHooks,
): { preview: MetricsImportPreview; plan: ImportPlan; rows: PreviewedRows | null } {
  const accounts = importAccounts(db, workspace.id);
  const account = chosenAccount(accounts, options.accountId);
  const contentItems = importContentItems(db, workspace.id);
  const parser = createRowParser(file.source.headers, {
    mapping: options.mapping,
    granularity: options.granularity,
    account,
    accounts,
    contentItems,
    timeZone: workspace.timeZone,
    referenceDay: options.referenceDay,
  });
  const forced = options.granularity === 'auto' ? null : options.granularity;

  const errors = new ErrorCollector(PREVIEW_ERRORS);
  const sample: ParsedRow[] = [];
  const days = new Map<string, Set<number>>();
  const perAccount = new Map<string, { rows: number; from: string; to: string }>();
  let totalRows = 0;
  let errorRows = 0;
  const kept = previewedRowsCollector(file.source.rowCount);
  hooks?.onProgress(0, file.source.rowCount);
  const seen = scanRows(file.source, parser, forced, (row, rowErrors) => {
    totalRows++;
    if (hooks && totalRows % PROGRESS_ROWS === 0) {
      hooks.onProgress(totalRows, file.source.rowCount);
      hooks.checkpoint();
    }
    if (sample.length < PREVIEW_ROWS) sample.push(row);
    errors.add(rowErrors);
    collectDays(days, row);
    if (row.error || !row.date || !row.accountId) {
      if (row.error) errorRows++;
      return;
    }
    kept?.add(row.accountId, row.contentId, row.date, row.values);
    const entry = perAccount.get(row.accountId);
    if (!entry) perAccount.set(row.accountId, { rows: 1, from: row.date, to: row.date });
    else {
      entry.rows++;
      if (row.date < entry.from) entry.from = row.date;
      if (row.date > entry.to) entry.to = row.date;
    }
  });
  const granularity = forced ?? granularityFromDays(parser.mapping.date!, days);
  if (forced === null) {
    // Duplicates were found before the granularity was known: name the period now.
    for (const error of errors.kept) {
      const first = error.params?.['row'];
      if (error.code === 'row.duplicatePeriod' && typeof first === 'number') {
        error.message = duplicateMessage(parser.level === 'content', first, granularity);
      }
    }
  }

  const sampleKeys = new Set(sample.filter((r) => !r.error && r.date).map(rowKey));
  const storedSampleKeys = new Set<string>();
  let updates = 0;
  for (const chunk of keyChunks(seen.keys(), KEY_CHUNK)) {
    const stored = existingMetricKeys(db, parser.level, granularity, chunk);
    updates += stored.size;
    for (const key of stored) if (sampleKeys.has(key)) storedSampleKeys.add(key);
  }
  hooks?.onProgress(totalRows, file.source.rowCount);
  const validRows = seen.size;
  const byId = new Map(accounts.map((a) => [a.id, a]));

  const preview: MetricsImportPreview = {
    sessionId: file.sessionId,
    fileName: file.fileName,
    format: file.source.format,
    encoding: file.source.encoding,
    headers: file.source.headers,
    mapping: parser.mapping as Record<ImportField, string | null>,
    unmapped: parser.unmapped,
    granularity,
    level: parser.level,
    totalRows,
    validRows,
    errorRows,
    inserts: validRows - updates,
    updates,
    accounts: [...perAccount.entries()].map(([accountId, e]) => {
      const a = byId.get(accountId)!;
      return { accountId, handle: a.handle, displayName: a.displayName, ...e };
    }),
    errors: errors.kept,
    errorCount: errors.count,
    notes: [...parser.assumedYears].map(([year, count]) => ({
      code: 'note.yearAssumedToday',
      message: `${count} rows give a date without a year; read as ${year}, the year nearest today`,
      params: { year, count },
    })),
    rows: sample.map((r) => ({
      rowNumber: r.rowNumber,
      date: r.date,
      accountId: r.accountId,
      accountLabel: r.accountLabel,
      contentId: r.contentId,
      values: r.values,
      action:
        r.error || !r.date || !r.accountId ? 'error' : storedSampleKeys.has(rowKey(r)) ? 'update' : 'insert',
    })),
  };
  const catalogue = catalogueFingerprint(accounts, parser.level === 'content' ? contentItems : null);
  return {
    preview,
    plan: planOf(preview, account?.id ?? null, options.referenceDay),
    rows: kept?.finish(catalogue, workspace.timeZone) ?? null,
  };
}
