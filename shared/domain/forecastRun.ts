import { z } from 'zod';
import { idSchema } from './ids';
import { forecastMetricSchema, granularitySchema } from './metrics';
import { forecastDiagnosticsSchema, forecastQuantileSchema, horizonSchema } from '../forecast/schema';
import { errorParamsSchema } from '../api/result';
import { pageInputShape } from '../api/paging';

/**
 * A stored forecast run: what was forecast for which account, from which history, by which method and
 * parameters, and what it said. Runs are kept so their accuracy can be checked when actuals arrive.
 */

export const forecastRunInputSchema = z.strictObject({
  accountId: idSchema,
  metric: forecastMetricSchema,
  horizon: horizonSchema,
  /** Defaults to the account's data: daily rows when it has them, else weekly. */
  frequency: granularitySchema.optional(),
  /** Add the expected contribution of planned (scheduled, not yet published) content. */
  includePlanned: z.boolean().default(true),
  /** Store the run (default). false previews without keeping it. */
  save: z.boolean().default(true),
});

export const plannedContributionSchema = z.object({
  contentId: z.string(),
  title: z.string(),
  date: z.string(),
  /** The item's match with the account's audience (0–100), null when either side has no tags/profile. */
  match: z.number().nullable(),
  /** Multiplier applied to the account's per-post distribution (match ÷ the account's typical match). */
  factor: z.number(),
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
});
export type PlannedContribution = z.infer<typeof plannedContributionSchema>;

export const forecastRunParametersSchema = z.object({
  /** The engine's diagnostics (candidates, weights, backtest size), or those of views for GMV = views × GPM. */
  diagnostics: forecastDiagnosticsSchema.nullable(),
  /** For sales accounts' GMV: the GPM (¥ per 1,000 views) quantiles drawn from the account's history. */
  gpm: z.object({ p10: z.number(), p50: z.number(), p90: z.number(), days: z.number().int() }).nullable(),
  /** Per-post distribution of the metric used for planned content, null when unknown. */
  perPost: z
    .object({
      p10: z.number(),
      p50: z.number(),
      p90: z.number(),
      posts: z.number().int(),
      /** The account's usual posting rate, already inside the baseline (published items per day). */
      usualPostsPerDay: z.number(),
    })
    .nullable(),
  /** Values below zero (net follower losses) clamped to 0 before forecasting. */
  clampedNegatives: z.number().int(),
  /** English, for API users. */
  notes: z.array(z.string()),
  /** The same notes as codes + params (`errors` namespace), in order; absent on runs stored before them. */
  noteDetails: z.array(z.object({ code: z.string(), params: errorParamsSchema })).optional(),
});

export const forecastRunSchema = z.object({
  id: z.string().nullable(),
  workspaceId: idSchema,
  accountId: idSchema,
  metric: forecastMetricSchema,
  frequency: granularitySchema,
  horizon: z.number().int(),
  method: z.string(),
  historyPoints: z.number().int(),
  historyEnd: z.string().nullable(),
  insufficientHistory: z.boolean(),
  /** Baseline forecast plus planned content: what the chart's fan shows. */
  quantiles: z.array(forecastQuantileSchema),
  planned: z.array(plannedContributionSchema),
  parameters: forecastRunParametersSchema,
  createdAt: z.string(),
});
export type ForecastRun = z.infer<typeof forecastRunSchema>;

export const forecastsListInputSchema = z
  .strictObject({
    workspaceId: idSchema.optional(),
    accountId: idSchema.optional(),
    metric: forecastMetricSchema.optional(),
    ...pageInputShape,
  })
  .refine((i) => i.workspaceId !== undefined || i.accountId !== undefined, {
    path: ['accountId'],
    message: 'Give an accountId or a workspaceId',
  });

export const forecastsAccuracyInputSchema = z.strictObject({
  accountId: idSchema,
  metric: forecastMetricSchema.optional(),
});

export const accuracyPointSchema = z.object({
  date: z.string(),
  actual: z.number(),
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
  naive: z.number(),
  inside80: z.boolean(),
});

const accuracyFigures = {
  /** Forecast dates that now have actuals. */
  evaluated: z.number().int(),
  /** Mean |actual − p50| ÷ the in-sample one-step naive MAE of the run's history; null if undefined. */
  mase: z.number().nullable(),
  /** The same for the naive (last value) forecast from the same origin: the bar to beat. */
  maseNaive: z.number().nullable(),
  /** Share of actuals inside [p10, p90] (the 80% band); null when nothing was evaluated. */
  coverage80: z.number().nullable(),
};

export const forecastAccuracySchema = z.object({
  accountId: idSchema,
  runs: z.array(
    z.object({
      runId: idSchema,
      metric: forecastMetricSchema,
      method: z.string(),
      frequency: granularitySchema,
      createdAt: z.string(),
      historyEnd: z.string().nullable(),
      ...accuracyFigures,
      points: z.array(accuracyPointSchema),
    }),
  ),
  overall: z.object(accuracyFigures),
});
export type ForecastAccuracy = z.infer<typeof forecastAccuracySchema>;
