import { z } from 'zod';
import {
  importCountsSchema,
  importFileSummaryShape,
  importNoteSchema,
  uploadedFileShape,
} from '../domain/importPreview';
import { importErrorCodeFields } from '../domain/importErrors';
import { contentFormatSchema, contentObjectiveSchema, contentStatusSchema } from './model';
import { importFields } from './vocabulary';
import { contentWarningSchema } from './warnings';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

export const importFieldSchema = z.enum(importFields);

/** Which file column feeds which field: a header exactly as in the file, or null to ignore the field. */
export const importMappingSchema = z.partialRecord(importFieldSchema, z.string().nullable());

/** A value the user corrected in the preview; it replaces the cell of that row and field. */
export const importFixSchema = z.strictObject({
  rowNumber: z.number().int().min(1),
  field: importFieldSchema,
  value: z.string().max(20_000),
});

const importFileShape = {
  ...uploadedFileShape(MAX_IMPORT_BYTES),
  mapping: importMappingSchema.optional(),
  fixes: z.array(importFixSchema).max(10_000).optional(),
};

export const importPreviewInputSchema = z.strictObject(importFileShape);
export type ImportPreviewInput = z.output<typeof importPreviewInputSchema>;

export const importCommitInputSchema = z.strictObject({
  ...importFileShape,
  /**
   * false (default): refuse the whole import if any row has an error, writing nothing.
   * true: the user confirmed skipping the rows with errors; all valid rows are written in one transaction.
   */
  skipInvalid: z.boolean().default(false),
});
export type ImportCommitInput = z.output<typeof importCommitInputSchema>;

export const importRowValuesSchema = z.object({
  accountId: z.string().nullable(),
  /** The account as the user knows it: display name and @handle. */
  accountLabel: z.string().nullable(),
  title: z.string().nullable(),
  format: contentFormatSchema.nullable(),
  objective: contentObjectiveSchema.nullable(),
  pillar: z.string(),
  status: contentStatusSchema,
  plannedAt: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  productIds: z.array(z.string()),
  productLabels: z.array(z.string()),
  tags: z.array(z.string()),
  owner: z.string(),
  brief: z.string(),
  publishedUrl: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type ImportRowValues = z.infer<typeof importRowValuesSchema>;

export const importRowErrorSchema = z.object({
  field: importFieldSchema,
  message: z.string(),
  ...importErrorCodeFields,
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importRowSchema = z.object({
  /** The row as the spreadsheet numbers it (the header is row 1). */
  rowNumber: z.number().int(),
  /** create a new item, update the matching one, leave it (identical), or skip it (errors). */
  action: z.enum(['create', 'update', 'unchanged', 'invalid']),
  matchId: z.string().nullable(),
  /** Cell text per field, after fixes: what the preview's editable cells show. */
  raw: z.partialRecord(importFieldSchema, z.string()),
  values: importRowValuesSchema,
  errors: z.array(importRowErrorSchema),
  warnings: z.array(contentWarningSchema),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export { importCountsSchema };

export const importPreviewSchema = z.object({
  ...importFileSummaryShape,
  mapping: z.record(importFieldSchema, z.string().nullable()),
  /** Required fields no column feeds. */
  missingFields: z.array(importFieldSchema),
  timeZone: z.string(),
  /** What the importer assumed for the whole file (the year of month-days, 00:00 for dates alone). */
  notes: z.array(importNoteSchema),
  rows: z.array(importRowSchema),
  counts: importCountsSchema,
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importCommitResultSchema = z.object({
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  itemIds: z.array(z.string()),
});
export type ImportCommitResult = z.infer<typeof importCommitResultSchema>;
