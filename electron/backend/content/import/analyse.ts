import { coded } from '../../../../shared/domain/importErrors';
import type { Db } from '../../db/types';
import type {
  ImportPreviewInput,
  ImportRow,
  ImportRowError,
  ImportRowValues,
} from '../../../../shared/content/importSchemas';
import {
  importFieldAliases,
  requiredImportFields,
  type ImportField,
} from '../../../../shared/content/vocabulary';
import { accountLookup, productLookup, readContentRow } from '../../../../shared/content/importRow';
import type { ImportNote } from '../../../../shared/domain/importPreview';
import { fullDateOf, yearRule, yearRuleRange } from '../../../../shared/parsing/yearRule';
import { resolveMapping } from '../../imports/resolveMapping';
import type { TableFile } from '../../imports/tableFile';
import { rowProgress, type AnalysisHooks } from '../../imports/analysisProgress';
import type { WorkspaceContext } from '../context';
import { rowValues, type ContentRow, type ContentValues } from '../repo';
import { completeFromExisting, matchExisting } from './match';
import { checkLiveOverlaps } from './overlaps';
import { publishColumnAsPlan } from './publishColumn';

/**
 * Bulk import of content plans (CSV/XLSX, Chinese or English headers). Preview and commit run the same
 * analysis on the same file, so the commit never trusts what the renderer sends back: it re-reads the
 * file, re-applies the user's fixes and column mapping, and re-validates against the database as it is
 * at that moment, then writes in one transaction with no await in between.
 *
 * Matching: a row updates an existing item when its ID column names one of this workspace's items, or
 * when account + title + planned start equal an existing item's; importing the same file twice therefore
 * creates nothing the second time. Statuses are taken as the sheet says (a planning sheet is the source of
 * truth for bulk edits), except that a published item's time cannot change.
 */

export interface AnalysedRow {
  rowNumber: number;
  raw: Partial<Record<ImportField, string>>;
  values: ImportRowValues;
  errors: ImportRowError[];
  assumedYear: number | null;
  dateOnly: boolean;
  matchId: string | null;
  action: ImportRow['action'];
}

export interface Analysis {
  table: TableFile;
  wctx: WorkspaceContext;
  mapping: Record<ImportField, string | null>;
  unmapped: string[];
  missingFields: ImportField[];
  rows: AnalysedRow[];
  matched: Map<string, ContentRow>;
  notes: ImportNote[];
}

export function analyseTable(
  db: Db,
  wctx: WorkspaceContext,
  table: TableFile,
  input: ImportPreviewInput,
  /** The moment of the import: month-days of a file without full dates are placed near it. */
  nowMs: number,
  /** A preview job's: rows read so far, and where a cancel stops it. */
  hooks?: AnalysisHooks,
): Analysis {
  const { mapping, unmapped } = resolveMapping(
    table.headers,
    importFieldAliases,
    input.mapping,
    publishColumnAsPlan(table),
  );
  const missingFields = requiredImportFields.filter(
    (f) => mapping[f] === null && !(f === 'account' && mapping.accountName !== null),
  );
  const fixes = new Map<string, string>();
  for (const fix of input.fixes ?? []) fixes.set(`${fix.rowNumber}|${fix.field}`, fix.value);

  const rowContext = {
    mapping,
    fixes,
    findAccount: accountLookup(wctx.accounts.values()),
    findProduct: productLookup(wctx.products.values()),
    timeZone: wctx.timeZone,
    yearFor: yearRule(plannedRange(table, mapping, fixes, wctx.timeZone, nowMs)),
  };
  const step = rowProgress(hooks, table.rows.length);
  const rows: AnalysedRow[] = table.rows.map(({ rowNumber, cells }, index) => {
    step(index);
    return { rowNumber, ...readContentRow(rowNumber, cells, rowContext), matchId: null, action: 'create' };
  });

  const matched = matchExisting(db, wctx, rows);
  completeFromExisting(wctx, rows, matched, mapping);
  checkLiveOverlaps(db, wctx, rows);

  for (const row of rows) {
    if (row.errors.length > 0) row.action = 'invalid';
    else if (row.matchId) {
      const existing = matched.get(row.matchId)!;
      const same = sameValues(rowValues(existing), toValues(wctx.workspaceId, row.values));
      // An archived item is read-only until restored, as in the drawer; re-importing it unchanged is fine.
      if (!same && existing.archived_at !== null) {
        row.errors.push({
          field: row.raw.id ? 'id' : 'title',
          ...coded(
            `"${existing.title}" is archived; restore it before changing it by import`,
            'row.archivedItem',
            { title: existing.title },
          ),
        });
        row.action = 'invalid';
      } else row.action = same ? 'unchanged' : 'update';
    }
    // The preview sends the cell text of fields that need attention only; valid fields show `values`.
    const keep = new Set<ImportField>(row.errors.map((e) => e.field));
    for (const fix of input.fixes ?? []) if (fix.rowNumber === row.rowNumber) keep.add(fix.field);
    row.raw = Object.fromEntries(Object.entries(row.raw).filter(([f]) => keep.has(f as ImportField)));
  }
  return { table, wctx, mapping, unmapped, missingFields, rows, matched, notes: planNotes(rows, mapping) };
}

export function toValues(workspaceId: string, v: ImportRowValues): ContentValues {
  return {
    workspaceId,
    accountId: v.accountId!,
    title: v.title!,
    format: v.format!,
    objective: v.objective!,
    pillar: v.pillar,
    status: v.status,
    plannedAt: v.plannedAt!,
    durationMinutes: v.durationMinutes,
    productIds: v.productIds,
    tags: v.tags,
    owner: v.owner,
    brief: v.brief,
    publishedUrl: v.publishedUrl,
    publishedAt: v.publishedAt,
  };
}

function sameValues(a: ContentValues, b: ContentValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The range of the file's full planned dates (fixes included), else the import's own day. */
function plannedRange(
  table: TableFile,
  mapping: Record<ImportField, string | null>,
  fixes: ReadonlyMap<string, string>,
  timeZone: string,
  nowMs: number,
) {
  const header = mapping.plannedAt;
  const dates: string[] = [];
  if (header !== null) {
    for (const { rowNumber, cells } of table.rows) {
      const date = fullDateOf(fixes.get(`${rowNumber}|plannedAt`) ?? cells[header] ?? null, timeZone);
      if (date !== null) dates.push(date);
    }
  }
  return yearRuleRange(dates, nowMs, timeZone);
}

const MAX_NOTE_ROWS = 5;
const rowList = (rows: readonly AnalysedRow[]) =>
  rows
    .slice(0, MAX_NOTE_ROWS)
    .map((r) => r.rowNumber)
    .join(', ') + (rows.length > MAX_NOTE_ROWS ? ', …' : '');

/** The preview's notes: which year month-days were given, and rows left at 00:00 for want of a time. */
function planNotes(rows: readonly AnalysedRow[], mapping: Record<ImportField, string | null>): ImportNote[] {
  const notes: ImportNote[] = [];
  const byYear = new Map<number, AnalysedRow[]>();
  for (const r of rows) {
    if (r.assumedYear === null || r.action === 'invalid') continue;
    byYear.set(r.assumedYear, [...(byYear.get(r.assumedYear) ?? []), r]);
  }
  for (const [year, list] of [...byYear].sort(([a], [b]) => a - b)) {
    const params = { year, count: list.length, rows: rowList(list) };
    notes.push({
      code: 'note.yearAssumed',
      message: `${list.length} rows give a date without a year; read as ${year}, the year nearest this import's dates (rows ${params.rows})`,
      params,
    });
  }
  const dateOnly = rows.filter((r) => r.dateOnly && r.action !== 'invalid');
  // Only worth saying when no time column is used: a 00:00 in a time column is what the user wrote.
  if (mapping.plannedTime === null && dateOnly.length > 0) {
    notes.push({
      code: 'note.dateOnly',
      message: `${dateOnly.length} rows have a date and no time: they are planned at 00:00`,
      params: { count: dateOnly.length, rows: rowList(dateOnly) },
    });
  }
  return notes;
}
