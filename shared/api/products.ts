import { z } from 'zod';
import { defineMethods } from './define';
import { idSchema } from '../domain/ids';
import { MAX_PAGE_SIZE, pageInputShape, pageSchema } from './paging';
import {
  productFieldsSchema,
  productListInputSchema,
  productSchema,
  productUpdateSchema,
} from '../domain/product';

/**
 * One page at a time (shared/api/paging.ts): the Products table pages on the server; pickers ask for up to
 * 50 matches of `search` as the user types.
 */
export const productPageInputSchema = productListInputSchema.extend({
  /** Only these products: a picker reads the chosen ones by id, so they show by name whatever is searched. */
  ids: z.array(idSchema).max(MAX_PAGE_SIZE).optional(),
  ...pageInputShape,
});

export const productsContract = defineMethods({
  'products.list': { input: productPageInputSchema, output: pageSchema(productSchema) },
  'products.create': { input: productFieldsSchema, output: productSchema },
  'products.update': { input: productUpdateSchema, output: productSchema },
  /** Deleting a product unlinks it from content items (they stay, and may then show warnings). */
  'products.delete': { input: z.strictObject({ id: idSchema }), output: z.object({ id: idSchema }) },
});
