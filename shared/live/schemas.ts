import { z } from 'zod';
import { pageInputShape, pageSchema } from '../api/paging';
import { idSchema } from '../domain/ids';
import { importCellErrorSchema } from '../domain/importCells';
import { importFileSummaryShape, importNoteSchema } from '../domain/importPreview';
import { bands } from './benchmarks';
import { sessionValueFields, trafficSources, type SessionValueField } from './fields';
import { sessionMetrics, type SessionMetric } from './funnel';
import { sessionImportFields } from './importFields';
import { timeSlotIds } from './slots';

const nullableNumber = z.number().nullable();

export const sessionValuesSchema = z.object(
  Object.fromEntries(sessionValueFields.map((f) => [f, nullableNumber])) as Record<
    SessionValueField,
    typeof nullableNumber
  >,
);
export const sessionMetricValuesSchema = z.object(
  Object.fromEntries(sessionMetrics.map((m) => [m, nullableNumber])) as Record<
    SessionMetric,
    typeof nullableNumber
  >,
);
export const trafficMixSchema = z.partialRecord(z.enum(trafficSources), z.number());
export const sessionMetricSchema = z.enum(sessionMetrics);
export const timeSlotSchema = z.enum(timeSlotIds);
export const bandSchema = z.enum(bands);
export const roomTypeSchema = z.enum(['account', 'creator']);

/** A session as lists and the diagnosis show it: where, when, what was exported and what follows from it. */
export const liveSessionSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  roomType: roomTypeSchema,
  /** The sales account (自播) or the creator (达播) whose room it was. */
  roomId: idSchema,
  roomLabel: z.string(),
  startedAt: z.string(),
  endedAt: z.string(),
  durationSeconds: z.number().int(),
  slot: timeSlotSchema,
  /** The planned live item on the calendar this session ran for, when their times overlap. */
  contentId: z.string().nullable(),
  contentTitle: z.string().nullable(),
  values: sessionValuesSchema,
  traffic: trafficMixSchema,
  metrics: sessionMetricValuesSchema,
  source: z.string(),
  importedAt: z.string(),
});
export type LiveSession = z.infer<typeof liveSessionSchema>;

export const liveSessionListItemSchema = liveSessionSchema.omit({ traffic: true, source: true });
export type LiveSessionListItem = z.infer<typeof liveSessionListItemSchema>;

const fileSource = {
  fileName: z.string().trim().min(1, 'Required').max(255),
  /** The file's bytes, base64. */
  base64: z.string().min(1, 'The file is empty'),
};

export const sessionImportMappingSchema = z
  .partialRecord(z.enum(sessionImportFields as [string, ...string[]]), z.string().nullable())
  .optional();

const importSourceShape = {
  workspaceId: idSchema,
  ...fileSource,
  /** Field → header as corrected by the user; fields left out are mapped automatically, null unmaps. */
  mapping: sessionImportMappingSchema,
  /** Rows of a file without a room column belong to this sales account… */
  accountId: idSchema.optional(),
  /** …or to this creator (达播). */
  creatorId: idSchema.optional(),
};

function oneRoomAtMost(
  input: { accountId?: string | undefined; creatorId?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (input.accountId !== undefined && input.creatorId !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['creatorId'],
      message: 'Choose an account or a creator, not both',
      params: { code: 'liveSessions.roomOrCreator' },
    });
  }
}

export const liveImportPreviewInputSchema = z.strictObject(importSourceShape).superRefine(oneRoomAtMost);
export type LiveImportPreviewInput = z.output<typeof liveImportPreviewInputSchema>;

export const liveImportCommitInputSchema = z
  .strictObject({
    ...importSourceShape,
    /** Rows with errors block the commit unless the user chooses to leave them out. */
    skipInvalidRows: z.boolean().default(false),
  })
  .superRefine(oneRoomAtMost);
export type LiveImportCommitInput = z.output<typeof liveImportCommitInputSchema>;

export const liveImportPreviewRowSchema = z.object({
  rowNumber: z.number().int(),
  roomType: roomTypeSchema.nullable(),
  roomId: z.string().nullable(),
  roomLabel: z.string().nullable(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  values: sessionValuesSchema,
  contentId: z.string().nullable(),
  action: z.enum(['insert', 'update', 'error']),
});

export const liveImportPreviewSchema = z.object({
  ...importFileSummaryShape,
  mapping: z.record(z.string(), z.string().nullable()),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  errorRows: z.number().int(),
  inserts: z.number().int(),
  updates: z.number().int(),
  errors: z.array(importCellErrorSchema),
  /** What the importer assumed for the whole file (the year of start times written without one). */
  notes: z.array(importNoteSchema),
  errorCount: z.number().int(),
  rows: z.array(liveImportPreviewRowSchema),
});
export type LiveImportPreview = z.infer<typeof liveImportPreviewSchema>;

export const liveImportResultSchema = z.object({
  inserted: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  linkedToPlan: z.number().int(),
  sessionIds: z.array(idSchema),
});

export const liveListInputSchema = z.strictObject({
  workspaceId: idSchema,
  roomId: idSchema.optional(),
  ...pageInputShape,
});

export const liveListSchema = pageSchema(liveSessionListItemSchema);

export const benchmarkPairSchema = z.object({ p50: z.number(), p75: z.number() });

export const metricAssessmentSchema = z.object({
  metric: sessionMetricSchema,
  value: nullableNumber,
  own: benchmarkPairSchema.nullable(),
  peer: benchmarkPairSchema.nullable(),
  basis: z.enum(['own', 'peer']).nullable(),
  band: bandSchema.nullable(),
  shortfall: nullableNumber,
  isFunnelStep: z.boolean(),
});

export const liveDiagnosisSchema = z.object({
  session: liveSessionSchema,
  /** The sessions the own benchmark was read from: same room, same slot, before this one. */
  benchmarkSessions: z.number().int(),
  benchmarkLimit: z.number().int(),
  metrics: z.array(metricAssessmentSchema),
  findings: z.array(metricAssessmentSchema),
  traffic: z.object({
    session: trafficMixSchema,
    /** The room's usual mix: viewer-weighted over the benchmark sessions. */
    usual: trafficMixSchema,
  }),
});
export type LiveDiagnosis = z.infer<typeof liveDiagnosisSchema>;

export const liveTrendSchema = z.object({
  roomId: idSchema,
  points: z.array(
    z.object({
      sessionId: idSchema,
      startedAt: z.string(),
      slot: timeSlotSchema,
      metrics: sessionMetricValuesSchema,
    }),
  ),
});

export const liveCompareSchema = z.object({
  a: liveSessionSchema,
  b: liveSessionSchema,
  /** b − a per metric; null where either is not available. */
  delta: sessionMetricValuesSchema,
});

export const benchmarksInputSchema = z.strictObject({
  roomId: idSchema,
  slot: timeSlotSchema,
  limit: z.number().int().min(3).max(200).default(20),
});

export const benchmarksSchema = z.object({
  roomId: idSchema,
  slot: timeSlotSchema,
  sessions: z.number().int(),
  metrics: z.array(
    z.object({
      metric: sessionMetricSchema,
      own: benchmarkPairSchema.nullable(),
      peer: benchmarkPairSchema.nullable(),
    }),
  ),
});

const peerValue = z.number().min(0, 'Must not be negative').max(1e12);

export const benchmarksSetInputSchema = z.strictObject({
  roomId: idSchema,
  /** One entry per metric; both values null clears the metric's peer values. */
  values: z
    .array(
      z
        .strictObject({ metric: sessionMetricSchema, p50: peerValue.nullable(), p75: peerValue.nullable() })
        .refine((v) => (v.p50 === null) === (v.p75 === null), {
          path: ['p75'],
          message: 'Give both 中位值 and 优秀值, or neither',
          params: { code: 'liveSessions.peerBoth' },
        }),
    )
    .max(sessionMetrics.length),
});

export type { SessionMetric };
