import { z } from 'zod';
import { defineMethods } from './define';
import { idSchema } from '../domain/ids';
import {
  metricsImportCommitInputSchema,
  metricsImportPreviewInputSchema,
  metricsImportPreviewSchema,
  metricsImportResultSchema,
  metricsImportUploadInputSchema,
  metricsOverviewSchema,
  metricsSeriesInputSchema,
  metricsSeriesSchema,
} from '../domain/metrics';

/**
 * Performance import runs in a server-side session: upload (in chunks for progress) → preview (per-cell
 * errors, mapping the user can correct, re-run on the same session) → commit in one transaction, or cancel.
 */
export const metricsContract = defineMethods({
  'metrics.importUpload': {
    input: metricsImportUploadInputSchema,
    output: z.object({
      sessionId: idSchema,
      receivedBytes: z.number().int(),
      /** After the last chunk: the file's headers and data rows. */
      headers: z.array(z.string()).nullable(),
      totalRows: z.number().int().nullable(),
    }),
  },
  'metrics.importPreview': { input: metricsImportPreviewInputSchema, output: metricsImportPreviewSchema },
  'metrics.importCommit': { input: metricsImportCommitInputSchema, output: metricsImportResultSchema },
  'metrics.importCancel': {
    input: z.strictObject({ sessionId: idSchema }),
    output: z.object({ sessionId: idSchema, discarded: z.boolean() }),
  },
  'metrics.series': { input: metricsSeriesInputSchema, output: metricsSeriesSchema },
  /** Per-account totals over the last `days` days of data: the matrix bubble chart. */
  'metrics.overview': {
    input: z.strictObject({ workspaceId: idSchema, days: z.number().int().min(1).max(366).default(30) }),
    output: metricsOverviewSchema,
  },
});
