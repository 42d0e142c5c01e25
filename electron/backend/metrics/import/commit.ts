import type { Db } from '../../db/types';
import { assertImportCommittable } from '../../imports/commitGate';
import type { RowSource } from '../../imports/rowSource';
import { createRowParser, type ParsedRow } from '../parseImport';
import {
  countStoredMetrics,
  importAccounts,
  importContentItems,
  upsertAccountMetrics,
  upsertContentMetrics,
} from '../repo';
import type { ImportPlan } from './plan';
import { KEY_CHUNK, chosenAccount } from './preview';
import { scanRows } from './scan';

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
 * all or nothing. Statements are prepared once; which rows exist is asked once per chunk of rows.
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
  let chunk: ParsedRow[] = [];
  let errorRows = 0;

  // Inserted vs updated from each touched account's stored-row count before and after: one count per
  // account, no lookup per row (this transaction is the only writer, so the difference is ours).
  const storedBefore = new Map<string, number>();
  const flush = () => {
    if (chunk.length === 0) return;
    for (const row of chunk) {
      if (!storedBefore.has(row.accountId!)) {
        storedBefore.set(
          row.accountId!,
          countStoredMetrics(db, plan.level, row.accountId!, plan.granularity),
        );
      }
    }
    for (const row of chunk) {
      const base = {
        accountId: row.accountId!,
        granularity: plan.granularity,
        periodStart: row.date!,
        values: row.values,
      };
      if (row.contentId) {
        upsertContentMetrics(
          db,
          { ...base, workspaceId: input.workspaceId, contentId: row.contentId },
          input.fileName,
          input.at,
        );
      } else upsertAccountMetrics(db, base, input.fileName, input.at);
    }
    written += chunk.length;
    chunk = [];
    hooks.onProgress?.(written, plan.validRows);
    hooks.checkpoint?.();
  };

  db.transaction(() => {
    scanRows(input.source, parser, plan.granularity, (row) => {
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
      chunk.push(row);
      if (chunk.length >= KEY_CHUNK) flush();
    });
    flush();
    let storedAfter = 0;
    for (const accountId of storedBefore.keys()) {
      storedAfter += countStoredMetrics(db, plan.level, accountId, plan.granularity);
    }
    inserted = storedAfter - [...storedBefore.values()].reduce((sum, n) => sum + n, 0);
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
