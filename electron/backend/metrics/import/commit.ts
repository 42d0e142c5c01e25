import type { Db } from '../../db/types';
import { assertImportCommittable } from '../../imports/commitGate';
import type { RowSource } from '../../imports/rowSource';
import { createRowParser, type ParsedRow } from '../parseImport';
import { importAccounts, importContentItems, lastMetricsRowid, metricsWriter } from '../repo';
import type { ImportPlan } from './plan';
import { chosenAccount } from './preview';
import { scanRows } from './scan';

/** Rows between progress reports and cancel checks. */
export const CHECKPOINT_ROWS = 10_000;

export interface CommitInput {
  workspaceId: string;
  timeZone: string;
  /** Stored as each row's source. */
  fileName: string;
  source: RowSource;
  plan: ImportPlan;
  skipInvalidRows: boolean;
  /** UTC ISO time stamped on every row. */
  at: string;
}

export interface CommitHooks {
  /** Rows written so far, of the plan's valid rows. */
  onProgress?(done: number, total: number): void;
  /** Called between chunks inside the transaction; throwing rolls the whole import back. */
  checkpoint?(): void;
}

export interface CommitOutcome {
  inserted: number;
  updated: number;
  skipped: number;
  accounts: number;
  from: string | null;
  to: string | null;
}

/** Refuses a commit the preview says cannot go through; checked before any work starts. */
export function assertCommittable(plan: ImportPlan, skipInvalidRows: boolean): void {
  assertImportCommittable({
    invalidRowCount: plan.errorRows,
    totalRows: plan.validRows + plan.errorRows,
    skipInvalid: skipInvalidRows,
    reasonPrefix: 'metricsImport',
  });
}

/**
 * Reads the file again (streamed) with the previewed plan and writes every valid row in one transaction:
 * all or nothing. Each row is one run of a prepared upsert (metricsWriter); nothing is asked per row:
 * inserted vs updated come from the table's highest rowid before and after. A file its preview found clean
 * is not checked for duplicates again (there were none; a row that fails now still stops it).
 */
export function commitImport(db: Db, input: CommitInput, hooks: CommitHooks = {}): CommitOutcome {
  const { plan } = input;
  assertCommittable(plan, input.skipInvalidRows);
  const accounts = importAccounts(db, input.workspaceId);
  const parser = createRowParser(input.source.headers, {
    mapping: plan.mapping,
    granularity: plan.granularity,
    account: chosenAccount(accounts, plan.accountId),
    accounts,
    contentItems: plan.level === 'content' ? importContentItems(db, input.workspaceId) : [],
    timeZone: input.timeZone,
    referenceDay: plan.referenceDay,
  });

  let written = 0;
  let inserted = 0;
  let updated = 0;
  let total = 0;
  let from: string | null = null;
  let to: string | null = null;
  const accountIds = new Set<string>();
  let chunkRows = 0;
  let errorRows = 0;
  const writeRow = metricsWriter(db, {
    level: plan.level,
    workspaceId: input.workspaceId,
    granularity: plan.granularity,
    source: input.fileName,
    at: input.at,
  });

  const write = (row: ParsedRow) => {
    writeRow(row.accountId!, row.contentId, row.date!, row.values);
    written++;
    if (++chunkRows >= CHECKPOINT_ROWS) {
      chunkRows = 0;
      hooks.onProgress?.(written, plan.validRows);
      hooks.checkpoint?.();
    }
  };

  db.transaction(() => {
    // Inserted vs updated from the rise of the table's highest rowid (this transaction is the only
    // writer and deletes nothing, so each insert adds exactly one): nothing asked per row.
    const rowidBefore = lastMetricsRowid(db, plan.level);
    const seen = plan.errorRows === 0 ? null : new Map<string, number>();
    scanRows(
      input.source,
      parser,
      plan.granularity,
      (row) => {
        total++;
        if (row.error || !row.date || !row.accountId) {
          errorRows++;
          // The data changed since the preview (e.g. an account was deleted): what the user approved no longer holds.
          if (!input.skipInvalidRows) assertCommittable({ ...plan, errorRows }, false);
          return;
        }
        accountIds.add(row.accountId);
        if (from === null || row.date < from) from = row.date;
        if (to === null || row.date > to) to = row.date;
        write(row);
      },
      seen,
    );
    hooks.onProgress?.(written, plan.validRows);
    inserted = lastMetricsRowid(db, plan.level) - rowidBefore;
    updated = written - inserted;
    // Rows that became invalid since the preview may leave nothing to write: the same gate refuses it.
    assertImportCommittable({
      invalidRowCount: total - written,
      totalRows: total,
      skipInvalid: true,
      reasonPrefix: 'metricsImport',
    });
  })();
  return { inserted, updated, skipped: total - inserted - updated, accounts: accountIds.size, from, to };
}
