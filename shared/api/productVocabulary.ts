import { z } from 'zod';
import { defineMethods } from './define';
import { idSchema } from '../domain/ids';

export const vocabularyKinds = ['category', 'tag'] as const;

export const productVocabularyInputSchema = z.strictObject({
  workspaceId: idSchema,
  kind: z.enum(vocabularyKinds),
  /** Values containing this text (case-insensitive), as the user types. */
  search: z.string().trim().max(40).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

export const productVocabularySchema = z.object({
  /** Most used first, then alphabetically. */
  items: z.array(z.object({ value: z.string(), count: z.number().int().min(1) })),
  /** Distinct values matching, across the whole catalogue. */
  total: z.number().int().min(0),
});

/** Categories and tags already used in a workspace's catalogue: the product form's suggestions. */
export const productVocabularyContract = defineMethods({
  'products.vocabulary': { input: productVocabularyInputSchema, output: productVocabularySchema },
});
