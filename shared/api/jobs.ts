import { z } from 'zod';
import { defineMethods } from './define';
import { idSchema } from '../domain/ids';
import { forecastAllInputSchema, jobSchema, jobStartedSchema } from '../domain/jobs';
import { metricsImportCommitInputSchema, metricsImportPreviewInputSchema } from '../domain/metrics';
import { liveImportCommitInputSchema, liveImportPreviewInputSchema } from '../live/schemas';
import { importPreviewInputSchema } from '../content/importSchemas';
import { creatorImportPreviewInputSchema } from './creators';

/**
 * Long work as jobs: a start method returns a job id at once; the caller polls jobs.get for progress and
 * the result, and may jobs.cancel (the job's single transaction rolls back).
 */
export const jobsContract = defineMethods({
  'jobs.get': { input: z.strictObject({ id: idSchema }), output: jobSchema },
  'jobs.cancel': { input: z.strictObject({ id: idSchema }), output: jobSchema },
  /** metrics.importCommit as a job: same input, checked the same way before the job starts. */
  'metrics.importStart': { input: metricsImportCommitInputSchema, output: jobStartedSchema },
  /** liveSessions.importCommit as a job (progress per session, cancel rolls back); checked before it starts. */
  'liveSessions.importStart': { input: liveImportCommitInputSchema, output: jobStartedSchema },
  /** A saved forecast for every active account of the workspace. */
  'forecasts.runAll': { input: forecastAllInputSchema, output: jobStartedSchema },
  /**
   * The import previews as jobs: same input as `*.importPreview`, the job's result holds the same preview
   * (progress in rows; cancel stores nothing). A metrics preview job also becomes the session's plan.
   */
  'metrics.importPreviewStart': { input: metricsImportPreviewInputSchema, output: jobStartedSchema },
  'content.importPreviewStart': { input: importPreviewInputSchema, output: jobStartedSchema },
  'creators.importPreviewStart': { input: creatorImportPreviewInputSchema, output: jobStartedSchema },
  'liveSessions.importPreviewStart': { input: liveImportPreviewInputSchema, output: jobStartedSchema },
});
