import { describe, expect, it } from 'vitest';
import { snapshotTables, type TestBackend } from '../../support/backend';
import { createDrinksWorkspace, freshBackendEachTest } from '../../support/eachTest';

let t: TestBackend;
let workspaceId: string;
freshBackendEachTest(createDrinksWorkspace, (backend, id) => ((t = backend), (workspaceId = id)));

const product = (patch: Record<string, unknown> = {}) => ({
  workspaceId,
  name: '青柠柠檬茶 500ml',
  sku: 'LM-TEA-500',
  price: 6.5,
  category: '茶饮',
  marginPct: 42.5,
  tags: ['夏日', '#饮品', '夏日'],
  ...patch,
});

describe('products', () => {
  it('creates a product with price in yuan, margin, deduplicated tags and active status', async () => {
    const p = await t.call('products.create', product());
    expect(p).toMatchObject({
      name: '青柠柠檬茶 500ml',
      sku: 'LM-TEA-500',
      price: 6.5,
      category: '茶饮',
      marginPct: 42.5,
      tags: ['夏日', '饮品'],
      status: 'active',
      contentCount: 0,
    });
    const row = t.backend.context.db.prepare('SELECT price_fen FROM products WHERE id = ?').get(p.id);
    expect(row).toEqual({ price_fen: 650 });
    expect((await t.call('products.list', { workspaceId })).items).toEqual([p]);
  });

  it('keeps SKUs unique per workspace, case-insensitively, and allows the same SKU elsewhere', async () => {
    await t.call('products.create', product());
    const before = snapshotTables(t.backend);
    const err = await t.fail('products.create', product({ sku: 'lm-tea-500', name: '另一个' }));
    expect(err.code).toBe('conflict');
    expect(err.issues?.[0]?.path).toEqual(['sku']);
    expect(snapshotTables(t.backend)).toEqual(before);
    const other = (await t.call('workspaces.create', { name: '别的品牌', industry: 'home' })).id;
    await t.call('products.create', product({ workspaceId: other }));
  });

  it.each([
    ['empty name', { name: ' ' }, ['name']],
    ['missing SKU', { sku: '' }, ['sku']],
    ['negative price', { price: -1 }, ['price']],
    ['price with fractions of a fen', { price: 1.234 }, ['price']],
    ['margin above 100%', { marginPct: 120 }, ['marginPct']],
    ['unknown status', { status: 'sold_out' }, ['status']],
    ['an empty tag', { tags: ['ok', '  '] }, ['tags', 1]],
  ])('rejects %s, naming the field, storing nothing', async (_label, patch, path) => {
    const before = snapshotTables(t.backend);
    const err = await t.fail('products.create', product(patch));
    expect(err.code).toBe('invalid_input');
    expect(err.issues?.[0]?.path).toEqual(path);
    expect(err.message).toContain(String(path[0]));
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('rejects products in a workspace that does not exist', async () => {
    expect((await t.fail('products.create', product({ workspaceId: 'nope' }))).code).toBe('not_found');
    expect((await t.fail('products.list', { workspaceId: 'nope' })).code).toBe('not_found');
  });

  it('updates fields, keeps the rest, and refuses an SKU taken by another product', async () => {
    const a = await t.call('products.create', product());
    const b = await t.call('products.create', product({ sku: 'LM-GIFT-12', name: '礼盒' }));
    const u = await t.call('products.update', {
      id: a.id,
      price: 7,
      status: 'discontinued',
      marginPct: null,
    });
    expect(u).toMatchObject({
      price: 7,
      status: 'discontinued',
      marginPct: null,
      sku: 'LM-TEA-500',
      tags: a.tags,
    });
    const clash = await t.fail('products.update', { id: b.id, sku: 'LM-TEA-500' });
    expect(clash.code).toBe('conflict');
    expect(clash.issues?.[0]?.path).toEqual(['sku']);
    const bad = await t.fail('products.update', { id: b.id, price: -3 });
    expect(bad.issues?.[0]?.path).toEqual(['price']);
    expect((await t.fail('products.update', { id: 'missing', price: 1 })).code).toBe('not_found');
  });

  it('searches name, SKU, category and tags, and sorts by the requested field', async () => {
    await t.call('products.create', product());
    await t.call(
      'products.create',
      product({
        name: '青柠礼盒 12 瓶',
        sku: 'LM-GIFT-12',
        price: 69.9,
        category: '礼盒',
        tags: ['送礼'],
        marginPct: null,
      }),
    );
    await t.call(
      'products.create',
      product({
        name: '气泡水',
        sku: 'BB-WATER',
        price: 4,
        category: '水',
        tags: ['无糖'],
        marginPct: 20,
        status: 'discontinued',
      }),
    );
    const names = async (input: Record<string, unknown>) =>
      (await t.call('products.list', { workspaceId, ...input })).items.map((p) => p.sku);
    expect(await names({ search: '礼盒' })).toEqual(['LM-GIFT-12']);
    expect(await names({ search: 'lm-', sort: 'sku' })).toEqual(['LM-GIFT-12', 'LM-TEA-500']);
    expect(await names({ search: '无糖' })).toEqual(['BB-WATER']);
    expect(await names({ search: '%' })).toEqual([]);
    expect(await names({ sort: 'price', order: 'desc' })).toEqual(['LM-GIFT-12', 'LM-TEA-500', 'BB-WATER']);
    expect(await names({ sort: 'price' })).toEqual(['BB-WATER', 'LM-TEA-500', 'LM-GIFT-12']);
    // Unknown margins sort last either way.
    expect(await names({ sort: 'marginPct', order: 'desc' })).toEqual([
      'LM-TEA-500',
      'BB-WATER',
      'LM-GIFT-12',
    ]);
    expect(await names({ status: 'discontinued' })).toEqual(['BB-WATER']);
    expect((await t.fail('products.list', { workspaceId, sort: 'colour' })).issues?.[0]?.path).toEqual([
      'sort',
    ]);
  });

  it('deletes a product and unlinks it from content, which keeps the item', async () => {
    const a = await t.call('products.create', product());
    const account = await t.call('accounts.create', {
      workspaceId,
      role: 'sales',
      handle: 'store',
      displayName: '店',
    });
    const item = await t.call('content.create', {
      workspaceId,
      accountId: account.id,
      title: '柠檬茶带货',
      format: 'short_video',
      objective: 'convert',
      plannedAt: '2025-08-06T12:00:00+08:00',
      productIds: [a.id],
    });
    expect((await t.call('products.list', { workspaceId })).items[0]?.contentCount).toBe(1);
    await t.call('products.delete', { id: a.id });
    expect((await t.call('products.list', { workspaceId })).items).toEqual([]);
    const after = await t.call('content.get', { id: item.id });
    expect(after.productIds).toEqual([]);
    expect(after.warnings.map((w) => w.code)).toContain('convert_without_product');
    expect((await t.fail('products.delete', { id: a.id })).code).toBe('not_found');
  });
});
