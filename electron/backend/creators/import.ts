import type { z } from 'zod';
import type { BackendContext } from '../context';
import type {
  creatorImportCommitInputSchema,
  creatorImportPreviewInputSchema,
} from '../../../shared/api/creators';
import {
  creatorFieldsFromRow,
  creatorImportAliases,
  creatorImportFields,
  importValues,
  MAX_CREATOR_IMPORT_BYTES,
  MAX_CREATOR_IMPORT_ROWS,
  parseCreatorRow,
  percentScaleFor,
  requiredCreatorImportFields,
  cellText,
  type CreatorImportField,
  type CreatorImportPreview,
  type CreatorImportResult,
  type CreatorImportRow,
  type CreatorImportRowError,
} from '../../../shared/domain/creatorImport';
import type { Creator, CreatorProfileFields } from '../../../shared/domain/creator';
import { headerMagnitude, type CellValue } from '../../../shared/parsing';
import { assertImportCommittable } from '../imports/commitGate';
import { resolveMapping } from '../imports/resolveMapping';
import { actionCounts, committedCounts, readUploadedTable, tableHead } from '../imports/outcome';
import type { TableFile } from '../imports/tableFile';
import { rowProgress, type AnalysisHooks } from '../imports/analysisProgress';
import { findCreatorsByHandles, insertCreator, updateCreatorRow } from './repo';
import { noteCreatorChangesOnce } from './changesRepo';
import { profileFields } from './profileColumns';
import { requireWorkspace } from '../workspaces/guards';

/**
 * Creator roster import (CSV/XLSX), following the content import's rules: preview and commit run the same
 * analysis on the same file (the commit re-reads it and never trusts what the renderer sends back), the
 * user may re-map columns and correct cells, and the commit writes nothing while any row has errors
 * unless the user chose to skip those rows. A row whose platform + handle is already in the workspace
 * updates that creator with the row's non-empty cells; importing the same file twice changes nothing.
 */
type PreviewInput = z.output<typeof creatorImportPreviewInputSchema>;
type CommitInput = z.output<typeof creatorImportCommitInputSchema>;

interface AnalysedRow extends CreatorImportRow {
  fields: CreatorProfileFields | null;
}

interface Analysis {
  table: TableFile;
  mapping: Record<CreatorImportField, string | null>;
  unmapped: string[];
  missingFields: CreatorImportField[];
  rows: AnalysedRow[];
}

async function readFile(input: PreviewInput, hooks?: AnalysisHooks): Promise<TableFile> {
  return readUploadedTable(
    input,
    {
      maxBytes: MAX_CREATOR_IMPORT_BYTES,
      maxRows: MAX_CREATOR_IMPORT_ROWS,
      fieldAliases: creatorImportAliases,
    },
    hooks,
  );
}

/** Rows parsed and looked up together (one query for their creators). */
const LOOKUP_BATCH = 500;

function sameFields(a: CreatorProfileFields, b: CreatorProfileFields): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function analyse(
  ctx: BackendContext,
  table: TableFile,
  input: PreviewInput,
  hooks?: AnalysisHooks,
): Analysis {
  const { mapping, unmapped } = resolveMapping(table.headers, creatorImportAliases, input.mapping);
  const missingFields = requiredCreatorImportFields.filter((f) => mapping[f] === null);
  const fixes = new Map<string, string>();
  for (const fix of input.fixes ?? []) fixes.set(`${fix.rowNumber}:${fix.field}`, fix.value);

  const cellsOf = (row: TableFile['rows'][number]) => {
    const cells: Partial<Record<CreatorImportField, CellValue>> = {};
    for (const field of creatorImportFields) {
      const fixed = fixes.get(`${row.rowNumber}:${field}`);
      const header = mapping[field];
      cells[field] = fixed !== undefined ? fixed : header === null ? null : (row.cells[header] ?? null);
    }
    return cells;
  };
  const allCells = table.rows.map((row) => ({ row, cells: cellsOf(row) }));
  // The scale of bare numbers (0.05 vs 5) is decided per column, never per cell.
  const scales = {
    engagementRatePct: percentScaleFor(
      mapping.engagementRatePct,
      allCells.map((c) => c.cells.engagementRatePct),
    ),
    commissionPct: percentScaleFor(
      mapping.commissionPct,
      allCells.map((c) => c.cells.commissionPct),
    ),
  };

  // 粉丝数(万), 报价(万元): a header's unit note scales its column's bare numbers.
  const columnPowers = Object.fromEntries(
    Object.entries(mapping).map(([field, header]) => [field, header === null ? 0 : headerMagnitude(header)]),
  );

  // Rows are parsed and their creators looked up a batch at a time: one query per batch rather than one
  // per row, and only a batch of parsed rows held at once.
  let batch: { parsed: ReturnType<typeof parseCreatorRow>; existing: Creator | undefined }[] = [];
  const batchAt = (index: number) => {
    if (index % LOOKUP_BATCH === 0) {
      const parsed = allCells
        .slice(index, index + LOOKUP_BATCH)
        .map(({ cells }) => parseCreatorRow(cells, scales, columnPowers));
      const keys = parsed.map((p) => ({
        platform: p.platform ?? 'douyin',
        handle: p.handle?.replace(/^@+/, '') ?? '',
      }));
      const found = missingFields.length === 0 ? findCreatorsByHandles(ctx.db, input.workspaceId, keys) : [];
      batch = parsed.map((p, i) => ({ parsed: p, existing: keys[i]!.handle === '' ? undefined : found[i] }));
    }
    return batch[index % LOOKUP_BATCH]!;
  };

  const seen = new Map<string, number>();
  const step = rowProgress(hooks, allCells.length);
  const rows = allCells.map(({ row, cells }, index): AnalysedRow => {
    step(index);
    const raw: CreatorImportRow['raw'] = {};
    for (const field of creatorImportFields) {
      const text = cellText(cells[field]);
      if (text !== null) raw[field] = text;
    }
    const { parsed, existing } = batchAt(index);
    const errors: CreatorImportRowError[] = [...parsed.errors];
    let fields: CreatorProfileFields | null = null;
    if (errors.length === 0) {
      const built = creatorFieldsFromRow(parsed, existing ? profileFields(existing) : null);
      if (built.ok) fields = built.fields;
      else errors.push(...built.errors);
    }
    if (fields) {
      const key = `${fields.platform}:${fields.handle.toLowerCase()}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        errors.push({
          field: 'handle',
          message: `Same platform and handle as row ${earlier}`,
          code: 'row.duplicateHandle',
          params: { row: earlier },
        });
        fields = null;
      } else seen.set(key, row.rowNumber);
    }
    const action: CreatorImportRow['action'] =
      errors.length > 0 || !fields
        ? 'invalid'
        : !existing
          ? 'create'
          : sameFields(fields, profileFields(existing))
            ? 'unchanged'
            : 'update';
    return {
      rowNumber: row.rowNumber,
      action,
      matchId: existing?.id ?? null,
      raw,
      values: fields && action !== 'invalid' ? importValues(fields) : null,
      errors,
      fields: action === 'invalid' ? null : fields,
    };
  });
  return { table, mapping, unmapped, missingFields, rows };
}

export async function previewCreatorImport(
  ctx: BackendContext,
  input: PreviewInput,
  /** A preview job's: rows analysed so far, and where a cancel stops it. */
  hooks?: AnalysisHooks,
): Promise<CreatorImportPreview> {
  requireWorkspace(ctx, input.workspaceId);
  const table = await readFile(input, hooks);
  const analysis = analyse(ctx, table, input, hooks);
  return {
    ...tableHead(input.fileName, table),
    mapping: analysis.mapping,
    unmapped: analysis.unmapped,
    missingFields: analysis.missingFields,
    rows: analysis.rows.map(({ fields: _fields, ...row }) => row),
    counts: actionCounts(analysis.rows),
  };
}

export async function commitCreatorImport(
  ctx: BackendContext,
  input: CommitInput,
): Promise<CreatorImportResult> {
  requireWorkspace(ctx, input.workspaceId);
  const table = await readFile(input);
  // From here on everything is synchronous: nothing can change the database between checks and writes.
  const analysis = analyse(ctx, table, input);
  assertImportCommittable({
    fileName: input.fileName,
    missingFields: analysis.missingFields,
    fieldLabel: (field) => field,
    invalidRows: analysis.rows.filter((r) => r.action === 'invalid'),
    totalRows: analysis.rows.length,
    skipInvalid: input.skipInvalid,
  });
  const at = ctx.now().toISOString();
  const creatorIds: string[] = [];
  const written: string[] = [];
  const writeAll = () => {
    for (const row of analysis.rows) {
      if (!row.fields) continue;
      const fields = { ...row.fields, workspaceId: input.workspaceId };
      if (row.action === 'create') {
        const id = ctx.newId();
        insertCreator(ctx.db, id, fields, at);
        creatorIds.push(id);
        written.push(id);
      } else if (row.action === 'update' && row.matchId) {
        updateCreatorRow(ctx.db, row.matchId, fields, at);
        creatorIds.push(row.matchId);
        written.push(row.matchId);
      } else if (row.matchId) creatorIds.push(row.matchId);
    }
    return written;
  };
  // The written creators are noted once for the import, not per row (migration 0280).
  ctx.db.transaction(() => noteCreatorChangesOnce(ctx.db, input.workspaceId, writeAll))();
  return { ...committedCounts(analysis.rows), creatorIds };
}
