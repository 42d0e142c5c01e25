import type { Db } from '../../db/types';
import { assertImportCommittable } from '../../imports/commitGate';
import type { RowSource } from '../../imports/rowSource';
import { boundMetricsWriter, importAccounts, importContentItems, lastMetricsRowid } from '../repo';
import {
  assertCommittable,
  CHECKPOINT_ROWS,
  commitImport,
  type CommitHooks,
  type CommitOutcome,
} from './commit';
import type { ImportPlan } from './plan';
import {
  catalogueFingerprint,
  distinctAccounts,
  forEachPreviewedRow,
  type PreviewedRows,
} from './previewedRows';

export interface PreviewedCommitInput {
  workspaceId: string;
  timeZone: string;
  /** Stored as each row's source. */
  fileName: string;
  plan: ImportPlan;
  /** The rows the plan's preview kept, or null when none were kept (or they were let go). */
  rows: PreviewedRows | null;
  skipInvalidRows: boolean;
  /** UTC ISO time stamped on every row. */
  at: string;
  /** The file as rows, opened only when the kept rows cannot be written. */
  openSource(): Promise<RowSource>;
}

/**
 * Writes what the preview decided: the rows it kept when they still hold, else the file read and parsed
 * again (commit.ts), with the same outcome either way. Both write in one transaction, all or nothing.
 */
export async function commitPreviewed(
  db: Db,
  input: PreviewedCommitInput,
  hooks: CommitHooks = {},
): Promise<CommitOutcome> {
  assertCommittable(input.plan, input.skipInvalidRows);
  const kept = input.rows && commitKeptRows(db, { ...input, rows: input.rows }, hooks);
  if (kept) return kept;
  return commitImport(db, { ...input, source: await input.openSource() }, hooks);
}

/**
 * The kept rows written by one prepared upsert each, nothing read or parsed. They are only written if
 * reading the file now would give them: the same count as the plan, the same time zone, and the same
 * accounts and content items to match against (checked inside the write transaction, so nothing can
 * change between the check and the writes); otherwise null, and nothing was written.
 */
export function commitKeptRows(
  db: Db,
  input: Omit<PreviewedCommitInput, 'openSource'> & { rows: PreviewedRows },
  hooks: CommitHooks,
): CommitOutcome | null {
  const { plan, rows } = input;
  if (rows.count !== plan.validRows || rows.timeZone !== input.timeZone) return null;
  const writeRow = boundMetricsWriter(db, {
    level: plan.level,
    workspaceId: input.workspaceId,
    granularity: plan.granularity,
    source: input.fileName,
    at: input.at,
  });
  // IMMEDIATE: the write lock from the start, so the catalogue checked is the one the rows are written
  // against (a deferred transaction could see another connection's change land before its first write).
  return db
    .transaction((): CommitOutcome | null => {
      const catalogue = catalogueFingerprint(
        importAccounts(db, input.workspaceId),
        plan.level === 'content' ? importContentItems(db, input.workspaceId) : null,
      );
      if (catalogue !== rows.catalogue) return null;
      const rowidBefore = lastMetricsRowid(db, plan.level);
      let written = 0;
      let chunkRows = 0;
      forEachPreviewedRow(rows, (accountId, contentId, date, offset) => {
        writeRow(accountId, contentId, date, rows.values, offset);
        written++;
        if (++chunkRows >= CHECKPOINT_ROWS) {
          chunkRows = 0;
          hooks.onProgress?.(written, plan.validRows);
          hooks.checkpoint?.();
        }
      });
      hooks.onProgress?.(written, plan.validRows);
      // See commitImport: each insert raises the highest rowid by one inside this transaction.
      const inserted = lastMetricsRowid(db, plan.level) - rowidBefore;
      assertImportCommittable({
        invalidRowCount: plan.totalRows - written,
        totalRows: plan.totalRows,
        skipInvalid: true,
        reasonPrefix: 'metricsImport',
      });
      return {
        inserted,
        updated: written - inserted,
        skipped: plan.totalRows - written,
        accounts: distinctAccounts(rows),
        from: rows.dates.reduce<string | null>((a, d) => (a === null || d < a ? d : a), null),
        to: rows.dates.reduce<string | null>((a, d) => (a === null || d > a ? d : a), null),
      };
    })
    .immediate();
}
