import { z } from 'zod';
import { idSchema } from './ids';

/**
 * The file an importer receives in one call: the workspace, the file's name and its bytes as base64,
 * refused above `maxBytes` (its base64 length, rounded up to whole 4-character groups) before anything
 * is decoded.
 */
export function uploadedFileShape(maxBytes: number) {
  return {
    workspaceId: idSchema,
    fileName: z.string().trim().min(1, 'Required').max(255),
    base64: z
      .string()
      .min(1, 'The file is empty')
      .max(Math.ceil(maxBytes / 3) * 4, `The file is larger than ${maxBytes / 1024 / 1024} MB`),
  };
}

/** What every import preview says about the file it read, whatever the importer. */
export const importFileSummaryShape = {
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  sheetName: z.string().nullable(),
  headers: z.array(z.string()),
  /** Headers no field uses; they are ignored. */
  unmapped: z.array(z.string()),
};

/** Row tallies of a preview: what a commit would create, update, leave alone or skip. */
export const importCountsSchema = z.object({
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
});

/** A note on the whole file (see `importNoteCodes`): English `message`, `code` and `params` to translate. */
export const importNoteSchema = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ImportNote = z.infer<typeof importNoteSchema>;
