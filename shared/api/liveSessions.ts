import { z } from 'zod';
import { defineMethods } from './define';
import { idSchema } from '../domain/ids';
import {
  bandSchema,
  benchmarksInputSchema,
  benchmarksSchema,
  benchmarksSetInputSchema,
  liveCompareSchema,
  liveDiagnosisSchema,
  liveImportCommitInputSchema,
  liveImportPreviewInputSchema,
  liveImportPreviewSchema,
  liveImportResultSchema,
  liveListInputSchema,
  liveListSchema,
  liveSessionSchema,
  liveTrendSchema,
  timeSlotSchema,
} from '../live/schemas';

/**
 * Live-session diagnosis (直播诊断): per-session exports imported (preview → commit, stateless: the file
 * is sent again on commit and re-checked), the funnel of each session against the room's own and peer
 * benchmarks, trends and side-by-side comparison.
 */
export const liveSessionsContract = defineMethods({
  'liveSessions.importPreview': { input: liveImportPreviewInputSchema, output: liveImportPreviewSchema },
  'liveSessions.importCommit': { input: liveImportCommitInputSchema, output: liveImportResultSchema },
  'liveSessions.list': { input: liveListInputSchema, output: liveListSchema },
  'liveSessions.get': { input: z.strictObject({ sessionId: idSchema }), output: liveSessionSchema },
  'liveSessions.delete': {
    input: z.strictObject({ sessionId: idSchema }),
    output: z.object({ sessionId: idSchema, deleted: z.boolean() }),
  },
  'liveSessions.diagnose': {
    input: z.strictObject({
      sessionId: idSchema,
      benchmarkLimit: z.number().int().min(3).max(200).default(20),
    }),
    output: liveDiagnosisSchema,
  },
  'liveSessions.compare': {
    input: z
      .strictObject({ sessionIdA: idSchema, sessionIdB: idSchema })
      .refine((i) => i.sessionIdA !== i.sessionIdB, {
        path: ['sessionIdB'],
        message: 'Pick two different sessions',
      }),
    output: liveCompareSchema,
  },
  'liveSessions.trend': {
    input: z.strictObject({
      roomId: idSchema,
      limit: z.number().int().min(2).max(200).default(30),
      /** Only sessions started at or before this time (the diagnosed one), newest `limit` of them. */
      upTo: z.iso.datetime({ offset: true }).optional(),
      /** Only one time slot: a 午场 and a 晚场 funnel are not the same series. */
      slot: timeSlotSchema.optional(),
    }),
    output: liveTrendSchema,
  },
  /** Calendar and matrix: the session results of planned live items, and each 自播 room's last GPM band. */
  'liveSessions.links': {
    input: z.strictObject({ workspaceId: idSchema }),
    output: z.object({
      byContent: z.array(z.object({ contentId: idSchema, sessionId: idSchema })),
      latestByAccount: z.array(
        z.object({
          accountId: idSchema,
          sessionId: idSchema,
          startedAt: z.string(),
          gpm: z.number().nullable(),
          band: bandSchema.nullable(),
        }),
      ),
    }),
  },
  'benchmarks.get': { input: benchmarksInputSchema, output: benchmarksSchema },
  'benchmarks.set': {
    input: benchmarksSetInputSchema,
    output: z.object({ roomId: idSchema, saved: z.number().int(), cleared: z.number().int() }),
  },
});
