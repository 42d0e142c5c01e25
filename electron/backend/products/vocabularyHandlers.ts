import type { HandlerSlice } from '../handlers';
import type { productVocabularyContract } from '../../../shared/api/productVocabulary';
import { requireWorkspace } from '../workspaces/guards';
import { productVocabulary } from './vocabularyRepo';

/** The product form's category and tag suggestions, from the whole catalogue (not a first page of it). */
export const productVocabularyHandlers = {
  'products.vocabulary': ({ workspaceId, kind, search, limit }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    return productVocabulary(ctx.db, workspaceId, kind, search, limit);
  },
} satisfies HandlerSlice<typeof productVocabularyContract>;
