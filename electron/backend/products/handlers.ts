import type { HandlerSlice } from '../handlers';
import type { productsContract } from '../../../shared/api/products';
import type { BackendContext } from '../context';
import type { Product, ProductFields } from '../../../shared/domain/product';
import { productFieldsSchema } from '../../../shared/domain/product';
import { conflict, notFound } from '../errors';
import { requireWorkspace } from '../workspaces/guards';
import {
  deleteProductRow,
  findProduct,
  findProductBySku,
  insertProduct,
  listProductPage,
  updateProductRow,
} from './repo';

function requireProduct(ctx: BackendContext, id: string): Product {
  const product = findProduct(ctx.db, id);
  if (!product) throw notFound('Product', id);
  return product;
}

function assertSkuFree(ctx: BackendContext, fields: ProductFields, exceptId?: string): void {
  const clash = findProductBySku(ctx.db, fields.workspaceId, fields.sku);
  if (clash && clash.id !== exceptId) {
    throw conflict(
      ['sku'],
      `SKU ${fields.sku} is already used by another product in this workspace`,
      'products.skuTaken',
      { sku: fields.sku },
    );
  }
}

export const productHandlers = {
  'products.list': ({ cursor, limit, ...query }, ctx) => {
    requireWorkspace(ctx, query.workspaceId);
    return listProductPage(ctx.db, query, cursor, limit);
  },

  'products.create': (fields, ctx) => {
    requireWorkspace(ctx, fields.workspaceId);
    const id = ctx.newId();
    ctx.db.transaction(() => {
      assertSkuFree(ctx, fields);
      insertProduct(ctx.db, id, fields, ctx.now().toISOString());
    })();
    return requireProduct(ctx, id);
  },

  'products.update': ({ id, ...patch }, ctx) => {
    const current = requireProduct(ctx, id);
    const merged = productFieldsSchema.parse({
      workspaceId: current.workspaceId,
      name: patch.name ?? current.name,
      sku: patch.sku ?? current.sku,
      price: patch.price ?? current.price,
      category: patch.category ?? current.category,
      marginPct: patch.marginPct === undefined ? current.marginPct : patch.marginPct,
      tags: patch.tags ?? current.tags,
      status: patch.status ?? current.status,
    });
    ctx.db.transaction(() => {
      assertSkuFree(ctx, merged, id);
      updateProductRow(ctx.db, id, merged, ctx.now().toISOString());
    })();
    return requireProduct(ctx, id);
  },

  'products.delete': ({ id }, ctx) => {
    // Links from content items go with it (ON DELETE CASCADE); the items stay.
    if (!deleteProductRow(ctx.db, id)) throw notFound('Product', id);
    return { id };
  },
} satisfies HandlerSlice<typeof productsContract>;
