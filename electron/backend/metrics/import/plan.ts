import type {
  Granularity,
  ImportCellError,
  ImportField,
  MetricsImportPreview,
} from '../../../../shared/domain/metrics';

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

/**
 * The plan a preview stands for. Built from the preview itself, so a preview computed in a job's worker
 * becomes the session's plan in the app without the two ever disagreeing.
 */
export function planOf(
  preview: MetricsImportPreview,
  accountId: string | null,
  referenceDay: string | undefined,
): ImportPlan {
  return {
    mapping: preview.mapping,
    granularity: preview.granularity,
    accountId,
    level: preview.level,
    totalRows: preview.totalRows,
    validRows: preview.validRows,
    errorRows: preview.errorRows,
    referenceDay,
  };
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
