import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { accountSchema } from '../domain/account';
import { calendarDateSchema } from '../domain/dateSchema';
import { industryCategorySchema, workspaceStageSchema } from '../domain/workspace';
import { contentFormatSchema, contentObjectiveSchema, exportLanguageSchema } from '../content/model';
import { offerStateSchema } from '../domain/offer';
import { forecastMetricSchema, granularitySchema } from '../domain/metrics';
import { forecastQuantileSchema } from '../forecast/schema';
import { approvalModeSchema, approvalStateSchema } from '../approvals/model';

/**
 * The client report (客户报告, issue 8 §3): everything about one workspace over a date range, as data the
 * print page draws and the CSV zip tabulates. Dates `YYYY-MM-DD` in the workspace's zone (both ends
 * included); money in integer fen; instants UTC ISO.
 */

/** A report covers at most this many days (about 13 months: a year-on-year view with a margin). */
export const MAX_REPORT_DAYS = 400;
/** Published items listed in full up to this many; the rest are counted. */
export const MAX_REPORT_PUBLISHED = 500;

export const reportInputSchema = z.strictObject({
  workspaceId: idSchema,
  from: calendarDateSchema,
  to: calendarDateSchema,
  language: exportLanguageSchema.default('zh-CN'),
});

const loadStatusSchema = z.enum(['below', 'on_target', 'above', 'no_target']);

export const reportPlanRowSchema = z.object({
  weekStart: z.string(),
  accountId: idSchema,
  postsPlanned: z.number().int(),
  postsTarget: z.number().nullable(),
  postsStatus: loadStatusSchema,
  liveHoursPlanned: z.number(),
  liveHoursTarget: z.number().nullable(),
  liveHoursStatus: loadStatusSchema,
  /** Items of the week that are published. */
  published: z.number().int(),
});
export type ReportPlanRow = z.infer<typeof reportPlanRowSchema>;

export const reportPublishedItemSchema = z.object({
  id: idSchema,
  accountId: idSchema,
  title: z.string(),
  format: contentFormatSchema,
  objective: contentObjectiveSchema,
  plannedAt: z.string(),
  publishedAt: z.string().nullable(),
  publishedUrl: z.string().nullable(),
  /** A creator's deliverable (达播). */
  creatorName: z.string().nullable(),
  /** Σ of the item's imported per-content metrics; null when none were imported. */
  views: z.number().int().nullable(),
  gmvFen: z.number().int().nullable(),
});

export const reportOfferSchema = z.object({
  id: idSchema,
  title: z.string(),
  creatorName: z.string(),
  creatorHandle: z.string(),
  state: offerStateSchema,
  feeFen: z.number().int(),
  commissionPct: z.number(),
  createdAt: z.string(),
  stateChangedAt: z.string(),
  deliverables: z.object({ total: z.number().int(), published: z.number().int(), overdue: z.number().int() }),
});

export const reportDeliverableSchema = z.object({
  id: idSchema,
  offerId: idSchema,
  offerTitle: z.string(),
  creatorName: z.string(),
  format: z.enum(['video', 'live']),
  count: z.number().int(),
  dueOn: z.string(),
  accountLabel: z.string(),
  status: z.enum(['due', 'submitted', 'approved', 'published']),
  /** The creator's published link (entered on either side, or brought by the other side's file). */
  publishedUrl: z.string().nullable(),
  overdue: z.boolean(),
});

export const reportMetricTotalsSchema = z.object({
  views: z.number().int(),
  engagement: z.number().int(),
  gmvFen: z.number().int(),
  newFollowers: z.number().int(),
  days: z.number().int(),
});

export const reportSeriesPointSchema = z.object({
  date: z.string(),
  views: z.number().int(),
  engagement: z.number().int(),
  gmvFen: z.number().int(),
  newFollowers: z.number().int(),
});
export type ReportSeriesPoint = z.infer<typeof reportSeriesPointSchema>;

export const reportForecastSchema = z.object({
  runId: idSchema,
  accountId: idSchema,
  metric: forecastMetricSchema,
  frequency: granularitySchema,
  method: z.string(),
  createdAt: z.string(),
  /** The fan: p10/p50/p90 per date (GMV in yuan, as the engine works). */
  quantiles: z.array(forecastQuantileSchema),
});

export const reportAccuracySchema = z.object({
  accountId: idSchema,
  /** Forecast points with actuals imported since. */
  evaluated: z.number().int(),
  /** Mean absolute scaled error of the forecasts and of the naive "last value" forecast (lower is better). */
  mase: z.number().nullable(),
  maseNaive: z.number().nullable(),
  /** Share of actuals inside the forecasts' 80% band. */
  coverage80: z.number().nullable(),
});

export const reportApprovalItemSchema = z.object({
  itemId: idSchema,
  title: z.string(),
  accountId: idSchema,
  plannedAt: z.string(),
  /** null: published or cancelled without ever being sent for review. */
  state: approvalStateSchema.nullable(),
  reviewer: z.string().nullable(),
  answeredAt: z.string().nullable(),
});

export const reportLiveSessionSchema = z.object({
  id: idSchema,
  /** The account's or the creator's display name. */
  room: z.string(),
  startedAt: z.string(),
  minutes: z.number().int(),
  viewers: z.number().int().nullable(),
  views: z.number().int().nullable(),
  peakOnline: z.number().int().nullable(),
  orders: z.number().int().nullable(),
  gmvFen: z.number().int().nullable(),
  adSpendFen: z.number().int().nullable(),
  /** GMV per 1,000 views (观看次数, 罗盘's basis), in fen; null without views or GMV. */
  gpmFen: z.number().int().nullable(),
});

export const reportSchema = z.object({
  workspace: z.object({
    id: idSchema,
    name: z.string(),
    industry: industryCategorySchema,
    stage: workspaceStageSchema,
    timeZone: z.string(),
  }),
  from: z.string(),
  to: z.string(),
  language: exportLanguageSchema,
  generatedAt: z.string(),
  /** The Mondays of the weeks the range touches. */
  weeks: z.array(z.string()),
  /** The account matrix with its targets (archived accounts only when they have data in the range). */
  matrix: z.array(accountSchema),
  planVsTarget: z.array(reportPlanRowSchema),
  published: z.object({ items: z.array(reportPublishedItemSchema), total: z.number().int() }),
  /** The client's approval of the range's items (issue 8 §2); null where approval is off. */
  approvals: z
    .object({
      mode: approvalModeSchema,
      /** Items per state; `none` counts published or cancelled items that never needed review. */
      counts: z.record(z.enum([...approvalStateSchema.options, 'none']), z.number().int()),
      items: z.array(reportApprovalItemSchema),
      total: z.number().int(),
    })
    .nullable(),
  offers: z.object({
    items: z.array(reportOfferSchema),
    /** Σ fee of the accepted and completed offers listed. */
    spendFen: z.number().int(),
    deliverables: z.array(reportDeliverableSchema),
  }),
  performance: z.object({
    totals: reportMetricTotalsSchema,
    byAccount: z.array(reportMetricTotalsSchema.extend({ accountId: idSchema })),
    /** Daily totals over the workspace's accounts, every day of the range (zeros where nothing was imported). */
    series: z.array(reportSeriesPointSchema),
  }),
  forecasts: z.object({
    runs: z.array(reportForecastSchema),
    accuracy: z.array(reportAccuracySchema),
  }),
  /** Imported live-session results in the range (issue 10 §2); null when none were imported. */
  liveSessions: z
    .object({
      sessions: z.array(reportLiveSessionSchema),
      total: z.number().int(),
      totals: z.object({
        sessions: z.number().int(),
        hours: z.number(),
        viewers: z.number().int(),
        views: z.number().int(),
        gmvFen: z.number().int(),
        adSpendFen: z.number().int(),
      }),
    })
    .nullable(),
});
export type Report = z.infer<typeof reportSchema>;

export const reportCsvSchema = z.object({
  fileName: z.string(),
  base64: z.string(),
  /** The CSV files inside the zip. */
  files: z.array(z.string()),
});
