import type { z } from 'zod';
import type { Account } from '../domain/account';
import { tagListSchema } from '../domain/product';
import {
  briefSchema,
  instantSchema,
  MAX_LIVE_MINUTES,
  ownerSchema,
  pillarSchema,
  publishedUrlSchema,
  titleSchema,
} from './model';
import type { ImportRowError, ImportRowValues } from './importSchemas';
import {
  importFields,
  readDurationMinutes,
  readFormat,
  readObjective,
  readStatus,
  splitList,
  type ImportField,
} from './vocabulary';
import type { CellValue } from '../parsing/cellValue';
import { readPlannedAt } from './importPlannedAt';
import {
  coded,
  zodIssueCoded,
  type CodedMessage,
  type ImportErrorCode,
  type ImportRowErrorCode,
} from '../domain/importErrors';
import { unguardCsvCell } from '../export/csvFormula';

/**
 * Reading one row of a content plan into item values or per-cell errors: the part of the content import
 * that needs no database (like `shared/domain/creatorImport.ts` for creators). The backend decodes the
 * file, matches rows to stored items and checks overlaps; the rules for what a cell may say live here.
 */

/** A product as the importer matches it: by SKU or by name. */
export interface ImportProductRef {
  id: string;
  name: string;
  sku: string;
}

/** What a row is read against: the workspace's accounts, products and time zone, and the user's input. */
export interface ContentRowContext {
  mapping: Record<ImportField, string | null>;
  /** The user's corrections, keyed `${rowNumber}|${field}`. */
  fixes: ReadonlyMap<string, string>;
  findAccount: (text: string) => Account | CodedMessage;
  findProduct: (token: string) => { id: string; label: string } | null;
  timeZone: string;
  /** The year of a month-day without one: nearest the file's dates (see `yearRule`). */
  yearFor: (month: number, day: number) => number;
}

export interface ContentRowReading {
  raw: Partial<Record<ImportField, string>>;
  values: ImportRowValues;
  errors: ImportRowError[];
  /** The year given to a planned month-day (`12月22日`), for the preview's note. */
  assumedYear: number | null;
  /** Planned on a date with no time of day at all: 00:00. */
  dateOnly: boolean;
}

/** A cell as the user sees it in the sheet (exceljs dates carry the wall time in their UTC fields). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    const seconds = iso.slice(17, 19);
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds === '00' ? '' : `:${seconds}`}`;
  }
  return String(value).trim();
}

export function accountLookup(accounts: Iterable<Account>) {
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

export function productLookup(products: Iterable<ImportProductRef>) {
  const bySku = new Map<string, { id: string; label: string }>();
  const byName = new Map<string, { id: string; label: string }>();
  for (const p of products) {
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

/** Reads one row of the plan: every mapped cell (or the user's fix of it) checked against the rules. */
export function readContentRow(
  rowNumber: number,
  cells: Readonly<Record<string, CellValue>>,
  { mapping, fixes, findAccount, findProduct, timeZone: tz, yearFor }: ContentRowContext,
): ContentRowReading {
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
  const text = (field: ImportField): string => unguardCsvCell(fixed(field)?.trim() ?? cellText(cell(field)));
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

  let assumedYear: number | null = null;
  let dateOnly = false;
  let slotMinutes: number | null = null;
  const readInstant = (field: 'plannedAt' | 'publishedAt'): string | null => {
    const fix = fixed(field);
    const timeFix = fixed('plannedTime');
    const reading = readPlannedAt({
      date: fix ?? cell(field),
      // The time column completes the planned date only; a published time is written whole.
      time: field === 'plannedAt' ? (timeFix ?? cell('plannedTime')) : null,
      timeZone: tz,
      yearFor,
    });
    if (!reading.ok) {
      fail(reading.field === 'plannedAt' ? field : 'plannedTime', reading.error);
      return null;
    }
    if (reading.value === null) return null;
    const checked = instantSchema.safeParse(reading.value);
    if (!checked.success) {
      fail(field, zodMessage(checked, 'value.yearRange'));
      return null;
    }
    if (field === 'plannedAt') {
      assumedYear = reading.assumedYear;
      dateOnly = reading.dateOnly;
      slotMinutes = reading.slotMinutes;
    }
    return checked.data;
  };
  values.plannedAt = readInstant('plannedAt');
  if (values.plannedAt === null && !errors.some((e) => e.field === 'plannedAt' || e.field === 'plannedTime'))
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
  // A live planned as a slot (`20:00-22:00`) runs that long, unless the duration column says otherwise.
  if (slotMinutes !== null && values.format === 'live') {
    if (durationText === '') values.durationMinutes = slotMinutes;
    else if (values.durationMinutes !== null && values.durationMinutes !== slotMinutes)
      fail(
        'durationMinutes',
        `The time column gives a ${slotMinutes}-minute slot and the duration column ${values.durationMinutes} minutes: keep one`,
        'row.durationTwice',
        { slot: slotMinutes, duration: values.durationMinutes },
      );
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

  return { raw, values, errors, assumedYear, dateOnly };
}
