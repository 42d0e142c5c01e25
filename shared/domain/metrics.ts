import { z } from 'zod';
import { importNoteSchema } from './importPreview';
import { importCellErrorSchema, type ImportCellError } from './importCells';
import { idSchema } from './ids';
import { isIsoDate } from './dates';

/**
 * Performance history as platform back-ends export it: per account (or per content item) per day or week.
 * Definitions, so every chart and forecast means the same thing:
 * - views 播放量 (plays of short videos, or live-room views as the export counts them);
 * - engagement 互动 = likes + comments + shares + saves (a count; an engagement *rate* divides it by views);
 * - newFollowers 涨粉 is net new followers and may be negative;
 * - gmv 成交金额 in yuan (stored as fen); GPM = GMV ÷ views × 1000 (¥ per thousand views);
 * - watchTimeSeconds is total watch time in seconds.
 */
export const metricFields = [
  'views',
  'likes',
  'comments',
  'shares',
  'saves',
  'newFollowers',
  'liveViewers',
  'orders',
  'gmv',
  'watchTimeSeconds',
] as const;
export type MetricField = (typeof metricFields)[number];

/** Stored metrics plus the two derived ones. */
export const seriesMetrics = [...metricFields, 'engagement', 'gpm'] as const;
export type SeriesMetric = (typeof seriesMetrics)[number];
export const seriesMetricSchema = z.enum(seriesMetrics);

/** What users forecast: reach, engagement, sales and follower growth. */
export const forecastMetrics = ['views', 'engagement', 'gmv', 'newFollowers'] as const;
export type ForecastMetric = (typeof forecastMetrics)[number];
export const forecastMetricSchema = z.enum(forecastMetrics);

export const granularities = ['day', 'week'] as const;
export type Granularity = (typeof granularities)[number];
export const granularitySchema = z.enum(granularities);

export const isoDateSchema = z
  .string('Must be a date in YYYY-MM-DD form')
  .refine(isIsoDate, 'Must be a valid date in YYYY-MM-DD form');

/** Import fields: where each row's period, account and content come from, then the metric columns. */
export const importKeyFields = ['date', 'account', 'content'] as const;
export const importFields = [...importKeyFields, ...metricFields] as const;
export type ImportField = (typeof importFields)[number];

/**
 * Header aliases as Douyin/Kuaishou/Xiaohongshu back-ends and agency sheets write them (Chinese first,
 * English beside). Matching ignores case, width, spaces, punctuation and bracketed units (see mapHeaders).
 */
export const importFieldAliases: Readonly<Record<ImportField, readonly string[]>> = {
  date: [
    '日期',
    '时间',
    '统计日期',
    '数据日期',
    '统计时间',
    '日期时间',
    '周',
    '统计周',
    '统计周期',
    '周期',
    'date',
    'day',
    'week',
    'period',
    'week start',
    'week_start',
  ],
  account: [
    '账号',
    '发布账号',
    '抖音号',
    '账号ID',
    '账号名称',
    '账号昵称',
    '昵称',
    '店铺',
    'account',
    'handle',
    'account name',
    'account id',
    'username',
  ],
  content: [
    '作品',
    '作品ID',
    '作品名称',
    '作品标题',
    '视频ID',
    '视频标题',
    '内容',
    '内容ID',
    '内容标题',
    '标题',
    'content',
    'content id',
    'video id',
    'title',
    'video title',
  ],
  views: [
    '播放量',
    '播放',
    '播放数',
    '播放次数',
    '视频播放量',
    '浏览量',
    '曝光播放量',
    '曝光',
    '曝光量',
    'views',
    'plays',
    'play count',
    'video views',
    'play_count',
  ],
  likes: ['点赞', '点赞数', '点赞量', '获赞', 'likes', 'like count', 'like_count', 'diggs'],
  comments: ['评论', '评论数', '评论量', 'comments', 'comment count', 'comment_count'],
  shares: ['分享', '分享数', '分享量', '转发', '转发数', 'shares', 'share count', 'share_count'],
  saves: ['收藏', '收藏数', '收藏量', 'saves', 'favorites', 'collects', 'collect count'],
  newFollowers: [
    '涨粉',
    '涨粉数',
    '新增粉丝',
    '新增粉丝数',
    '净增粉丝',
    '净增粉丝数',
    '粉丝增量',
    'new followers',
    'followers gained',
    'follower gain',
    'net followers',
  ],
  liveViewers: [
    '观看人数',
    '直播观看人数',
    '场观',
    '累计观看人数',
    '直播间观看人数',
    'live viewers',
    'viewers',
    'live viewer count',
  ],
  orders: ['订单数', '订单量', '成交订单数', '成交单数', '订单', 'orders', 'order count', 'paid orders'],
  gmv: [
    '成交金额',
    'GMV',
    '成交额',
    '销售额',
    '支付金额',
    '直播间成交金额',
    '成交金额元',
    'sales',
    'revenue',
    'gmv yuan',
  ],
  watchTimeSeconds: [
    '观看时长',
    '播放时长',
    '总播放时长',
    '总观看时长',
    '累计观看时长',
    'watch time',
    'total watch time',
    'watch_time',
    'watch time seconds',
  ],
};

export const importGranularities = ['auto', 'day', 'week'] as const;

const fileSource = {
  fileName: z.string().trim().min(1, 'Required').max(255),
  /** The file's bytes, base64 (`contentBase64` is accepted as another name for it). */
  base64: z.string().min(1, 'The file is empty'),
};

const mappingSchema = z
  .partialRecord(
    z.enum(importFields),
    z.string().nullable(),
    'mapping must map field names to column headers',
  )
  .optional();

/** Where the rows come from and how to read them: shared by preview and the stateless commit. */
const importSourceShape = {
  workspaceId: idSchema.optional(),
  /** A new file… */
  fileName: fileSource.fileName.optional(),
  base64: fileSource.base64.optional(),
  contentBase64: fileSource.base64.optional(),
  /** …or a session from `metrics.importUpload` or an earlier preview (to correct the mapping). */
  sessionId: idSchema.optional(),
  /** Field → header as corrected by the user; fields left out are mapped automatically, null unmaps. */
  mapping: mappingSchema,
  granularity: z.enum(importGranularities).default('auto'),
  /** Rows of a file without an account column belong to this account. */
  accountId: idSchema.optional(),
};

function checkSource(
  input: {
    base64?: string | undefined;
    contentBase64?: string | undefined;
    sessionId?: string | undefined;
    fileName?: string | undefined;
    workspaceId?: string | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  const hasFile = input.base64 !== undefined || input.contentBase64 !== undefined;
  if (hasFile && input.sessionId !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['sessionId'],
      message: 'Send either a file or a sessionId, not both',
    });
  }
  if (!hasFile && input.sessionId === undefined) {
    ctx.addIssue({ code: 'custom', path: ['base64'], message: 'Send the file (base64) or a sessionId' });
  }
  if (hasFile && input.fileName === undefined) {
    ctx.addIssue({ code: 'custom', path: ['fileName'], message: 'Required' });
  }
  if (hasFile && input.workspaceId === undefined) {
    ctx.addIssue({ code: 'custom', path: ['workspaceId'], message: 'Required' });
  }
}

export const metricsImportPreviewInputSchema = z
  .strictObject({ ...importSourceShape, workspaceId: idSchema })
  .superRefine(checkSource);
export type MetricsImportPreviewInput = z.output<typeof metricsImportPreviewInputSchema>;

export const metricsImportUploadInputSchema = z.strictObject({
  workspaceId: idSchema,
  fileName: fileSource.fileName,
  /** Omit on the first chunk; then send the id the first answer gave. */
  sessionId: idSchema.optional(),
  /** Byte offset of this chunk: chunks must arrive in order, so a lost one is detected, not glued over. */
  offset: z.number().int().min(0),
  chunkBase64: z.string().min(1, 'The chunk is empty'),
  /** On the last chunk the file is read, and its headers returned for the mapping step. */
  last: z.boolean().default(false),
});

/** One cell error shape for every row importer (shared/domain/importCells.ts). */
export type { ImportCellError };

export const metricValuesSchema = z.object(
  Object.fromEntries(metricFields.map((f) => [f, z.number().nullable()])) as Record<
    MetricField,
    z.ZodNullable<z.ZodNumber>
  >,
);
export type MetricValues = z.infer<typeof metricValuesSchema>;

export const importPreviewRowSchema = z.object({
  rowNumber: z.number().int(),
  date: z.string().nullable(),
  accountId: z.string().nullable(),
  accountLabel: z.string().nullable(),
  contentId: z.string().nullable(),
  values: metricValuesSchema,
  /** 'insert' a new period, 'update' one stored already, 'error' when the row has an error. */
  action: z.enum(['insert', 'update', 'error']),
});

export const metricsImportPreviewSchema = z.object({
  sessionId: idSchema,
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.string().nullable()),
  /** Headers no field uses: ignored on commit. */
  unmapped: z.array(z.string()),
  granularity: granularitySchema,
  level: z.enum(['account', 'content']),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  errorRows: z.number().int(),
  inserts: z.number().int(),
  updates: z.number().int(),
  accounts: z.array(
    z.object({
      accountId: idSchema,
      handle: z.string(),
      displayName: z.string(),
      rows: z.number().int(),
      from: z.string(),
      to: z.string(),
    }),
  ),
  /** Every cell problem up to a cap (errorCount says how many there are). */
  errors: z.array(importCellErrorSchema),
  errorCount: z.number().int(),
  /** What the importer assumed for the whole file (the year of dates written without one). */
  notes: z.array(importNoteSchema).optional(),
  /** The first rows as they will be stored. */
  rows: z.array(importPreviewRowSchema),
});
export type MetricsImportPreview = z.infer<typeof metricsImportPreviewSchema>;

/**
 * Commit a previewed session (`sessionId`), or — like the content and creator imports — send the same file
 * and mapping again: it is read and checked afresh and written in one transaction.
 */
export const metricsImportCommitInputSchema = z
  .strictObject({
    ...importSourceShape,
    /** Rows with errors block the commit unless the user chooses to leave them out. */
    skipInvalidRows: z.boolean().optional(),
    /** Another name for skipInvalidRows (the content and creator imports call it so). */
    skipInvalid: z.boolean().optional(),
  })
  .superRefine(checkSource);
export type MetricsImportCommitInput = z.output<typeof metricsImportCommitInputSchema>;

export const metricsImportResultSchema = z.object({
  sessionId: idSchema,
  inserted: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  accounts: z.number().int(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});

export const metricsSeriesInputSchema = z
  .strictObject({
    accountId: idSchema,
    metric: seriesMetricSchema,
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    /** Defaults to daily rows when the account has any, else weekly. */
    granularity: granularitySchema.optional(),
  })
  .refine((i) => !i.from || !i.to || i.from <= i.to, { path: ['to'], message: 'to must not be before from' });

export const seriesPointSchema = z.object({ date: z.string(), value: z.number() });

export const metricsSeriesSchema = z.object({
  accountId: idSchema,
  metric: seriesMetricSchema,
  granularity: granularitySchema,
  points: z.array(seriesPointSchema),
});

/** Per-account totals for the matrix bubble chart (reach vs GMV). */
export const metricsOverviewSchema = z.object({
  workspaceId: idSchema,
  from: z.string().nullable(),
  to: z.string().nullable(),
  accounts: z.array(
    z.object({
      accountId: idSchema,
      displayName: z.string(),
      handle: z.string(),
      role: z.enum(['brand', 'sales']),
      followers: z.number(),
      days: z.number().int(),
      views: z.number(),
      engagement: z.number(),
      gmv: z.number(),
      newFollowers: z.number(),
    }),
  ),
});
export type MetricsOverview = z.infer<typeof metricsOverviewSchema>;
