import { z } from 'zod';
import { defineMethods } from './define';
import { idSchema } from '../domain/ids';
import {
  productFieldsSchema,
  productListInputSchema,
  productSchema,
  productUpdateSchema,
} from '../domain/product';

export const productsContract = defineMethods({
  'products.list': { input: productListInputSchema, output: z.array(productSchema) },
  'products.create': { input: productFieldsSchema, output: productSchema },
  'products.update': { input: productUpdateSchema, output: productSchema },
  /** Deleting a product unlinks it from content items (they stay, and may then show warnings). */
  'products.delete': { input: z.strictObject({ id: idSchema }), output: z.object({ id: idSchema }) },
});
