import { z } from 'zod';
import { idSchema } from './ids';
import { yuanSchema } from './money';
import { nameSchema } from './text';

export const productStatuses = ['active', 'discontinued'] as const;
export const productStatusSchema = z.enum(productStatuses);
export type ProductStatus = z.infer<typeof productStatusSchema>;

/**
 * A free interest tag (护肤, 敏感肌, 618…). Trimmed, a leading # dropped (users paste Douyin topics), and
 * deduplicated by the list schema. The interest issue will bring a taxonomy; until then any short text.
 */
export const tagSchema = z
  .string()
  .trim()
  .transform((t) => t.replace(/^#+/, '').trim())
  .pipe(z.string().min(1, 'Tags must not be empty').max(30, 'Tags have at most 30 characters'));

export const tagListSchema = z
  .array(tagSchema)
  .max(30, 'At most 30 tags')
  .transform((tags) => [...new Set(tags)]);

/** SKU 货号 as the shop back-end shows it; compared case-insensitively within a workspace. */
export const skuSchema = z.string().trim().min(1, 'Required').max(64, 'At most 64 characters');

export const marginPctSchema = z
  .number()
  .finite()
  // Loss leaders (引流款) sell below cost, so a margin may be negative, but never below -100%.
  .min(-100, 'Must be between -100 and 100')
  .max(100, 'Must be between -100 and 100');

export const productFieldsSchema = z.strictObject({
  workspaceId: idSchema,
  name: nameSchema(80),
  sku: skuSchema,
  price: yuanSchema,
  category: z.string().trim().max(40, 'At most 40 characters').default(''),
  marginPct: marginPctSchema.nullable().default(null),
  tags: tagListSchema.default([]),
  status: productStatusSchema.default('active'),
});
export type ProductFieldsInput = z.input<typeof productFieldsSchema>;
export type ProductFields = z.output<typeof productFieldsSchema>;

export const productUpdateSchema = z.strictObject({
  id: idSchema,
  name: z.string().optional(),
  sku: z.string().optional(),
  price: z.number().optional(),
  category: z.string().optional(),
  marginPct: z.number().nullable().optional(),
  tags: z.array(z.string()).optional(),
  status: productStatusSchema.optional(),
});

export const productSortFields = [
  'name',
  'sku',
  'price',
  'marginPct',
  'category',
  'status',
  'updatedAt',
] as const;
export const productListInputSchema = z.strictObject({
  workspaceId: idSchema,
  /** Matches name, SKU, category or a tag, case-insensitively. */
  search: z.string().trim().max(100).optional(),
  status: productStatusSchema.optional(),
  sort: z.enum(productSortFields).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});

export const productSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  name: z.string(),
  sku: z.string(),
  price: z.number(),
  category: z.string(),
  marginPct: z.number().nullable(),
  tags: z.array(z.string()),
  status: productStatusSchema,
  /** Content items linking the product: shown before deleting it. */
  contentCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Product = z.infer<typeof productSchema>;
