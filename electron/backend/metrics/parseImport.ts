import { invalidInput } from '../errors';
import { throwMappingIssues } from '../imports/mappingIssues';
import { resolveMapping as resolveSharedMapping } from '../imports/resolveMapping';
import type { TableFile, TableRow } from '../imports/tableFile';
import {
  importFieldAliases,
  importFields,
  metricFields,
  type Granularity,
  type ImportCellError,
  type ImportField,
  type MetricField,
  type MetricValues,
} from '../../../shared/domain/metrics';
import { headerMagnitude, parseCountCell, parseDateCell, parseMoneyCell } from '../../../shared/parsing';
import { headerKey } from '../../../shared/parsing/headers';
import { parseIsoDate } from '../../../shared/domain/dates';
import { isValidCivilDate } from '../../../shared/parsing/calendar';
import {
  readDateOrMonthDay,
  yearRule,
  type DateReading,
  type YearFor,
} from '../../../shared/parsing/yearRule';
import { headerDurationUnit, parseDuration } from '../../../shared/parsing/duration';
import type { CellValue } from '../../../shared/parsing/cellValue';
import type { ParseResult } from '../../../shared/parsing';
import { cellText, reusableRowReporter } from '../../../shared/domain/importCells';
import type { ApiIssue } from '../../../shared/api/result';
import { markDuplicatePeriod } from './duplicatePeriod';

export interface ImportAccount {
  id: string;
  handle: string;
  displayName: string;
}

export interface ImportContentItem {
  id: string;
  accountId: string;
  title: string;
}

export interface ParsedRow {
  rowNumber: number;
  date: string | null;
  accountId: string | null;
  accountLabel: string | null;
  contentId: string | null;
  values: MetricValues;
  error: boolean;
}

export interface ParsedImport {
  mapping: Record<ImportField, string | null>;
  unmapped: string[];
  granularity: Granularity;
  level: 'account' | 'content';
  rows: ParsedRow[];
  errors: ImportCellError[];
}

export interface ParseOptions {
  mapping?: Partial<Record<ImportField, string | null>> | undefined;
  granularity: 'auto' | Granularity;
  /** Rows without an account column belong to this account. */
  account?: ImportAccount | undefined;
  accounts: readonly ImportAccount[];
  contentItems: readonly ImportContentItem[];
  timeZone: string;
  /**
   * The day (`YYYY-MM-DD`) a date written without a year (`12月22日`) is placed nearest to: the day the
   * preview ran, kept in the plan so the commit reads the same year. Absent: such dates are refused.
   */
  referenceDay?: string | undefined;
}

/**
 * The user's corrections over the automatic mapping, through the importers' shared rule (a column taken
 * by a correction leaves the field that had it automatically). Two corrections naming one column are
 * refused on the second field: which field the user meant it for is not ours to guess.
 */
export function resolveMapping(
  headers: readonly string[],
  overrides: Partial<Record<ImportField, string | null>> = {},
): { mapping: Record<ImportField, string | null>; unmapped: string[] } {
  const chosen = new Map<string, ImportField>();
  for (const field of importFields) {
    const header = overrides[field];
    if (header === undefined || header === null) continue;
    if (chosen.has(header)) {
      throw invalidInput(
        ['mapping', field],
        `Column "${header}" is already mapped to ${chosen.get(header)}`,
        'metricsImport.columnMappedTwice',
        { column: header },
      );
    }
    chosen.set(header, field);
  }
  return resolveSharedMapping(headers, importFieldAliases, overrides);
}

function requireMapping(
  headers: readonly string[],
  mapping: Record<ImportField, string | null>,
  hasAccount: boolean,
): void {
  const columns = headers.map((h) => `"${h}"`).join(', ');
  const issues: ApiIssue[] = [];
  const params = { columns: headers.join('、') };
  if (mapping.date === null) {
    issues.push({
      path: ['mapping', 'date'],
      message: `No column is mapped to the date (日期); the file's columns are ${columns}`,
      code: 'metricsImport.noDateColumn',
      params,
    });
  }
  if (mapping.account === null && !hasAccount) {
    issues.push({
      path: ['mapping', 'account'],
      message:
        'No column is mapped to the account (账号): map one or choose the account the whole file belongs to',
      code: 'metricsImport.noAccountColumn',
    });
  }
  if (metricFields.every((f) => mapping[f] === null)) {
    issues.push({
      path: ['mapping'],
      message: `None of the columns ${columns} matches a metric (播放量, 点赞, 评论, 分享, 收藏, 涨粉, 观看人数, 订单数, 成交金额, 观看时长); map them by hand`,
      code: 'metricsImport.noMetricColumn',
      params,
    });
  }
  throwMappingIssues(issues);
}

const rangeSeparator = /\s*(?:~|～|至|到|—|–|\s-\s)\s*/;

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

function readDate(value: CellValue, timeZone: string, yearFor: YearFor | undefined): DateReading {
  // Most exports write 2025-08-06: a valid one is its own reading (the full parser, which normalizes
  // the text and tries every layout, gives back the same text). Anything else takes the full path.
  const iso = typeof value === 'string' ? isoDay.exec(value) : null;
  if (iso && isValidCivilDate({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) })) {
    return { result: { ok: true, value: value as string }, assumedYear: null };
  }
  // Weekly exports label a period as a range: its first date is the period's.
  const first = typeof value === 'string' ? (value.split(rangeSeparator)[0] ?? value) : value;
  return readDateOrMonthDay(first, (v) => parseDateCell(v, timeZone), yearFor);
}

// Plain digits, as most exports write them: read with Number() instead of the full parsers (which handle
// 万/w/K/M, ¥, thousands separators, …) — a big file spends most of its time here. The unit test checks
// both paths agree.
// The check is a character loop rather than a regular expression: it runs for every metric cell of every row.
const DIGIT_0 = 48;
const DOT = 46;

/**
 * A cell of plain digits (no leading zero, at most `maxDigits`), with at most `maxDecimals` after a dot,
 * as its number; NaN for anything else (the full parsers decide what that is). The value is the integer
 * of all its digits divided by 10 or 100: one correctly rounded division, the same double as Number(text).
 */
export function plainNumber(text: string, maxDigits: number, maxDecimals: number): number {
  const length = text.length;
  if (length === 0) return NaN;
  let whole = 0;
  let i = 0;
  for (; i < length; i++) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) break;
    whole = whole * 10 + digit;
  }
  if (i === 0 || i > maxDigits || (i > 1 && text.charCodeAt(0) === DIGIT_0)) return NaN;
  if (i === length) return whole;
  if (text.charCodeAt(i) !== DOT) return NaN;
  const decimals = length - i - 1;
  if (decimals < 1 || decimals > maxDecimals) return NaN;
  let scaled = whole;
  for (let j = i + 1; j < length; j++) {
    const digit = text.charCodeAt(j) - DIGIT_0;
    if (digit < 0 || digit > 9) return NaN;
    scaled = scaled * 10 + digit;
  }
  return scaled / (decimals === 1 ? 10 : 100);
}

/** A metric cell read by the plain-number path: its value, or NaN when the full parser must decide. */
function plainMetric(field: MetricField, value: CellValue): number {
  if (typeof value !== 'string' || field === 'watchTimeSeconds') return NaN;
  return field === 'gmv' ? plainNumber(value, 13, 2) : plainNumber(value, 15, 0);
}

export function readMetric(field: MetricField, value: CellValue, header: string): ParseResult<number | null> {
  // 播放量(万): bare numbers are in 万, so the plain fast path (which reads them as they stand) is skipped.
  const columnPower = headerMagnitude(header);
  const plain = columnPower === 0 ? plainMetric(field, value) : NaN;
  if (!Number.isNaN(plain)) return { ok: true, value: plain };
  switch (field) {
    case 'gmv':
      return parseMoneyCell(value, { columnPower });
    case 'watchTimeSeconds':
      // Bare numbers are seconds unless the header names another unit; 12:30 is minutes and seconds.
      return parseDuration(value, { bareUnitSeconds: headerDurationUnit(header, 1), twoPartClock: 'ms' });
    case 'newFollowers':
      return parseCountCell(value, { allowNegative: true, columnPower });
    default:
      return parseCountCell(value, { columnPower });
  }
}

/** Days per account, gathered row by row (a streamed file is never held whole), to tell days from weeks. */
export function collectDays(byAccount: Map<string, Set<number>>, row: ParsedRow): void {
  if (!row.date || !row.accountId) return;
  const day = parseIsoDate(row.date);
  if (day === null) return;
  let days = byAccount.get(row.accountId);
  if (!days) {
    days = new Set();
    byAccount.set(row.accountId, days);
  }
  days.add(day);
}

/** Weekly when the date header says so, or when an account's rows are typically 4+ days apart. */
export function granularityFromDays(dateHeader: string, byAccount: Map<string, Set<number>>): Granularity {
  if (/周|week/i.test(dateHeader)) return 'week';
  const gaps: number[] = [];
  for (const days of byAccount.values()) {
    const sorted = [...days].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) gaps.push(sorted[i]! - sorted[i - 1]!);
  }
  if (gaps.length === 0) return 'day';
  gaps.sort((a, b) => a - b);
  return (gaps[gaps.length >> 1] ?? 1) >= 4 ? 'week' : 'day';
}

function inferGranularity(dateHeader: string, rows: readonly ParsedRow[]): Granularity {
  const byAccount = new Map<string, Set<number>>();
  for (const row of rows) collectDays(byAccount, row);
  return granularityFromDays(dateHeader, byAccount);
}

const DATE_CACHE_SIZE = 10_000;
const noValues = Object.fromEntries(metricFields.map((f) => [f, null])) as MetricValues;

export interface RowParser {
  mapping: Record<ImportField, string | null>;
  /** Rows per year given to dates written without one, so far. */
  assumedYears: Map<number, number>;
  unmapped: string[];
  level: 'account' | 'content';
  /** Parses one row; its cell errors are pushed to `errors`. */
  parse(row: TableRow, errors: ImportCellError[]): ParsedRow;
}

/**
 * Resolves the mapping once and returns the per-row reader, so a file can be read row by row (streamed)
 * with lookups built once: accounts by handle and name, content by id and by account + title.
 */
export function createRowParser(headers: readonly string[], options: ParseOptions): RowParser {
  const { mapping, unmapped } = resolveMapping(headers, options.mapping);
  requireMapping(headers, mapping, options.account !== undefined);
  const byHandle = new Map(options.accounts.map((a) => [a.handle.toLowerCase(), a]));
  const byName = new Map(options.accounts.map((a) => [headerKey(a.displayName), a]));
  const byId = new Map(options.accounts.map((a) => [a.id, a]));
  const contentById = new Map(options.contentItems.map((c) => [c.id, c]));
  const contentByTitle = new Map(options.contentItems.map((c) => [`${c.accountId}|${c.title.trim()}`, c]));
  // A file repeats each date once per account or item: parse each date text once.
  const dateCache = new Map<string, DateReading>();
  const assumedYears = new Map<number, number>();
  const yearFor =
    options.referenceDay === undefined
      ? undefined
      : yearRule({ from: options.referenceDay, to: options.referenceDay });

  // Rows name the same few accounts over and over: each account text is looked up once.
  const accountByText = new Map<string, ImportAccount | null>();
  const findAccount = (text: string): ImportAccount | null => {
    let found = accountByText.get(text);
    if (found === undefined) {
      found = byHandle.get(text.replace(/^@+/, '').toLowerCase()) ?? byName.get(headerKey(text)) ?? null;
      if (accountByText.size >= DATE_CACHE_SIZE) accountByText.clear();
      accountByText.set(text, found);
    }
    return found;
  };
  // Each mapped metric with whether its header's unit note (播放量(万)) scales bare numbers: those cells
  // skip the plain path, which reads numbers as they stand.
  const mappedMetrics = metricFields.flatMap((field) => {
    const header = mapping[field];
    return header === null ? [] : [[field, header, headerMagnitude(header) !== 0] as const];
  });
  const report = reusableRowReporter<ImportField>(mapping);
  const fail = report.fail;

  const parse = (row: TableRow, errors: ImportCellError[]): ParsedRow => {
    report.start(row, errors);

    const dateCell = report.cell('date');
    let reading = typeof dateCell === 'string' ? dateCache.get(dateCell) : undefined;
    if (!reading) {
      reading = readDate(dateCell, options.timeZone, yearFor);
      if (typeof dateCell === 'string') {
        if (dateCache.size >= DATE_CACHE_SIZE) dateCache.clear();
        dateCache.set(dateCell, reading);
      }
    }
    const year = reading.assumedYear;
    if (year !== null && reading.result.ok) assumedYears.set(year, (assumedYears.get(year) ?? 0) + 1);
    const date = report.readRequired('date', reading.result, 'The date is empty');

    let account: ImportAccount | undefined = options.account;
    let accountLabel: string | null = account ? `@${account.handle}` : null;
    if (mapping.account !== null) {
      const text = cellText(row.cells[mapping.account] ?? null)?.trim() ?? '';
      accountLabel = text || null;
      if (text === '') {
        if (!account) fail('account', 'The account is empty', 'row.required');
      } else {
        const found = findAccount(text);
        if (found) account = found;
        else
          fail(
            'account',
            `Unknown account "${text}": use the handle or name of an account in this workspace`,
            'row.unknownAccount',
            { text },
          );
      }
    }

    let contentId: string | null = null;
    if (mapping.content !== null) {
      const text = cellText(row.cells[mapping.content] ?? null)?.trim() ?? '';
      if (text !== '') {
        const item =
          contentById.get(text) ?? (account ? contentByTitle.get(`${account.id}|${text}`) : undefined);
        if (item && account && item.accountId !== account.id) {
          fail('content', `Content "${text}" belongs to another account`, 'row.contentOtherAccount', {
            text,
          });
        } else if (item) {
          contentId = item.id;
          account ??= byId.get(item.accountId);
        } else {
          fail(
            'content',
            `No content item "${text}"${account ? ` on @${account.handle}` : ''} in this workspace`,
            'row.unknownContent',
            { text },
          );
        }
      } else {
        fail('content', 'The content id or title is empty', 'row.required');
      }
    }

    const values: MetricValues = { ...noValues };
    let any = false;
    for (const [field, header, scaled] of mappedMetrics) {
      const cell = row.cells[header] ?? null;
      // Most cells take the plain path, with no result object per cell (a big file has millions).
      const plain = scaled ? NaN : plainMetric(field, cell);
      const value = Number.isNaN(plain) ? report.read(field, readMetric(field, cell, header)) : plain;
      if (value !== undefined && value !== null) {
        values[field] = value;
        any = true;
      }
    }
    if (!any && !report.failed) fail(null, 'The row has no metric values', 'row.noMetrics');

    return {
      rowNumber: row.rowNumber,
      date,
      accountId: account?.id ?? null,
      accountLabel,
      contentId,
      values,
      error: report.failed,
    };
  };
  return {
    mapping,
    unmapped,
    assumedYears,
    level: mapping.content !== null ? 'content' : 'account',
    parse,
  };
}

export function parseImport(table: TableFile, options: ParseOptions): ParsedImport {
  const parser = createRowParser(table.headers, options);
  const { mapping, unmapped } = parser;
  const errors: ImportCellError[] = [];
  const rows: ParsedRow[] = table.rows.map((row) => parser.parse(row, errors));

  const granularity =
    options.granularity === 'auto' ? inferGranularity(mapping.date!, rows) : options.granularity;

  const seen = new Map<string, number>();
  for (const row of rows) markDuplicatePeriod(seen, row, errors, mapping.date, granularity);

  return {
    mapping,
    unmapped,
    granularity,
    level: mapping.content !== null ? 'content' : 'account',
    rows,
    errors,
  };
}
