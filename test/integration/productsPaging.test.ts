import { describe, expect, it } from 'vitest';
import { insertProduct } from '../../electron/backend/products/repo';
import type { MethodInput } from '../../shared/api/contract';
import { productFieldsSchema } from '../../shared/domain/product';
import { snapshotTables, type TestBackend } from '../support/backend';
import { createDrinksWorkspace, freshBackendEachTest } from '../support/eachTest';
import { walkPages } from '../support/paging';

let t: TestBackend;
let workspaceId: string;
freshBackendEachTest(createDrinksWorkspace, (backend, id) => ((t = backend), (workspaceId = id)));

/**
 * `count` products in one transaction: names with mixed case and repeats (ties for the name order), prices
 * with repeats, every third margin unknown, a tag on every fifth.
 */
function seedProducts(count: number, prefix = 'P'): void {
  const db = t.backend.context.db;
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const fields = productFieldsSchema.parse({
        workspaceId,
        name: `${i % 2 === 0 ? '柠檬茶' : 'lemon'} ${String(i % 7)}`,
        sku: `${prefix}-${String(i).padStart(4, '0')}`,
        price: (i % 5) + 1,
        marginPct: i % 3 === 0 ? null : (i % 11) * 5,
        tags: i % 5 === 0 ? ['夏日限定'] : [],
      });
      insertProduct(db, `${prefix.toLowerCase()}-${String(i)}`, fields, '2025-08-01T00:00:00.000Z');
    }
  })();
}

type ListInput = Omit<MethodInput<'products.list'>, 'workspaceId'>;

async function allPages(input: ListInput, limit: number, between?: () => void): Promise<string[]> {
  const { items } = await walkPages(async (cursor) => {
    const page = await t.call('products.list', { workspaceId, ...input, limit, ...cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    between?.();
    return page;
  });
  return items.map((p) => p.sku);
}

describe('products.list paging', () => {
  it.each<[ListInput]>([
    [{}],
    [{ order: 'desc' }],
    [{ sort: 'sku' }],
    [{ sort: 'price', order: 'desc' }],
    [{ sort: 'marginPct' }],
    [{ sort: 'marginPct', order: 'desc' }],
    [{ sort: 'category' }],
    [{ sort: 'updatedAt', order: 'desc' }],
  ])('pages %j add up to the whole list in the same order, with the total', async (input) => {
    seedProducts(37);
    const whole = await t.call('products.list', { workspaceId, ...input, limit: 200 });
    expect(whole.total).toBe(37);
    expect(whole.nextCursor).toBeNull();
    expect(whole.items).toHaveLength(37);
    const paged = await allPages(input, 6);
    expect(paged).toEqual(whole.items.map((p) => p.sku));
    const first = await t.call('products.list', { workspaceId, ...input, limit: 6 });
    expect(first.total).toBe(37);
    expect(first.items).toHaveLength(6);
  });

  it('sorts unknown margins last in either direction', async () => {
    seedProducts(12);
    for (const order of ['asc', 'desc'] as const) {
      const margins = (await allPages({ sort: 'marginPct', order }, 5)).map((sku) => {
        const i = Number(sku.slice(2));
        return i % 3 === 0 ? null : (i % 11) * 5;
      });
      const known = margins.filter((m) => m !== null);
      expect(margins.slice(known.length).every((m) => m === null)).toBe(true);
      expect(known).toEqual([...known].sort((a, b) => (order === 'asc' ? a - b : b - a)));
    }
  });

  it('stays stable under inserts between pages: no row repeated or skipped', async () => {
    seedProducts(25);
    const before = (await t.call('products.list', { workspaceId, limit: 200 })).items.map((p) => p.sku);
    let batch = 0;
    const paged = await allPages({}, 4, () => seedProducts(2, `N${String(batch++)}`));
    // Every product that existed at the start comes exactly once, in its order.
    expect(paged.filter((sku) => before.includes(sku))).toEqual(before);
    expect(new Set(paged).size).toBe(paged.length);
  });

  it('says there is no next page when a page is exactly full and the last', async () => {
    seedProducts(10);
    const first = await t.call('products.list', { workspaceId, limit: 5 });
    expect(first.nextCursor).not.toBeNull();
    const second = await t.call('products.list', { workspaceId, limit: 5, cursor: first.nextCursor! });
    expect(second.items).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
  });

  it('searches name, SKU, category and tags, with the total of the matches', async () => {
    seedProducts(30);
    const tagged = await t.call('products.list', { workspaceId, search: '夏日限定', limit: 4 });
    expect(tagged.total).toBe(6);
    expect(await allPages({ search: '夏日限定' }, 4)).toHaveLength(6);
    const byName = await t.call('products.list', { workspaceId, search: 'LEMON', limit: 50 });
    expect(byName.total).toBe(15);
    expect(byName.items.every((p) => p.name.startsWith('lemon'))).toBe(true);
    const bySku = await t.call('products.list', { workspaceId, search: 'p-0029', limit: 50 });
    expect(bySku.items.map((p) => p.sku)).toEqual(['P-0029']);
    expect((await t.call('products.list', { workspaceId, search: '%', limit: 50 })).total).toBe(0);
  });

  it('reads the chosen products by id, only from the workspace asked about', async () => {
    seedProducts(30);
    const other = (await t.call('workspaces.create', { name: '别的品牌', industry: 'home' })).id;
    const foreign = await t.call('products.create', { workspaceId: other, name: '别家', sku: 'X', price: 1 });
    const chosen = await t.call('products.list', {
      workspaceId,
      ids: ['p-29', 'p-3', foreign.id],
      limit: 50,
    });
    expect(chosen.total).toBe(2);
    expect(chosen.items.map((p) => p.sku).sort()).toEqual(['P-0003', 'P-0029']);
  });

  it.each([
    ['a limit of 0', { limit: 0 }, 'limit'],
    ['a limit over 200', { limit: 201 }, 'limit'],
    ['a fractional limit', { limit: 2.5 }, 'limit'],
    ['a cursor that is not one', { cursor: 'not-a-cursor' }, 'cursor'],
    ['a cursor of another sort order', { cursor: JSON.stringify([0, 1.5, 'a', 3]) }, 'cursor'],
    ['an empty cursor', { cursor: '' }, 'cursor'],
  ])('refuses %s, naming the field, changing nothing', async (_label, input, field) => {
    seedProducts(3);
    const before = snapshotTables(t.backend);
    const err = await t.fail('products.list', { workspaceId, ...input });
    expect(err.code).toBe('invalid_input');
    expect(err.issues?.[0]?.path).toEqual([field]);
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('refuses the cursor of another sort order', async () => {
    seedProducts(8);
    const byPrice = await t.call('products.list', { workspaceId, sort: 'price', limit: 3 });
    const err = await t.fail('products.list', { workspaceId, limit: 3, cursor: byPrice.nextCursor! });
    expect(err.code).toBe('invalid_input');
    expect(err.reason).toBe('paging.badCursor');
  });
});
