import { z } from 'zod';
import { importCountsSchema, importFileSummaryShape } from './importPreview';
import { coded, importErrorCodeFields, zodIssueCoded, type ImportErrorCode } from './importErrors';
import {
  detectBareNumberScale,
  parseCountCell,
  parseMoneyCell,
  parsePercentCell,
  type BareNumberScale,
  type CellValue,
  type FieldAliases,
  type ParseResult,
} from '../parsing';
import { platforms, type Platform } from './account';
import {
  creatorProfileFieldsSchema,
  creatorTierSchema,
  tierForFollowers,
  type CreatorProfileFields,
} from './creator';
import { interestTaxonomy } from '../interest/taxonomy';

/**
 * Reading a creator roster from a CSV/XLSX export (星图 exports, agency spreadsheets). File decoding is
 * the backend's (`readTableFile`); this module maps headers and turns each row into creator fields or
 * per-cell errors the preview shows.
 */
export const creatorImportFields = [
  'displayName',
  'platform',
  'handle',
  'followers',
  'categories',
  'engagementRatePct',
  'medianViews',
  'avgGpm',
  'video1to20s',
  'video21to60s',
  'video60sPlus',
  'liveSession',
  'commissionPct',
  'contact',
  'notes',
] as const;
export type CreatorImportField = (typeof creatorImportFields)[number];
export const creatorImportFieldSchema = z.enum(creatorImportFields);

export const requiredCreatorImportFields: readonly CreatorImportField[] = ['displayName', 'handle'];

export const creatorImportAliases: FieldAliases<CreatorImportField> = {
  displayName: [
    '达人昵称',
    '昵称',
    '达人名称',
    '达人',
    '名称',
    'name',
    'nickname',
    'creator',
    'creator name',
    'display name',
  ],
  platform: ['平台', '所属平台', 'platform'],
  handle: ['抖音号', '达人ID', '账号ID', '账号', '快手号', '小红书号', '视频号ID', 'handle', 'account'],
  followers: ['粉丝数', '粉丝量', '粉丝', 'followers', 'fans', 'follower count'],
  categories: ['内容类目', '主要类目', '类目', '内容分类', '达人类型', '内容标签', 'categories', 'category'],
  engagementRatePct: ['互动率', '平均互动率', 'engagement rate', 'engagement', 'er'],
  medianViews: ['播放中位数', '中位播放量', '播放量中位数', '视频播放中位数', 'median views', 'median plays'],
  avgGpm: ['GPM', '平均GPM', '千次观看成交金额', 'avg gpm', 'average gpm'],
  video1to20s: [
    '1-20s视频报价',
    '1-20s报价',
    '1-20秒视频报价',
    '报价(1-20秒)',
    '1-20秒',
    '1-20s',
    '1-20s video',
  ],
  video21to60s: [
    '21-60s视频报价',
    '21-60s报价',
    '21-60秒视频报价',
    '报价(21-60秒)',
    '21-60秒',
    '21-60s',
    '21-60s video',
    // A roster with one price column quotes the standard 21–60 s video (星图's headline price).
    '报价',
    '视频报价',
    '一口价',
    'price',
    'rate',
  ],
  video60sPlus: [
    '60s以上视频报价',
    '60s以上报价',
    '60秒以上视频报价',
    '报价(60秒以上)',
    '60秒以上',
    '60s以上',
    '60s+',
    '60s+ video',
  ],
  liveSession: ['直播报价', '专场直播报价', '直播专场', '直播', 'live', 'live session', 'live price'],
  commissionPct: ['佣金比例', '佣金率', '佣金', '默认佣金', 'commission', 'commission rate'],
  contact: ['联系方式', '联系人', '微信', '手机', 'contact'],
  notes: ['备注', '说明', 'notes', 'note', 'remark', 'remarks'],
};

export const MAX_CREATOR_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_CREATOR_IMPORT_ROWS = 20_000;

/** A value the user corrected in the preview; it replaces the cell of that row and field. */
export const creatorImportFixSchema = z.strictObject({
  rowNumber: z.number().int().min(1),
  field: creatorImportFieldSchema,
  value: z.string().max(2000),
});

export const creatorImportRowErrorSchema = z.object({
  field: creatorImportFieldSchema,
  message: z.string(),
  ...importErrorCodeFields,
});
export type CreatorImportRowError = z.infer<typeof creatorImportRowErrorSchema>;

export const creatorImportValuesSchema = z.object({
  displayName: z.string(),
  platform: z.string(),
  handle: z.string(),
  followers: z.number(),
  tier: creatorTierSchema,
  categories: z.array(z.string()),
  engagementRatePct: z.number().nullable(),
  medianViews: z.number().nullable(),
  avgGpm: z.number().nullable(),
  rateCard: z.object({
    video1to20s: z.number().nullable(),
    video21to60s: z.number().nullable(),
    video60sPlus: z.number().nullable(),
    liveSession: z.number().nullable(),
    commissionPct: z.number().nullable(),
  }),
  contact: z.string(),
  notes: z.string(),
});
export type CreatorImportValues = z.infer<typeof creatorImportValuesSchema>;

export const creatorImportRowSchema = z.object({
  /** The row as the spreadsheet numbers it (the header is row 1). */
  rowNumber: z.number().int(),
  /**
   * create a new creator; update the one with the same platform and handle; unchanged = the file says what
   * is stored already; invalid = the row has errors and is not imported.
   */
  action: z.enum(['create', 'update', 'unchanged', 'invalid']),
  matchId: z.string().nullable(),
  /** Cell text per field, after fixes: what the preview's editable cells show. */
  raw: z.partialRecord(creatorImportFieldSchema, z.string()),
  /** The creator as it will be stored (null when the row has errors). */
  values: creatorImportValuesSchema.nullable(),
  errors: z.array(creatorImportRowErrorSchema),
});
export type CreatorImportRow = z.infer<typeof creatorImportRowSchema>;

export const creatorImportCountsSchema = importCountsSchema;

export const creatorImportPreviewSchema = z.object({
  ...importFileSummaryShape,
  mapping: z.record(creatorImportFieldSchema, z.string().nullable()),
  /** Required fields no column feeds: nothing can be imported until they are mapped. */
  missingFields: z.array(creatorImportFieldSchema),
  rows: z.array(creatorImportRowSchema),
  counts: creatorImportCountsSchema,
});
export type CreatorImportPreview = z.infer<typeof creatorImportPreviewSchema>;

export const creatorImportResultSchema = z.object({
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  creatorIds: z.array(z.string()),
});
export type CreatorImportResult = z.infer<typeof creatorImportResultSchema>;

/** Values present in a row (null = the cell was empty, so an update keeps what is stored). */
export interface ParsedCreatorRow {
  displayName: string | null;
  platform: Platform | null;
  handle: string | null;
  followers: number | null;
  categories: string[] | null;
  engagementRatePct: number | null;
  medianViews: number | null;
  avgGpm: number | null;
  video1to20s: number | null;
  video21to60s: number | null;
  video60sPlus: number | null;
  liveSession: number | null;
  commissionPct: number | null;
  contact: string | null;
  notes: string | null;
}

const platformWords: Record<string, Platform> = {
  抖音: 'douyin',
  douyin: 'douyin',
  快手: 'kuaishou',
  kuaishou: 'kuaishou',
  小红书: 'xiaohongshu',
  xiaohongshu: 'xiaohongshu',
  xhs: 'xiaohongshu',
  red: 'xiaohongshu',
  视频号: 'wechat_channels',
  微信视频号: 'wechat_channels',
  wechatchannels: 'wechat_channels',
  channels: 'wechat_channels',
  tiktok: 'tiktok',
};

/** A cell as the user reads it: trimmed text, null when empty. */
export function cellText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

export function parsePlatform(text: string): Platform | null {
  const key = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  const known = platformWords[key];
  if (known) return known;
  return platforms.find((p) => p.replace(/_/g, '') === key) ?? null;
}

// Category words: a category's id and labels, and its leaf tags' labels (护肤 → beauty).
const categoryWords = new Map<string, string>();
for (const c of interestTaxonomy) {
  for (const tag of c.tags) {
    for (const word of [tag.label['zh-CN'], tag.label.en]) {
      if (!categoryWords.has(word.toLowerCase())) categoryWords.set(word.toLowerCase(), c.id);
    }
  }
}
for (const c of interestTaxonomy) {
  for (const word of [c.id, c.label['zh-CN'], c.label.en]) categoryWords.set(word.toLowerCase(), c.id);
}

function categoryOf(word: string): string | undefined {
  const direct = categoryWords.get(word.toLowerCase());
  if (direct) return direct;
  // `美妆-护肤`, `美妆›护肤`, `beauty.skincare`: the part before the separator names the category.
  const head = word.split(/[-›>.·]/)[0]?.trim();
  return head && head !== word ? categoryWords.get(head.toLowerCase()) : undefined;
}

/** `美妆、美食探店` / `beauty, food` / `美妆-护肤` → category ids; unknown words are reported. */
export function parseCategories(text: string): { ids: string[]; unknown: string[] } {
  const words = text
    .normalize('NFKC')
    .split(/[,，、;；/|]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    const id = categoryOf(word);
    if (id) {
      if (!ids.includes(id)) ids.push(id);
    } else unknown.push(word);
  }
  return { ids, unknown };
}

/** Which scale bare numbers in a percent column use: `(%)` in the header says percent, else the values decide. */
export function percentScaleFor(header: string | null, values: readonly unknown[]): BareNumberScale {
  if (header && /%|％|百分/.test(header)) return 'percent';
  return detectBareNumberScale(values);
}

export interface PercentScales {
  engagementRatePct: BareNumberScale;
  commissionPct: BareNumberScale;
}

/** Parses one row's values (field → cell). Never throws: problems become errors naming the field. */
export function parseCreatorRow(
  cells: Partial<Record<CreatorImportField, CellValue>>,
  scales: PercentScales,
  /** Powers of ten the columns' headers give bare numbers (粉丝数(万) → 4): see headerMagnitude. */
  columnPowers: Partial<Record<CreatorImportField, number>> = {},
): ParsedCreatorRow & { errors: CreatorImportRowError[] } {
  const errors: CreatorImportRowError[] = [];
  const fail = (
    field: CreatorImportField,
    message: string,
    code: ImportErrorCode,
    params?: Record<string, string | number>,
  ) => errors.push({ field, ...coded(message, code, params) });
  const take = <T>(field: CreatorImportField, result: ParseResult<T | null>): T | null => {
    if (result.ok) return result.value;
    fail(field, result.error, result.code, result.params);
    return null;
  };
  const text = (field: CreatorImportField) => cellText(cells[field]);

  let platform: Platform | null = null;
  const platformText = text('platform');
  if (platformText !== null) {
    platform = parsePlatform(platformText);
    if (!platform)
      fail(
        'platform',
        `Unknown platform "${platformText}" (use 抖音, 快手, 小红书, 视频号 or TikTok)`,
        'row.unknownPlatform',
        { text: platformText },
      );
  }
  let categories: string[] | null = null;
  const categoryText = text('categories');
  if (categoryText !== null) {
    const parsed = parseCategories(categoryText);
    categories = parsed.ids;
    if (parsed.unknown.length > 0) {
      fail(
        'categories',
        `Unknown categor${parsed.unknown.length > 1 ? 'ies' : 'y'}: ${parsed.unknown.join(', ')}`,
        'row.unknownCategories',
        { categories: parsed.unknown.join(', ') },
      );
    }
  }
  const money = (field: CreatorImportField) =>
    take(field, parseMoneyCell(cells[field], { columnPower: columnPowers[field] ?? 0 }));
  const count = (field: CreatorImportField) =>
    take(field, parseCountCell(cells[field], { columnPower: columnPowers[field] ?? 0 }));
  const percent = (field: 'engagementRatePct' | 'commissionPct') =>
    take(field, parsePercentCell(cells[field], { bareNumber: scales[field] }));
  return {
    displayName: text('displayName'),
    platform,
    handle: text('handle'),
    followers: count('followers'),
    categories,
    engagementRatePct: percent('engagementRatePct'),
    medianViews: count('medianViews'),
    avgGpm: money('avgGpm'),
    video1to20s: money('video1to20s'),
    video21to60s: money('video21to60s'),
    video60sPlus: money('video60sPlus'),
    liveSession: money('liveSession'),
    commissionPct: percent('commissionPct'),
    contact: text('contact'),
    notes: text('notes'),
    errors,
  };
}

/**
 * The full creator fields for a row: a new creator from the row alone, an existing one with the row's
 * non-empty cells laid over it (the audience profile is never in a roster file, so it is kept). Schema
 * problems (a handle with spaces, a name too long, commission over 100%) come back naming the field.
 */
export function creatorFieldsFromRow(
  row: ParsedCreatorRow,
  existing: CreatorProfileFields | null,
): { ok: true; fields: CreatorProfileFields } | { ok: false; errors: CreatorImportRowError[] } {
  const pick = <T>(v: T | null, fallback: T): T => (v === null ? fallback : v);
  const card = existing?.rateCard;
  const candidate = {
    platform: pick(row.platform, existing?.platform ?? 'douyin'),
    handle: pick(row.handle, existing?.handle ?? ''),
    displayName: pick(row.displayName, existing?.displayName ?? ''),
    followers: pick(row.followers, existing?.followers ?? 0),
    categories: pick(row.categories, existing?.categories ?? []),
    engagementRatePct: pick(row.engagementRatePct, existing?.engagementRatePct ?? null),
    medianViews: pick(row.medianViews, existing?.medianViews ?? null),
    avgGpm: pick(row.avgGpm, existing?.avgGpm ?? null),
    audience: existing?.audience ?? null,
    rateCard: {
      video1to20s: pick(row.video1to20s, card?.video1to20s ?? null),
      video21to60s: pick(row.video21to60s, card?.video21to60s ?? null),
      video60sPlus: pick(row.video60sPlus, card?.video60sPlus ?? null),
      liveSession: pick(row.liveSession, card?.liveSession ?? null),
      commissionPct: pick(row.commissionPct, card?.commissionPct ?? null),
    },
    contact: pick(row.contact, existing?.contact ?? ''),
    notes: pick(row.notes, existing?.notes ?? ''),
  };
  const parsed = creatorProfileFieldsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, fields: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const [top, sub] = issue.path;
      const field = creatorImportFieldSchema.safeParse(top === 'rateCard' ? sub : top);
      const message = issue.message === 'Required' ? 'Required: the cell is empty' : issue.message;
      const { code, params } = zodIssueCoded(issue);
      return { field: field.success ? field.data : 'displayName', ...coded(message, code!, params) };
    }),
  };
}

export function importValues(fields: CreatorProfileFields): CreatorImportValues {
  return {
    displayName: fields.displayName,
    platform: fields.platform,
    handle: fields.handle,
    followers: fields.followers,
    tier: tierForFollowers(fields.followers),
    categories: fields.categories,
    engagementRatePct: fields.engagementRatePct,
    medianViews: fields.medianViews,
    avgGpm: fields.avgGpm,
    rateCard: { ...fields.rateCard },
    contact: fields.contact,
    notes: fields.notes,
  };
}
