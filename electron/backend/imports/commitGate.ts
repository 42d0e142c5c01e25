import type { ApiIssue } from '../../../shared/api/result';
import { AppError, invalidState } from '../errors';

/** Issues reported with a refused import; the preview shows them all, the error carries the first ones. */
export const MAX_REPORTED_ISSUES = 200;

export interface GateRowError {
  field: string;
  message: string;
}

export interface GateRow {
  rowNumber: number;
  errors: readonly GateRowError[];
}

interface GateCommon {
  /** Every row the file has, valid or not. */
  totalRows: number;
  /** The user confirmed leaving the rows with errors out. */
  skipInvalid: boolean;
}

/**
 * Importers whose preview is a table of rows (content plans, creator rosters): a refusal names the rows
 * and cells, as invalid input, so the preview can show them beside the cells.
 */
export interface TableGateInput extends GateCommon {
  fileName: string;
  missingFields: readonly string[];
  /** How a field is named in English messages (`标题 (title)`). */
  fieldLabel: (field: string) => string;
  invalidRows: readonly GateRow[];
}

/**
 * Importers that run as a background job over a previewed plan (metrics, live sessions): a refusal is
 * about the plan's state, with the count, under the importer's own reason codes.
 */
export interface PlanGateInput extends GateCommon {
  invalidRowCount: number;
  reasonPrefix: 'metricsImport' | 'liveSessions';
}

/**
 * The one rule every importer applies before it writes anything, in this order: a required field with no
 * column refuses the file; rows with errors refuse it unless the user chose to skip them; a file whose
 * rows all have errors (nothing would be written) is refused even when skipping. Throws; returns nothing.
 */
export function assertImportCommittable(input: TableGateInput | PlanGateInput): void {
  if ('reasonPrefix' in input) return assertPlanCommittable(input);
  const { fileName, missingFields, fieldLabel, invalidRows, totalRows, skipInvalid } = input;
  if (missingFields.length > 0) {
    const names = missingFields.map(fieldLabel).join(', ');
    throw new AppError(
      'invalid_input',
      `${fileName}: no column for ${names}. Nothing was imported.`,
      missingFields.map((f) => ({ path: ['mapping', f], message: `No column for ${fieldLabel(f)}` })),
      { reason: 'importFile.missingColumns', params: { fields: missingFields.join(', ') } },
    );
  }
  if (invalidRows.length > 0 && !skipInvalid) {
    const issues: ApiIssue[] = invalidRows
      .flatMap((r) => r.errors.map((e) => ({ path: ['rows', r.rowNumber, e.field], message: e.message })))
      .slice(0, MAX_REPORTED_ISSUES);
    const first = invalidRows[0]!;
    const firstError = first.errors[0];
    const where = firstError
      ? ` Row ${first.rowNumber}, ${fieldLabel(firstError.field)}: ${firstError.message}`
      : ` Row ${first.rowNumber}.`;
    throw new AppError(
      'invalid_input',
      `${invalidRows.length} of ${totalRows} rows have errors; nothing was imported.${where}`,
      issues,
      {
        reason: 'importFile.rowsHaveErrors',
        params: { count: invalidRows.length, total: totalRows, row: first.rowNumber },
      },
    );
  }
  if (totalRows - invalidRows.length === 0) {
    throw new AppError(
      'invalid_input',
      'No row can be imported: every row has errors. Nothing was imported.',
      [{ path: ['rows'], message: 'Every row has errors' }],
      { reason: 'importFile.noValidRows' },
    );
  }
}

function assertPlanCommittable({ invalidRowCount, totalRows, skipInvalid, reasonPrefix }: PlanGateInput) {
  if (invalidRowCount > 0 && !skipInvalid) {
    throw invalidState(
      `${invalidRowCount} row${invalidRowCount === 1 ? ' has' : 's have'} errors: fix the file, or commit with skipInvalidRows to leave ${invalidRowCount === 1 ? 'it' : 'them'} out`,
      `${reasonPrefix}.rowsHaveErrors`,
      { count: invalidRowCount },
    );
  }
  if (totalRows - invalidRowCount <= 0) {
    throw invalidState('There are no valid rows to import', `${reasonPrefix}.noValidRows`);
  }
}
