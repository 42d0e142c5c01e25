import { z } from 'zod';
import { defineMethods } from './define';
import { liveViewsFigureSchema } from '../live/expectedLiveViews';
import { pageInputShape, pageSchema } from './paging';
import { idSchema } from '../domain/ids';
import { uploadedFileShape } from '../domain/importPreview';
import {
  creatorCategorySchema,
  creatorFieldsSchema,
  creatorSchema,
  creatorTierSchema,
  creatorUpdateSchema,
  rateCardKeySchema,
} from '../domain/creator';
import {
  creatorImportFieldSchema,
  creatorImportFixSchema,
  creatorImportPreviewSchema,
  creatorImportResultSchema,
  MAX_CREATOR_IMPORT_BYTES,
} from '../domain/creatorImport';

const byId = z.strictObject({ id: idSchema });
const nonNegative = z.number().finite().min(0, 'Must not be negative');

export const creatorSortKeys = [
  'displayName',
  'followers',
  'engagementRatePct',
  'medianViews',
  'avgGpm',
  'price',
  'cpm',
  'createdAt',
] as const;

export const creatorListInputSchema = z
  .strictObject({
    workspaceId: idSchema,
    /** Matches name, handle, contact and notes (case-insensitive). */
    search: z.string().trim().max(100).optional(),
    /** Any of these categories. */
    categories: z.array(creatorCategorySchema).optional(),
    /** Any of these tiers. */
    tiers: z.array(creatorTierSchema).optional(),
    followersMin: nonNegative.optional(),
    followersMax: nonNegative.optional(),
    /** Which rate-card entry the price filter and the price/CPM sort use. */
    priceKey: rateCardKeySchema.default('video21to60s'),
    priceMin: nonNegative.optional(),
    priceMax: nonNegative.optional(),
    sort: z.enum(creatorSortKeys).default('displayName'),
    order: z.enum(['asc', 'desc']).default('asc'),
    /** One page at a time (shared/api/paging.ts); pickers ask for up to 50 matches of `search`. */
    ...pageInputShape,
  })
  .superRefine((v, ctx) => {
    if (v.followersMin !== undefined && v.followersMax !== undefined && v.followersMin > v.followersMax) {
      ctx.addIssue({ code: 'custom', path: ['followersMax'], message: 'Must not be below the minimum' });
    }
    if (v.priceMin !== undefined && v.priceMax !== undefined && v.priceMin > v.priceMax) {
      ctx.addIssue({ code: 'custom', path: ['priceMax'], message: 'Must not be below the minimum' });
    }
  });

const importFileShape = {
  ...uploadedFileShape(MAX_CREATOR_IMPORT_BYTES),
  /** Field → header chosen by the user, overriding the automatic match (null = do not import the field). */
  mapping: z.partialRecord(creatorImportFieldSchema, z.string().nullable()).optional(),
  /** Cells the user corrected in the preview. */
  fixes: z.array(creatorImportFixSchema).max(10_000).optional(),
};

/** Same rules as the content import: preview and commit analyse the same file the same way. */
export const creatorImportPreviewInputSchema = z.strictObject(importFileShape);
export const creatorImportCommitInputSchema = z.strictObject({
  ...importFileShape,
  /**
   * false (default): refuse the whole import if any row has an error, writing nothing.
   * true: the user confirmed skipping the rows with errors; all valid rows are written in one transaction.
   */
  skipInvalid: z.boolean().default(false),
});

export const creatorsContract = defineMethods({
  'creators.list': { input: creatorListInputSchema, output: pageSchema(creatorSchema) },
  'creators.get': { input: byId, output: creatorSchema },
  'creators.create': { input: creatorFieldsSchema, output: creatorSchema },
  'creators.update': { input: creatorUpdateSchema, output: creatorSchema },
  'creators.delete': { input: byId, output: z.object({ id: idSchema }) },
  'creators.importPreview': { input: creatorImportPreviewInputSchema, output: creatorImportPreviewSchema },
  'creators.importCommit': { input: creatorImportCommitInputSchema, output: creatorImportResultSchema },
  /** Median 观看人数 over the creator's latest live sessions: a live deliverable's expected views. */
  'creators.liveViews': { input: byId, output: liveViewsFigureSchema.nullable() },
});
