import { z } from 'zod';
import { idSchema } from './ids';
import { errorCodes, errorParamsSchema, apiIssueSchema } from '../api/result';
import { metricsImportResultSchema } from './metrics';
import { forecastMetricSchema } from './metrics';
import { horizonSchema } from '../forecast/schema';
import { liveImportPreviewSchema, liveImportResultSchema } from '../live/schemas';
import { metricsImportPreviewSchema } from './metrics';
import { importPreviewSchema } from '../content/importSchemas';
import { creatorImportPreviewSchema } from './creatorImport';

/**
 * Long work (big imports, "forecast all", later bundle import) runs as a job in a worker thread with its
 * own database connection, so the app keeps answering while it writes. A job is all-or-nothing: it writes
 * in one transaction, and cancelling (or a failure) rolls everything back.
 */
export const jobKinds = [
  'metrics.import',
  'forecasts.runAll',
  'liveSessions.import',
  // Import previews: read-only passes over a big file, off the request path (see previewJobs.ts).
  'metrics.preview',
  'content.preview',
  'creators.preview',
  'liveSessions.preview',
] as const;

/**
 * What `progress` and `total` count: units of the job's work (rows, accounts), or, as 'characters', the
 * bytes of an uploaded file read so far while it is parsed as it streams (the bar then shows how much
 * of the file was read; the name predates the streamed read, which counts bytes).
 */
export const jobProgressUnits = ['units', 'characters'] as const;
export type JobProgressUnit = (typeof jobProgressUnits)[number];

/** queued → running → succeeded | failed | cancelled; the last three are final. */
export const jobStates = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobState = (typeof jobStates)[number];
export const finalJobStates: readonly JobState[] = ['succeeded', 'failed', 'cancelled'];
export const isFinalJobState = (state: JobState): boolean => finalJobStates.includes(state);

export const forecastAllResultSchema = z.object({
  /** Accounts forecast and saved. */
  saved: z.number().int(),
  /** Accounts without enough history: nothing saved for them. */
  insufficient: z.number().int(),
  accounts: z.number().int(),
});
export type ForecastAllResult = z.infer<typeof forecastAllResultSchema>;

export const jobResultSchema = z.discriminatedUnion('kind', [
  metricsImportResultSchema.extend({ kind: z.literal('metrics.import') }),
  forecastAllResultSchema.extend({ kind: z.literal('forecasts.runAll') }),
  liveImportResultSchema.extend({ kind: z.literal('liveSessions.import') }),
  // A preview job's result is exactly what the synchronous preview method returns.
  z.object({ kind: z.literal('metrics.preview'), preview: metricsImportPreviewSchema }),
  z.object({ kind: z.literal('content.preview'), preview: importPreviewSchema }),
  z.object({ kind: z.literal('creators.preview'), preview: creatorImportPreviewSchema }),
  z.object({ kind: z.literal('liveSessions.preview'), preview: liveImportPreviewSchema }),
]);
export type JobResult = z.infer<typeof jobResultSchema>;

export const jobErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  reason: z.string().optional(),
  params: errorParamsSchema.optional(),
  issues: z.array(apiIssueSchema).optional(),
});
export type JobError = z.infer<typeof jobErrorSchema>;

export const jobSchema = z.object({
  id: idSchema,
  kind: z.enum(jobKinds),
  workspaceId: idSchema,
  state: z.enum(jobStates),
  /**
   * Units done so far (rows for an import or a preview, accounts for "forecast all"), out of `total` when
   * known.
   */
  progress: z.number().int().min(0),
  total: z.number().int().min(0).nullable(),
  progressUnit: z.enum(jobProgressUnits),
  result: jobResultSchema.nullable(),
  error: jobErrorSchema.nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Job = z.infer<typeof jobSchema>;

export const jobStartedSchema = z.object({ jobId: idSchema });

export const forecastAllInputSchema = z.strictObject({
  workspaceId: idSchema,
  metric: forecastMetricSchema,
  horizon: horizonSchema,
  includePlanned: z.boolean().default(true),
});
export type ForecastAllInput = z.output<typeof forecastAllInputSchema>;
