import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { industryCategorySchema, workspaceStageSchema } from '../domain/workspace';

/**
 * The agency portfolio: one row per client workspace with what needs attention. Money in integer fen;
 * dates `YYYY-MM-DD` in each workspace's own zone; instants UTC ISO.
 */

/** Pages a row can open its workspace on (route segments under /w/:workspaceId/). */
export const portfolioPages = ['calendar', 'offers', 'performance', 'matrix'] as const;
export const portfolioPageSchema = z.enum(portfolioPages);
export type PortfolioPage = z.infer<typeof portfolioPageSchema>;

/** Why a row opens on its page, most urgent first (see focusRules in aggregate.ts). */
export const portfolioFocusReasons = [
  'overdue_items',
  'awaiting_approval',
  'offers_awaiting_answer',
  'deliverables_overdue',
  'plan_below_target',
  'guardrails',
  'gmv_falling',
  'none',
] as const;
export const portfolioFocusReasonSchema = z.enum(portfolioFocusReasons);
export type PortfolioFocusReason = z.infer<typeof portfolioFocusReasonSchema>;

export const portfolioSummaryInputSchema = z
  .strictObject({
    /** Opaque; from the previous page's nextCursor. */
    cursor: z.string().max(20).nullish(),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .default({ limit: 200 });

export const portfolioWeekSchema = z.object({
  /** The Monday of the current planning week in the workspace's zone. */
  weekStart: z.string(),
  /** Short videos and image posts planned this week (cancelled excluded) vs Σ postsPerWeek of active accounts. */
  postsPlanned: z.number().int(),
  postsTarget: z.number().nullable(),
  liveHoursPlanned: z.number(),
  liveHoursTarget: z.number().nullable(),
  /** Active accounts whose posts or live hours are below their weekly target. */
  accountsBelowTarget: z.number().int(),
  /** Guardrail findings this week: item findings once per item and code, week findings once per account and code. */
  guardrailCount: z.number().int(),
});
export type PortfolioWeek = z.infer<typeof portfolioWeekSchema>;

export const portfolioTrendPointSchema = z.object({
  date: z.string(),
  /** null: no daily row imported for that day. */
  views: z.number().int().nullable(),
  gmvFen: z.number().int().nullable(),
});
export type PortfolioTrendPoint = z.infer<typeof portfolioTrendPointSchema>;

export const portfolioPerformanceSchema = z.object({
  /** The last 30 days up to today (inclusive) and the 30 days before, in the workspace's zone. */
  from: z.string(),
  to: z.string(),
  views: z.number().int(),
  viewsPrevious: z.number().int(),
  /** (current − previous) ÷ previous × 100; null when the previous window has none. */
  viewsChangePct: z.number().nullable(),
  gmvFen: z.number().int(),
  gmvPreviousFen: z.number().int(),
  gmvChangePct: z.number().nullable(),
  /** Days of the last 30 with any imported daily row. */
  daysWithData: z.number().int(),
});
export type PortfolioPerformance = z.infer<typeof portfolioPerformanceSchema>;

export const portfolioForecastSchema = z.object({
  /** Σ over the active sales accounts' latest stored GMV runs of the days (or weeks) in the next 30 days. */
  gmvP50Fen: z.number().int(),
  /** Σ p10 and Σ p90: quantiles do not add, so this band is wider (more cautious) than the total's own. */
  gmvP10Fen: z.number().int(),
  gmvP90Fen: z.number().int(),
  accounts: z.number().int(),
});
export type PortfolioForecast = z.infer<typeof portfolioForecastSchema>;

export const portfolioRowSchema = z.object({
  workspaceId: idSchema,
  name: z.string(),
  industry: industryCategorySchema,
  stage: workspaceStageSchema,
  isSample: z.boolean(),
  timeZone: z.string(),
  accounts: z.object({ brand: z.number().int(), sales: z.number().int() }),
  week: portfolioWeekSchema,
  /** Items whose planned time has passed and that are neither published nor cancelled. */
  overdueItems: z.number().int(),
  /** Items sent for the client's approval and unanswered or changed since; null where approval is off. */
  awaitingApproval: z.number().int().nullable(),
  /** Brand-side offers the creator countered: our move. */
  offersAwaitingAnswer: z.number().int(),
  /** Creator deliverables past their due date and not yet published. */
  deliverablesOverdue: z.number().int(),
  performance: portfolioPerformanceSchema,
  forecast: portfolioForecastSchema.nullable(),
  /** Daily totals of the last 30 days, oldest first, for the row's sparkline. */
  trend: z.array(portfolioTrendPointSchema),
  lastActivityAt: z.string().nullable(),
  focus: z.object({ page: portfolioPageSchema, reason: portfolioFocusReasonSchema }),
});
export type PortfolioRow = z.infer<typeof portfolioRowSchema>;

export const portfolioSummarySchema = z.object({
  items: z.array(portfolioRowSchema),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
  generatedAt: z.string(),
});
export type PortfolioSummary = z.infer<typeof portfolioSummarySchema>;
