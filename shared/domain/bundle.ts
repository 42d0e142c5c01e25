import { z } from 'zod';

/**
 * The hand-over bundle (`.mdbundle`): one workspace with everything it owns, for another MatrixDesk.
 * The file is the magic line `MATRIXDESK-BUNDLE\n` followed by a gzip of the JSON envelope below; the
 * envelope carries the SHA-256 of its `content` text so a truncated or edited file is refused whole.
 */
export const BUNDLE_FILE_EXTENSION = '.mdbundle';
export const BUNDLE_MAGIC = 'MATRIXDESK-BUNDLE\n';
export const BUNDLE_FORMAT = 'matrixdesk-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
/** Compressed size a bundle may have (the web host accepts 32 MB bodies, base64 adds a third). */
export const BUNDLE_MAX_BYTES = 20 * 1024 * 1024;
/** Uncompressed size: a zip-bomb guard, far above a large agency workspace (~50k metric rows ≈ 15 MB). */
export const BUNDLE_MAX_CONTENT_BYTES = 400 * 1024 * 1024;

/** Why a bundle is refused, each translated in the renderer (errors namespace, `bundles.<reason>`). */
export const bundleRefusals = [
  'not_base64',
  'too_large',
  'foreign',
  'truncated',
  'tampered',
  'newer_format',
  'newer_schema',
  'unknown_table',
] as const;
export type BundleRefusal = (typeof bundleRefusals)[number];

/** A cell as stored in the bundle: SQLite's types, blobs as base64 so the content stays JSON. */
export const bundleCellSchema = z.union([
  z.null(),
  z.number(),
  z.string(),
  z.strictObject({ blob: z.string() }),
]);
export type BundleCell = z.infer<typeof bundleCellSchema>;

export const bundleTableSchema = z.strictObject({
  columns: z.array(z.string().min(1)).min(1),
  rows: z.array(z.array(bundleCellSchema)),
});

/** The digested part: the tables in insertion order (parents first). */
export const bundleContentSchema = z.strictObject({
  tables: z.array(z.strictObject({ name: z.string().min(1) }).extend(bundleTableSchema.shape)),
});
export type BundleContent = z.infer<typeof bundleContentSchema>;

export const bundleEnvelopeSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int(),
  schemaVersion: z.number().int().min(0),
  appVersion: z.string().max(40),
  createdAt: z.string(),
  workspace: z.strictObject({
    /** The lineage root: the workspace id this one was first exported from. */
    sourceId: z.string().min(1).max(64),
    name: z.string().max(200),
  }),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  content: z.string(),
});
export type BundleEnvelope = z.infer<typeof bundleEnvelopeSchema>;

export const bundleModeSchema = z.enum(['new', 'replace']);

export const bundleTableCountSchema = z.object({ table: z.string(), rows: z.number().int().min(0) });

export const bundlePreviewSchema = z.object({
  workspace: z.object({ sourceId: z.string(), name: z.string() }),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  createdAt: z.string(),
  digest: z.string(),
  /** Rows per table in the bundle, in insertion order. */
  counts: z.array(bundleTableCountSchema),
  totalRows: z.number().int().min(0),
  /** Workspaces here that are copies of the same workspace, which `replace` may overwrite. */
  replaceCandidates: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      counts: z.array(bundleTableCountSchema),
      totalRows: z.number(),
    }),
  ),
  /** Offers whose exchange id is already used here: the copies get a new one (they cannot receive the
   *  other side's files for that negotiation here). */
  offerExchangeClashes: z.number().int().min(0),
});

export const bundleImportResultSchema = z.object({
  workspaceId: z.string(),
  name: z.string(),
  mode: bundleModeSchema,
  totalRows: z.number().int().min(0),
  /** The backup taken before a replace, by file name. */
  backupFile: z.string().nullable(),
});

/** A bundle upload: about 27 MB of base64 for the 20 MB file limit. */
export const bundleBase64Schema = z
  .string()
  .min(1, 'The file is empty')
  .max(30_000_000, 'The file is larger than 20 MB');
