import type { Db } from '../../db/types';
import { invalidState } from '../../errors';
import type { RowSource } from '../../imports/rowSource';
import { createRowParser, type ParsedRow } from '../parseImport';
import {
  existingMetricKeys,
  importAccounts,
  importContentItems,
  upsertAccountMetrics,
  upsertContentMetrics,
} from '../repo';
import type { ImportPlan } from './plan';
import { KEY_CHUNK, chosenAccount } from './preview';
import { rowKey, scanRows } from './scan';

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
  const { errorRows, validRows } = plan;
  if (errorRows > 0 && !skipInvalidRows) {
    throw invalidState(
      `${errorRows} row${errorRows === 1 ? ' has' : 's have'} errors: fix the file, or commit with skipInvalidRows to leave ${errorRows === 1 ? 'it' : 'them'} out`,
      'metricsImport.rowsHaveErrors',
      { count: errorRows },
    );
  }
  if (validRows === 0) throw invalidState('There are no valid rows to import', 'metricsImport.noValidRows');
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
  });

  let inserted = 0;
  let updated = 0;
  let total = 0;
  let from: string | null = null;
  let to: string | null = null;
  const accountIds = new Set<string>();
  let chunk: ParsedRow[] = [];

  const flush = () => {
    if (chunk.length === 0) return;
    const stored = existingMetricKeys(
      db,
      plan.level,
      plan.granularity,
      chunk.map((r) => [r.contentId ?? r.accountId!, r.date!] as const),
    );
    for (const row of chunk) {
      if (stored.has(rowKey(row))) updated++;
      else inserted++;
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
    chunk = [];
    hooks.onProgress?.(inserted + updated, plan.validRows);
    hooks.checkpoint?.();
  };

  db.transaction(() => {
    hooks.checkpoint?.();
    scanRows(input.source, parser, plan.granularity, (row) => {
      total++;
      if (row.error || !row.date || !row.accountId) return;
      accountIds.add(row.accountId);
      if (from === null || row.date < from) from = row.date;
      if (to === null || row.date > to) to = row.date;
      chunk.push(row);
      if (chunk.length >= KEY_CHUNK) flush();
    });
    flush();
    if (inserted + updated === 0)
      throw invalidState('There are no valid rows to import', 'metricsImport.noValidRows');
  })();
  return { inserted, updated, skipped: total - inserted - updated, accounts: accountIds.size, from, to };
}
