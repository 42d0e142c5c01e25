import type { Granularity, ImportCellError, ImportField } from '../../../../shared/domain/metrics';

/**
 * What a preview decided and a commit writes: the mapping with the user's corrections applied, the
 * granularity (inferred once, from the whole file), the account of a file without an account column,
 * and the counts the commit checks against (errors block it unless the user skips them).
 */
export interface ImportPlan {
  mapping: Record<ImportField, string | null>;
  granularity: Granularity;
  accountId: string | null;
  level: 'account' | 'content';
  totalRows: number;
  validRows: number;
  errorRows: number;
  /** The day month-days were placed near at preview, so the commit gives them the same year. */
  referenceDay?: string | undefined;
}

/** Keeps the first `cap` cell errors for display and counts them all. */
export class ErrorCollector {
  readonly kept: ImportCellError[] = [];
  count = 0;
  constructor(private readonly cap: number) {}
  add(errors: readonly ImportCellError[]): void {
    for (const error of errors) {
      this.count++;
      if (this.kept.length < this.cap) this.kept.push(error);
    }
  }
}
