import { z } from 'zod';
import { isIsoDate } from '../domain/dates';

/**
 * The forecast contract. Messages name the field because they surface verbatim in the import dialog
 * and the API error's `issues`, where a bare "Too small" would not tell a marketer what to fix.
 */

export const forecastFrequencies = ['day', 'week'] as const;
export const forecastFrequencySchema = z.enum(forecastFrequencies);
export type ForecastFrequency = z.infer<typeof forecastFrequencySchema>;

/** count/amount are modelled on log1p (multiplicative noise, never negative); rate on its own scale. */
export const forecastKinds = ['count', 'amount', 'rate'] as const;
export const forecastKindSchema = z.enum(forecastKinds);
export type ForecastKind = z.infer<typeof forecastKindSchema>;

export const MAX_HORIZON = 365;
/** Ten years of daily points; more would only slow the backtest without changing a near-term forecast. */
export const MAX_POINTS = 3_660;

export const seriesPointSchema = z.strictObject({
  date: z.string({ error: 'date must be a YYYY-MM-DD string' }).refine(isIsoDate, {
    error: 'date must be a valid calendar date in YYYY-MM-DD form',
  }),
  value: z
    .number({ error: 'value must be a number' })
    .refine(Number.isFinite, { error: 'value must be a finite number' })
    .refine((v) => v >= 0, { error: 'value must not be negative' }),
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

export const seriesPointsSchema = z
  .array(seriesPointSchema, { error: 'points must be an array of { date, value }' })
  .max(MAX_POINTS, { error: `points must hold at most ${MAX_POINTS} entries` })
  .superRefine((points, ctx) => {
    // Two values for one day usually mean an import joined two exports; guessing which is right
    // (sum? last?) would silently change the series, so the caller must resolve it.
    const seen = new Set<string>();
    points.forEach((point, index) => {
      if (seen.has(point.date)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'date'],
          message: `points contain the date ${point.date} more than once`,
        });
      }
      seen.add(point.date);
    });
  });

/** How many periods ahead to forecast: one forecast, a stored run, or a whole workspace's runs. */
export const horizonSchema = z
  .number('horizon must be a number')
  .int('horizon must be a whole number')
  .min(1, 'horizon must be at least 1')
  .max(MAX_HORIZON, `horizon must be at most ${MAX_HORIZON}`);

export const forecastInputSchema = z.strictObject({
  points: seriesPointsSchema,
  horizon: horizonSchema,
  frequency: forecastFrequencySchema.optional(),
  kind: forecastKindSchema.default('amount'),
});
export type ForecastInput = z.input<typeof forecastInputSchema>;
export type ParsedForecastInput = z.output<typeof forecastInputSchema>;

const nonNegativeFinite = z.number().refine(Number.isFinite, { error: 'must be finite' }).min(0);

export const forecastQuantileSchema = z
  .strictObject({
    date: z.string().refine(isIsoDate, { error: 'date must be a valid YYYY-MM-DD date' }),
    p10: nonNegativeFinite,
    p50: nonNegativeFinite,
    p90: nonNegativeFinite,
  })
  .refine((q) => q.p10 <= q.p50 && q.p50 <= q.p90, { error: 'quantiles must satisfy p10 <= p50 <= p90' });
export type ForecastQuantile = z.infer<typeof forecastQuantileSchema>;

export const candidateDiagnosticSchema = z.strictObject({
  name: z.string(),
  /** Backtest MAE on the model scale divided by the in-sample one-step naive MAE; null when that is 0. */
  mase: z.number().nullable(),
  /** Mean absolute backtest error on the model scale (log1p for count/amount). */
  mae: z.number(),
  weight: z.number().min(0).max(1),
});
export type CandidateDiagnostic = z.infer<typeof candidateDiagnosticSchema>;

export const forecastDiagnosticsSchema = z.strictObject({
  transform: z.enum(['log1p', 'identity']),
  /** Grid steps with no observation, filled by interpolation on the model scale. */
  missing: z.number().int().min(0),
  /** Forecast origins used by the backtest, and how many steps ahead each was scored. */
  origins: z.number().int().min(0),
  backtestSteps: z.number().int().min(0),
  /** Backtest errors behind the interval at step 1 (fewer means a wider, more assumption-led band). */
  intervalErrors: z.number().int().min(0),
  candidates: z.array(candidateDiagnosticSchema),
});

export const forecastOutputSchema = z.strictObject({
  frequency: forecastFrequencySchema,
  method: z.string(),
  /** Observed points the forecast rests on (after snapping to the frequency grid). */
  history: z.number().int().min(0),
  insufficientHistory: z.boolean(),
  quantiles: z.array(forecastQuantileSchema),
  diagnostics: forecastDiagnosticsSchema,
});
export type ForecastOutput = z.infer<typeof forecastOutputSchema>;
