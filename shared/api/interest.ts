import { z } from 'zod';
import { defineMethods } from './define';
import { MAX_PAGE_SIZE, pageInputShape, pageSchema } from './paging';
import { idSchema } from '../domain/ids';
import { importErrorCodeFields } from '../domain/importErrors';
import { uploadedFileShape } from '../domain/importPreview';
import {
  addCustomTagInputSchema,
  audienceOwnerSchema,
  audienceOwnerTypeSchema,
  audienceSources,
  LOW_MATCH_THRESHOLD,
  matchResultSchema,
  productMatchSchema,
  storedAudienceSchema,
  targetTagsSchema,
  taxonomySchema,
  updateBaselineInputSchema,
} from '../domain/interest';

/** An audience export is a few hundred rows; 5 MB leaves room for XLSX overhead and refuses anything else. */
export const MAX_AUDIENCE_IMPORT_BYTES = 5 * 1024 * 1024;

const fileInput = z.strictObject(uploadedFileShape(MAX_AUDIENCE_IMPORT_BYTES));

/** Audience as `match.score` takes it: at least the interests; the rest of a profile is accepted and ignored. */
const matchAudienceSchema = z.looseObject({
  interests: z.record(z.string(), z.unknown(), 'audience.interests must map tag ids to shares'),
});

export const interestContract = defineMethods({
  /** The built-in taxonomy with the workspace's baselines and custom tags (built-in defaults without one). */
  'taxonomy.list': {
    input: z.strictObject({ workspaceId: idSchema.optional() }).default({}),
    output: taxonomySchema,
  },
  'taxonomy.updateBaseline': { input: updateBaselineInputSchema, output: taxonomySchema },
  'taxonomy.addCustomTag': {
    input: addCustomTagInputSchema,
    output: z.object({ id: z.string(), label: z.string() }),
  },

  'audience.get': { input: audienceOwnerSchema, output: storedAudienceSchema },
  /** Saves (or with profile null, removes) the profile of an account or creator; shares are fractions. */
  'audience.set': {
    input: z.strictObject({
      ownerType: audienceOwnerTypeSchema,
      ownerId: idSchema,
      profile: z.record(z.string(), z.unknown(), 'profile must be an object').nullable(),
      source: z.enum(audienceSources).default('manual'),
    }),
    output: storedAudienceSchema,
  },
  /** Stored audiences, accounts first then creators, a page at a time; `ownerType` narrows to one kind. */
  'audience.list': {
    input: z.strictObject({
      workspaceId: idSchema,
      ownerType: audienceOwnerTypeSchema.optional(),
      ...pageInputShape,
    }),
    output: pageSchema(storedAudienceSchema),
  },
  /**
   * Which of the given accounts (at most a page's worth) have an audience profile: the Audiences page tags
   * the rest "missing" whatever the number of profiles in the workspace, one call per page of accounts.
   */
  'audience.accountsWithProfile': {
    input: z.strictObject({
      workspaceId: idSchema,
      accountIds: z.array(idSchema).min(1).max(MAX_PAGE_SIZE),
    }),
    output: z.object({ accountIds: z.array(idSchema) }),
  },
  /** Reads an audience export (dimension, name, share rows) into a draft profile for the form. */
  'audience.importPreview': {
    input: fileInput,
    output: z.object({
      profile: z.object({
        interests: z.record(z.string(), z.number()),
        gender: z.object({ female: z.number(), male: z.number() }),
        ages: z.record(z.string(), z.number()),
        regions: z.array(z.object({ name: z.string(), share: z.number() })),
      }),
      errors: z.array(
        z.object({ rowNumber: z.number().int(), message: z.string(), ...importErrorCodeFields }),
      ),
      rows: z.number().int(),
    }),
  },

  /** Stateless: an audience and target tags → score, parts and explanation. */
  'match.score': {
    input: z.strictObject({
      audience: matchAudienceSchema,
      targetTags: targetTagsSchema,
      targetWeights: z.record(z.string(), z.number().finite().min(0)).optional(),
      /** Use this workspace's baselines and custom tags (else the built-in defaults). */
      workspaceId: idSchema.optional(),
    }),
    output: matchResultSchema,
  },
  /** A product's brand accounts and creators ranked by how well their audiences want it. */
  'match.forProduct': {
    input: z.strictObject({
      productId: idSchema,
      /** How many of the best creators to return (a 20,000-creator roster is never sent whole). */
      creatorLimit: z.number().int().min(1).max(200).default(30),
    }),
    output: productMatchSchema,
  },
  /** A content item's fit with the account that will post it (low below the threshold). */
  'match.forContent': {
    input: z.strictObject({ contentId: idSchema }),
    output: z.object({
      contentId: idSchema,
      accountId: idSchema,
      targetTags: z.array(z.string()),
      unmappedTags: z.array(z.string()),
      match: matchResultSchema.nullable(),
      threshold: z.literal(LOW_MATCH_THRESHOLD),
      low: z.boolean(),
    }),
  },
  /**
   * Accounts × products scores for the heatmap, a page of the active products (by name) at a time: a
   * catalogue of thousands is never scored or sent whole. `items` are the page's products (the columns).
   */
  'match.heatmap': {
    input: z.strictObject({ workspaceId: idSchema, ...pageInputShape }),
    output: pageSchema(z.object({ id: idSchema, name: z.string(), targetTags: z.array(z.string()) })).extend({
      accounts: z.array(
        z.object({ id: idSchema, name: z.string(), role: z.string(), hasAudience: z.boolean() }),
      ),
      cells: z.array(z.object({ accountId: idSchema, productId: idSchema, score: z.number().nullable() })),
    }),
  },
});
