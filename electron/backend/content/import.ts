import type { z } from 'zod';
import type { BackendContext } from '../context';
import type { Db } from '../db/types';
import type { Account } from '../../../shared/domain/account';
import { tagListSchema } from '../../../shared/domain/product';
import {
  briefSchema,
  instantSchema,
  MAX_LIVE_MINUTES,
  ownerSchema,
  pillarSchema,
  publishedUrlSchema,
  titleSchema,
} from '../../../shared/content/model';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  type ImportCommitInput,
  type ImportCommitResult,
  type ImportPreview,
  type ImportPreviewInput,
  type ImportRow,
  type ImportRowError,
  type ImportRowValues,
} from '../../../shared/content/importSchemas';
import {
  exportHeaders,
  importFieldAliases,
  importFields,
  readDurationMinutes,
  readFormat,
  readObjective,
  readStatus,
  requiredImportFields,
  splitList,
  type ImportField,
} from '../../../shared/content/vocabulary';
import {
  computeContentWarnings,
  liveSessionsOverlap,
  type GuardrailItem,
} from '../../../shared/content/guardrails';
import { formatWallMinute, MINUTE_MS } from '../../../shared/content/time';
import type { CellValue } from '../../../shared/parsing/cellValue';
import { parseDateTime, parseDateTimeCell } from '../../../shared/parsing/date';
import {
  coded,
  zodIssueCoded,
  type CodedMessage,
  type ImportErrorCode,
  type ImportRowErrorCode,
} from '../../../shared/domain/importErrors';
import { AppError } from '../errors';
import { resolveMapping } from '../imports/resolveMapping';
import { readTableFile } from '../imports/readTableFile';
import type { TableFile } from '../imports/tableFile';
import { unguardCsvCell } from '../../../shared/export/csvFormula';
import { contextSpan, guardrailItem, loadWorkspaceContext, type WorkspaceContext } from './context';
import { checkApprovalGate, importStatusMoves, markChangedApprovalsStale } from '../approvals/gate';
import {
  findItemRows,
  insertItem,
  itemsStartingIn,
  plannedEnd,
  rowValues,
  updateItem,
  type ContentRow,
  type ContentValues,
} from './repo';

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

interface AnalysedRow {
  rowNumber: number;
  raw: Partial<Record<ImportField, string>>;
  values: ImportRowValues;
  errors: ImportRowError[];
  matchId: string | null;
  action: ImportRow['action'];
}

interface Analysis {
  table: TableFile;
  wctx: WorkspaceContext;
  mapping: Record<ImportField, string | null>;
  unmapped: string[];
  missingFields: ImportField[];
  rows: AnalysedRow[];
  matched: Map<string, ContentRow>;
}

const fieldLabel = (field: ImportField) => `${exportHeaders['zh-CN'][field]} (${field})`;

async function readFile(input: ImportPreviewInput): Promise<TableFile> {
  const bytes = new Uint8Array(Buffer.from(input.base64, 'base64'));
  return readTableFile({
    fileName: input.fileName,
    bytes,
    maxBytes: MAX_IMPORT_BYTES,
    maxRows: MAX_IMPORT_ROWS,
    fieldAliases: importFieldAliases,
  });
}

/** A cell as the user sees it in the sheet (exceljs dates carry the wall time in their UTC fields). */
function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    const seconds = iso.slice(17, 19);
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds === '00' ? '' : `:${seconds}`}`;
  }
  return String(value).trim();
}

function accountLookup(accounts: Iterable<Account>) {
  const byHandle = new Map<string, Account>();
  const byName = new Map<string, Account[]>();
  for (const a of accounts) {
    byHandle.set(a.handle.toLowerCase(), a);
    const key = a.displayName.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), a]);
  }
  return (text: string): Account | CodedMessage => {
    const t = text.normalize('NFKC').trim();
    const handle = byHandle.get(t.replace(/^@+/, '').toLowerCase());
    if (handle) return handle;
    const named = byName.get(t.toLowerCase()) ?? [];
    if (named.length === 1) return named[0]!;
    if (named.length > 1) {
      const handles = named.map((a) => `@${a.handle}`).join(', ');
      return coded(
        `"${t}" names ${named.length} accounts; use the handle (${handles})`,
        'row.ambiguousAccount',
        { text: t, count: named.length, handles },
      );
    }
    const example = `@${[...byHandle.values()][0]?.handle ?? 'handle'}`;
    return coded(
      `Unknown account "${t}": use the handle (e.g. ${example}) or the name of an account in this workspace`,
      'row.unknownAccount',
      { text: t, example },
    );
  };
}

function productLookup(ctx: WorkspaceContext) {
  const bySku = new Map<string, { id: string; label: string }>();
  const byName = new Map<string, { id: string; label: string }>();
  for (const p of ctx.products.values()) {
    bySku.set(p.sku.toLowerCase(), { id: p.id, label: `${p.name} (${p.sku})` });
    byName.set(p.name.trim().toLowerCase(), { id: p.id, label: `${p.name} (${p.sku})` });
  }
  return (token: string) => {
    const key = token.normalize('NFKC').trim().toLowerCase();
    return bySku.get(key) ?? byName.get(key) ?? null;
  };
}

function zodMessage(
  result: { success: false; error: { issues: z.core.$ZodIssue[] } },
  fallback?: ImportRowErrorCode,
): CodedMessage {
  const issue = result.error.issues[0];
  return issue ? zodIssueCoded(issue, fallback) : coded('Invalid value', 'value.invalid');
}

const emptyValues = (): ImportRowValues => ({
  accountId: null,
  accountLabel: null,
  title: null,
  format: null,
  objective: null,
  pillar: '',
  status: 'idea',
  plannedAt: null,
  durationMinutes: null,
  productIds: [],
  productLabels: [],
  tags: [],
  owner: '',
  brief: '',
  publishedUrl: null,
  publishedAt: null,
});

function analyseTable(db: Db, wctx: WorkspaceContext, table: TableFile, input: ImportPreviewInput): Analysis {
  const { mapping, unmapped } = resolveMapping(table.headers, importFieldAliases, input.mapping);
  const missingFields = requiredImportFields.filter(
    (f) => mapping[f] === null && !(f === 'account' && mapping.accountName !== null),
  );
  const fixes = new Map<string, string>();
  for (const fix of input.fixes ?? []) fixes.set(`${fix.rowNumber}|${fix.field}`, fix.value);

  const findAccount = accountLookup(wctx.accounts.values());
  const findProduct = productLookup(wctx);
  const tz = wctx.timeZone;

  const rows: AnalysedRow[] = table.rows.map(({ rowNumber, cells }) => {
    const raw: Partial<Record<ImportField, string>> = {};
    const errors: ImportRowError[] = [];
    const values = emptyValues();
    const fail = (
      field: ImportField,
      message: string | CodedMessage,
      code?: ImportErrorCode,
      params?: Record<string, string | number>,
    ) =>
      errors.push(
        typeof message === 'string'
          ? { field, ...coded(message, code ?? 'value.invalid', params) }
          : { field, ...message },
      );
    const fixed = (field: ImportField) => fixes.get(`${rowNumber}|${field}`);
    const cell = (field: ImportField): CellValue => {
      const header = mapping[field];
      return header === null ? null : (cells[header] ?? null);
    };
    const text = (field: ImportField): string =>
      unguardCsvCell(fixed(field)?.trim() ?? cellText(cell(field)));
    for (const field of importFields) {
      const t = text(field);
      if (t !== '' || fixed(field) !== undefined) raw[field] = t;
    }

    // Account: by handle or name; the name column is a fallback when there is no handle.
    const accountText = text('account') || text('accountName');
    const accountField: ImportField = text('account')
      ? 'account'
      : text('accountName') || (mapping.account === null && mapping.accountName !== null)
        ? 'accountName'
        : 'account';
    if (accountText === '') fail(accountField, 'Required', 'row.required');
    else {
      const found = findAccount(accountText);
      if ('message' in found) fail(accountField, found);
      else if (found.archivedAt)
        fail(
          accountField,
          `Account ${found.displayName} is archived; restore it first`,
          'row.archivedAccount',
          {
            name: found.displayName,
          },
        );
      else {
        values.accountId = found.id;
        values.accountLabel = `${found.displayName} (@${found.handle})`;
      }
    }

    const title = titleSchema.safeParse(text('title'));
    if (title.success) values.title = title.data;
    else fail('title', zodMessage(title));

    const formatText = text('format');
    if (formatText === '')
      fail('format', 'Required: 短视频/short_video, 直播/live or 图文/image_text', 'row.formatRequired');
    else {
      values.format = readFormat(formatText);
      if (!values.format) {
        fail(
          'format',
          `Unknown format "${formatText}": use 短视频/short_video, 直播/live or 图文/image_text`,
          'row.unknownFormat',
          { text: formatText },
        );
      }
    }

    const objectiveText = text('objective');
    if (objectiveText === '')
      fail(
        'objective',
        'Required: 种草/seed, 转化/convert, 品牌故事/brand_story, 自播/self_broadcast or 活动/promotion',
        'row.objectiveRequired',
      );
    else {
      values.objective = readObjective(objectiveText);
      if (!values.objective) {
        fail(
          'objective',
          `Unknown objective "${objectiveText}": use 种草/seed, 转化/convert, 品牌故事/brand_story, 自播/self_broadcast or 活动/promotion`,
          'row.unknownObjective',
          { text: objectiveText },
        );
      }
    }

    const statusText = text('status');
    if (statusText !== '') {
      const status = readStatus(statusText);
      if (status) values.status = status;
      else {
        fail(
          'status',
          `Unknown status "${statusText}": use 创意, 脚本, 拍摄, 剪辑, 审核, 已排期, 已发布 or 已取消 (or idea … cancelled)`,
          'row.unknownStatus',
          { text: statusText },
        );
      }
    }

    for (const [field, schema] of [
      ['pillar', pillarSchema],
      ['owner', ownerSchema],
      ['brief', briefSchema],
    ] as const) {
      const parsed = schema.safeParse(text(field));
      if (parsed.success) values[field] = parsed.data;
      else fail(field, zodMessage(parsed));
    }

    const readInstant = (field: 'plannedAt' | 'publishedAt'): string | null => {
      const fix = fixed(field);
      const result = fix !== undefined ? parseDateTime(fix, tz) : parseDateTimeCell(cell(field), tz);
      if (!result.ok) {
        fail(field, result.error, result.code, result.params);
        return null;
      }
      if (result.value === null) return null;
      const checked = instantSchema.safeParse(result.value);
      if (!checked.success) {
        fail(field, zodMessage(checked, 'value.yearRange'));
        return null;
      }
      return checked.data;
    };
    values.plannedAt = readInstant('plannedAt');
    if (values.plannedAt === null && !errors.some((e) => e.field === 'plannedAt'))
      fail('plannedAt', 'Required', 'row.required');

    const durationText = text('durationMinutes');
    if (durationText !== '') {
      const cellValue = fixed('durationMinutes') === undefined ? cell('durationMinutes') : null;
      const minutes = typeof cellValue === 'number' ? cellValue : readDurationMinutes(durationText);
      if (minutes === null || !Number.isFinite(minutes)) {
        fail(
          'durationMinutes',
          `Couldn't read "${durationText}" as a duration: use minutes such as 120, 120分钟 or 2h`,
          'row.durationInvalid',
          { text: durationText },
        );
      } else if (!Number.isInteger(minutes))
        fail('durationMinutes', 'Must be whole minutes', 'row.durationWhole');
      else if (minutes < 1 || minutes > MAX_LIVE_MINUTES) {
        fail('durationMinutes', `Must be between 1 and ${MAX_LIVE_MINUTES} minutes`, 'row.durationRange', {
          min: 1,
          max: MAX_LIVE_MINUTES,
        });
      } else values.durationMinutes = minutes;
    }
    if (values.format && values.format !== 'live' && durationText !== '') {
      fail(
        'durationMinutes',
        'Only live sessions have a duration; leave it empty for short videos and image posts',
        'row.durationNotLive',
      );
      values.durationMinutes = null;
    }

    const productTokens = splitList(text('products'));
    const unknown: string[] = [];
    for (const token of productTokens) {
      const product = findProduct(token);
      if (!product) unknown.push(token);
      else if (!values.productIds.includes(product.id)) {
        values.productIds.push(product.id);
        values.productLabels.push(product.label);
      }
    }
    if (unknown.length > 0) {
      fail(
        'products',
        `Unknown product ${unknown.map((u) => `"${u}"`).join(', ')}: use a SKU or name from the product catalogue`,
        'row.unknownProducts',
        { products: unknown.join('、') },
      );
    }

    const tags = tagListSchema.safeParse(splitList(text('tags')));
    if (tags.success) values.tags = tags.data;
    else fail('tags', zodMessage(tags));

    const urlText = text('publishedUrl');
    if (urlText !== '') {
      const url = publishedUrlSchema.safeParse(urlText);
      if (url.success) values.publishedUrl = url.data;
      else fail('publishedUrl', zodMessage(url, 'value.url'));
    }
    values.publishedAt = readInstant('publishedAt');
    if (values.status !== 'published') {
      if (values.publishedUrl !== null)
        fail('publishedUrl', 'Only published items have a published URL', 'row.urlNotPublished');
      if (values.publishedAt !== null)
        fail('publishedAt', 'Only published items have a published time', 'row.publishedAtNotPublished');
    }

    return { rowNumber, raw, values, errors, matchId: null, action: 'create' };
  });

  const matched = matchExisting(db, wctx, rows);
  completeFromExisting(wctx, rows, matched, mapping);
  checkLiveOverlaps(db, wctx, rows);

  for (const row of rows) {
    if (row.errors.length > 0) row.action = 'invalid';
    else if (row.matchId) {
      const existing = matched.get(row.matchId)!;
      row.action = sameValues(rowValues(existing), toValues(wctx.workspaceId, row.values))
        ? 'unchanged'
        : 'update';
    }
    // The preview sends the cell text of fields that need attention only; valid fields show `values`.
    const keep = new Set<ImportField>(row.errors.map((e) => e.field));
    for (const fix of input.fixes ?? []) if (fix.rowNumber === row.rowNumber) keep.add(fix.field);
    row.raw = Object.fromEntries(Object.entries(row.raw).filter(([f]) => keep.has(f as ImportField)));
  }
  return { table, wctx, mapping, unmapped, missingFields, rows, matched };
}

/**
 * A column the file does not have leaves the matched item's value alone (a sheet of titles and times must
 * not wipe briefs and product links), then the rules that depend on the final values are applied.
 */
function completeFromExisting(
  wctx: WorkspaceContext,
  rows: AnalysedRow[],
  matched: Map<string, ContentRow>,
  mapping: Record<ImportField, string | null>,
): void {
  for (const row of rows) {
    const v = row.values;
    const existing = row.matchId ? matched.get(row.matchId) : undefined;
    if (existing) {
      const e = rowValues(existing);
      // An empty cell cannot mean "no status / no duration / not published": those keep the item's value.
      const blank = (field: ImportField) => mapping[field] === null || row.raw[field] === undefined;
      if (mapping.pillar === null) v.pillar = e.pillar;
      if (blank('status')) v.status = e.status;
      if (mapping.products === null) {
        v.productIds = [...e.productIds];
        v.productLabels = e.productIds.map((id) => {
          const p = wctx.products.get(id);
          return p ? `${p.name} (${p.sku})` : id;
        });
      }
      if (mapping.tags === null) v.tags = [...e.tags];
      if (mapping.owner === null) v.owner = e.owner;
      if (mapping.brief === null) v.brief = e.brief;
      if (blank('publishedUrl')) v.publishedUrl = v.status === 'published' ? e.publishedUrl : null;
      if (blank('publishedAt')) v.publishedAt = v.status === 'published' ? e.publishedAt : null;
      if (blank('durationMinutes') && v.format === 'live' && e.format === 'live') {
        v.durationMinutes = e.durationMinutes;
      }
    }
    if (v.status === 'published' && v.publishedAt === null) v.publishedAt = v.plannedAt; // published as planned
    if (
      v.format === 'live' &&
      v.durationMinutes === null &&
      !row.errors.some((e) => e.field === 'durationMinutes')
    ) {
      row.errors.push({
        field: 'durationMinutes',
        ...coded('A live session needs a duration in minutes', 'row.durationRequired'),
      });
    }
  }
}

function toValues(workspaceId: string, v: ImportRowValues): ContentValues {
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

// Not Math.min(...values): 50,000 arguments can overflow the call stack.
function minOf(values: readonly number[]): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}
function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}

const matchKey = (accountId: string, plannedAt: string, title: string) =>
  `${accountId}|${plannedAt}|${title}`;

/** Finds the item each row updates (ID column, else account + title + start) and flags in-file duplicates. */
function matchExisting(db: Db, wctx: WorkspaceContext, rows: AnalysedRow[]): Map<string, ContentRow> {
  const ready = rows.filter((r) => r.values.accountId && r.values.title && r.values.plannedAt);
  const ids = new Map<string, string>();
  const idTexts = [...new Set(rows.map((r) => r.raw.id ?? '').filter((t) => t !== ''))];
  if (idTexts.length > 0) {
    const found = db
      .prepare<[string, string], { id: string }>(
        'SELECT id FROM content_items WHERE workspace_id = ? AND id IN (SELECT value FROM json_each(?))',
      )
      .all(wctx.workspaceId, JSON.stringify(idTexts));
    for (const { id } of found) ids.set(id, id);
  }
  const byKey = new Map<string, string>();
  if (ready.length > 0) {
    const times = ready.map((r) => r.values.plannedAt!).sort();
    const existing = db
      .prepare<
        [string, string, string],
        { id: string; account_id: string; title: string; planned_at: string }
      >(
        `SELECT id, account_id, title, planned_at FROM content_items
         WHERE workspace_id = ? AND planned_at >= ? AND planned_at <= ? ORDER BY rowid`,
      )
      .all(wctx.workspaceId, times[0]!, times[times.length - 1]!);
    for (const e of existing) {
      const key = matchKey(e.account_id, e.planned_at, e.title);
      if (!byKey.has(key)) byKey.set(key, e.id);
    }
  }
  const seenKeys = new Map<string, number>();
  const seenIds = new Map<string, number>();
  for (const row of rows) {
    const idText = row.raw.id;
    let matchId = idText ? (ids.get(idText) ?? null) : null;
    const { accountId, title, plannedAt } = row.values;
    if (accountId && title && plannedAt) {
      const key = matchKey(accountId, plannedAt, title);
      const first = seenKeys.get(key);
      if (first !== undefined) {
        row.errors.push({
          field: 'title',
          ...coded(`Duplicate of row ${first}: same account, title and planned time`, 'row.duplicateItem', {
            row: first,
          }),
        });
        continue;
      }
      seenKeys.set(key, row.rowNumber);
      matchId ??= byKey.get(key) ?? null;
    }
    if (matchId) {
      const first = seenIds.get(matchId);
      if (first !== undefined) {
        row.errors.push({
          field: idText ? 'id' : 'title',
          ...coded(`Updates the same item as row ${first}`, 'row.sameItem', { row: first }),
        });
        continue;
      }
      seenIds.set(matchId, row.rowNumber);
      row.matchId = matchId;
    }
  }
  const matched = new Map(findItemRows(db, [...seenIds.keys()]).map((r) => [r.id, r]));
  for (const row of rows) {
    const existing = row.matchId ? matched.get(row.matchId) : undefined;
    if (
      existing?.status === 'published' &&
      row.values.plannedAt &&
      row.values.plannedAt !== existing.planned_at
    ) {
      row.errors.push({
        field: 'plannedAt',
        ...coded('Published items cannot be rescheduled: they are already out', 'row.publishedReschedule'),
      });
    }
  }
  return matched;
}

function isLiveCandidate(row: AnalysedRow): boolean {
  const v = row.values;
  return (
    row.errors.length === 0 &&
    v.format === 'live' &&
    v.status !== 'cancelled' &&
    !!v.plannedAt &&
    !!v.accountId
  );
}

/**
 * One session at a time per live room: checks valid live rows against each other and against live sessions
 * already planned (other than the ones this file updates). The later of two overlapping rows is flagged.
 */
function checkLiveOverlaps(db: Db, wctx: WorkspaceContext, rows: AnalysedRow[]) {
  const candidates = rows.filter(isLiveCandidate);
  if (candidates.length === 0) return;
  type Slot = GuardrailItem & { rowNumber: number | null };
  const slot = (row: AnalysedRow): Slot => {
    const start = Date.parse(row.values.plannedAt!);
    return {
      id: `row:${row.rowNumber}`,
      rowNumber: row.rowNumber,
      accountId: row.values.accountId!,
      title: row.values.title!,
      format: 'live',
      objective: row.values.objective!,
      status: row.values.status,
      startMs: start,
      endMs: start + row.values.durationMinutes! * MINUTE_MS,
      productIds: [],
    };
  };
  const slots = candidates.map(slot);
  const minStart = minOf(slots.map((s) => s.startMs));
  const maxEnd = maxOf(slots.map((s) => s.endMs));
  const updated = new Set([...rows].map((r) => r.matchId).filter((id): id is string => id !== null));
  const existing = db
    .prepare<
      [string, string, string],
      { id: string; account_id: string; title: string; planned_at: string; planned_end_at: string }
    >(
      `SELECT id, account_id, title, planned_at, planned_end_at FROM content_items
       WHERE workspace_id = ? AND planned_at >= ? AND planned_at < ? AND format = 'live' AND status <> 'cancelled'`,
    )
    .all(
      wctx.workspaceId,
      new Date(minStart - 24 * 60 * MINUTE_MS).toISOString(),
      new Date(maxEnd).toISOString(),
    )
    .filter((e) => !updated.has(e.id))
    .map((e): Slot => ({
      id: e.id,
      rowNumber: null,
      accountId: e.account_id,
      title: e.title,
      format: 'live',
      objective: 'self_broadcast',
      status: 'scheduled',
      startMs: Date.parse(e.planned_at),
      endMs: Date.parse(e.planned_end_at),
      productIds: [],
    }));
  const byAccount = new Map<string, Slot[]>();
  for (const s of [...existing, ...slots]) {
    const list = byAccount.get(s.accountId);
    if (list) list.push(s);
    else byAccount.set(s.accountId, [s]);
  }
  const rowByNumber = new Map(candidates.map((r) => [r.rowNumber, r]));
  const describe = (slot: Slot) =>
    slot.rowNumber !== null
      ? `the live session in row ${slot.rowNumber}`
      : `the live session "${slot.title}" (${formatWallMinute(slot.startMs, wctx.timeZone)})`;
  const flag = (row: Slot, other: Slot) =>
    rowByNumber.get(row.rowNumber!)!.errors.push({
      field: 'plannedAt',
      ...coded(
        `Overlaps ${describe(other)} on the same account; a live room runs one session at a time`,
        other.rowNumber !== null ? 'row.liveOverlapRow' : 'row.liveOverlapItem',
        other.rowNumber !== null
          ? { row: other.rowNumber }
          : { title: other.title, time: formatWallMinute(other.startMs, wctx.timeZone) },
      ),
    });
  for (const list of byAccount.values()) {
    // Existing sessions first at equal starts; of two overlapping rows the later one is flagged.
    list.sort((a, b) => a.startMs - b.startMs || (a.rowNumber ?? -1) - (b.rowNumber ?? -1));
    let running: Slot[] = []; // sessions still on air at the current start, not flagged
    for (const s of list) {
      running = running.filter((k) => k.endMs > s.startMs);
      const clashes = running.filter((k) => liveSessionsOverlap(k, s));
      if (s.rowNumber !== null && clashes.length > 0) {
        flag(s, clashes[0]!);
        continue;
      }
      if (s.rowNumber === null) {
        // A planned session collides with a row kept earlier: the row is the one to fix.
        for (const k of clashes) if (k.rowNumber !== null) flag(k, s);
        running = running.filter((k) => k.rowNumber === null || !clashes.includes(k));
      }
      running.push(s);
    }
  }
}

/** Guardrail warnings each valid row will have once stored, among the items already planned around it. */
function previewWarnings(db: Db, analysis: Analysis): Map<number, ImportRow['warnings']> {
  const { wctx } = analysis;
  const valid = analysis.rows.filter((r) => r.errors.length === 0);
  const result = new Map<number, ImportRow['warnings']>();
  if (valid.length === 0) return result;
  const starts = valid.map((r) => Date.parse(r.values.plannedAt!));
  const ends = valid.map((r) => Date.parse(plannedEnd(r.values.plannedAt!, r.values.durationMinutes)));
  const span = contextSpan(minOf(starts), maxOf(ends) + 1, wctx.timeZone);
  const updated = new Set(valid.map((r) => r.matchId).filter((id): id is string => id !== null));
  const existing = itemsStartingIn(
    db,
    wctx.workspaceId,
    new Date(span.fromMs).toISOString(),
    new Date(span.toMs).toISOString(),
  )
    .filter((r) => !updated.has(r.id))
    .map(guardrailItem);
  const fileItems = valid.map((r, i): GuardrailItem => ({
    id: `row:${r.rowNumber}`,
    accountId: r.values.accountId!,
    title: r.values.title!,
    format: r.values.format!,
    objective: r.values.objective!,
    status: r.values.status,
    startMs: starts[i]!,
    endMs: ends[i]!,
    productIds: r.values.productIds,
  }));
  const warnings = computeContentWarnings({
    items: [...existing, ...fileItems],
    accounts: wctx.guardAccounts,
    products: wctx.products,
    timeZone: wctx.timeZone,
    timeLabel: (ms) => formatWallMinute(ms, wctx.timeZone),
  });
  for (const r of valid) result.set(r.rowNumber, warnings.get(`row:${r.rowNumber}`) ?? []);
  return result;
}

function counts(rows: readonly AnalysedRow[]) {
  const c = { total: rows.length, valid: 0, invalid: 0, create: 0, update: 0, unchanged: 0 };
  for (const r of rows) {
    if (r.action === 'invalid') c.invalid += 1;
    else {
      c.valid += 1;
      c[r.action] += 1;
    }
  }
  return c;
}

export async function previewImport(ctx: BackendContext, input: ImportPreviewInput): Promise<ImportPreview> {
  const wctx = loadWorkspaceContext(ctx.db, input.workspaceId);
  const table = await readFile(input);
  const analysis = analyseTable(ctx.db, wctx, table, input);
  const warnings = previewWarnings(ctx.db, analysis);
  return {
    fileName: input.fileName,
    format: table.format,
    encoding: table.encoding,
    sheetName: table.format === 'xlsx' ? table.sheetName : null,
    headers: table.headers,
    mapping: analysis.mapping,
    unmapped: analysis.unmapped,
    missingFields: analysis.missingFields,
    timeZone: wctx.timeZone,
    rows: analysis.rows.map((r) => ({
      rowNumber: r.rowNumber,
      action: r.action,
      matchId: r.matchId,
      raw: r.raw,
      values: r.values,
      errors: r.errors,
      warnings: warnings.get(r.rowNumber) ?? [],
    })),
    counts: counts(analysis.rows),
  };
}

const MAX_REPORTED_ISSUES = 200;

export async function commitImport(
  ctx: BackendContext,
  input: ImportCommitInput,
): Promise<ImportCommitResult> {
  const wctx = loadWorkspaceContext(ctx.db, input.workspaceId);
  const table = await readFile(input);
  // From here on everything is synchronous: nothing can change the database between checks and writes.
  const analysis = analyseTable(ctx.db, wctx, table, input);
  const invalid = analysis.rows.filter((r) => r.action === 'invalid');
  if (analysis.missingFields.length > 0) {
    const names = analysis.missingFields.map(fieldLabel).join(', ');
    throw new AppError('invalid_input', `${input.fileName}: no column for ${names}. Nothing was imported.`, [
      ...analysis.missingFields.map((f) => ({
        path: ['mapping', f],
        message: `No column for ${fieldLabel(f)}`,
      })),
    ]);
  }
  if (invalid.length > 0 && !input.skipInvalid) {
    const issues = invalid
      .flatMap((r) => r.errors.map((e) => ({ path: ['rows', r.rowNumber, e.field], message: e.message })))
      .slice(0, MAX_REPORTED_ISSUES);
    const first = invalid[0]!;
    const firstError = first.errors[0]!;
    throw new AppError(
      'invalid_input',
      `${invalid.length} of ${analysis.rows.length} rows have errors; nothing was imported. Row ${first.rowNumber}, ${fieldLabel(firstError.field)}: ${firstError.message}`,
      issues,
    );
  }
  const toWrite = analysis.rows.filter((r) => r.action === 'create' || r.action === 'update');
  if (analysis.rows.length === invalid.length) {
    throw new AppError(
      'invalid_input',
      'No row can be imported: every row has errors. Nothing was imported.',
      [{ path: ['rows'], message: 'Every row has errors' }],
    );
  }
  const statusMoves = importStatusMoves(
    ctx.db,
    toWrite.map((r) => ({
      matchId: r.matchId ?? null,
      title: r.values.title ?? '',
      status: r.values.status,
    })),
  );
  const at = ctx.now().toISOString();
  const itemIds: string[] = [];
  ctx.db.transaction(() => {
    for (const row of toWrite) {
      const values = toValues(wctx.workspaceId, row.values);
      if (row.matchId) {
        updateItem(ctx.db, row.matchId, values, at);
        itemIds.push(row.matchId);
      } else {
        const id = ctx.newId();
        insertItem(ctx.db, id, values, 'import', at);
        itemIds.push(id);
      }
    }
    markChangedApprovalsStale(ctx.db, itemIds, at, ctx.newId);
    checkApprovalGate(ctx.db, wctx.workspaceId, statusMoves);
  })();
  const c = counts(analysis.rows);
  for (const r of analysis.rows) if (r.action === 'unchanged' && r.matchId) itemIds.push(r.matchId);
  return {
    total: c.total,
    created: c.create,
    updated: c.update,
    unchanged: c.unchanged,
    skipped: c.invalid,
    itemIds,
  };
}
