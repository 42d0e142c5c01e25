import { describe, expect, it } from 'vitest';
import { snapshotTables, type TestBackend } from '../support/backend';
import { createBrandWorkspace, freshBackendEachTest } from '../support/eachTest';

let t: TestBackend;
let workspaceId: string;
freshBackendEachTest(createBrandWorkspace, (backend, id) => ((t = backend), (workspaceId = id)));

/** `count` products named so that most sort after the first 200 by name, each with a category and tags. */
async function catalogue(count: number) {
  for (let i = 0; i < count; i++) {
    await t.call('products.create', {
      workspaceId,
      name: `商品 ${String(i).padStart(4, '0')}`,
      sku: `SKU-${i}`,
      price: 99,
      category: i % 3 === 0 ? '防晒' : i % 3 === 1 ? '面膜' : '',
      tags: i % 2 === 0 ? ['护肤', `批次${i % 5}`] : ['护肤'],
    });
  }
}

/** A product whose category holds `%` and whose `tags` hold `_`: LIKE's wildcards, which must match as typed. */
async function addLikeWildcards(name: string, sku: string, tags: string[]): Promise<void> {
  await t.call('products.create', { workspaceId, name, sku, price: 1, category: '100%纯露', tags });
}

describe('products.vocabulary', () => {
  it('counts the distinct categories and tags of the whole catalogue, most used first', async () => {
    await catalogue(12);
    // A category and a tag used by one product, last by name; `%` and `_` are stored as typed.
    await addLikeWildcards('zz 最后', 'LAST', ['a_b']);
    const categories = await t.call('products.vocabulary', { workspaceId, kind: 'category' });
    expect(categories).toEqual({
      items: [
        { value: '防晒', count: 4 },
        { value: '面膜', count: 4 },
        { value: '100%纯露', count: 1 },
      ],
      total: 3,
    });
    const tags = await t.call('products.vocabulary', { workspaceId, kind: 'tag', limit: 2 });
    expect(tags.total).toBe(7); // 护肤, 批次0, 批次2, 批次4, 批次1, 批次3, a_b
    expect(tags.items).toEqual([
      { value: '护肤', count: 12 },
      { value: '批次0', count: 2 },
    ]);
  });

  it('searches as the user types; % and _ are plain characters', async () => {
    await catalogue(6);
    await addLikeWildcards('x', 'X', ['a_b', 'axb']);
    expect(
      (await t.call('products.vocabulary', { workspaceId, kind: 'category', search: '面' })).items,
    ).toEqual([{ value: '面膜', count: 2 }]);
    expect(
      (await t.call('products.vocabulary', { workspaceId, kind: 'category', search: '%' })).items,
    ).toEqual([{ value: '100%纯露', count: 1 }]);
    expect(await t.call('products.vocabulary', { workspaceId, kind: 'tag', search: 'a_' })).toEqual({
      items: [{ value: 'a_b', count: 1 }],
      total: 1,
    });
  });

  it("reads only the workspace's own catalogue, refuses bad input and stores nothing", async () => {
    await catalogue(3);
    const other = (await t.call('workspaces.create', { name: '别家', industry: 'beauty_personal_care' })).id;
    expect(await t.call('products.vocabulary', { workspaceId: other, kind: 'tag' })).toEqual({
      items: [],
      total: 0,
    });
    const before = snapshotTables(t.backend);
    for (const limit of [0, 101]) {
      const err = await t.fail('products.vocabulary', { workspaceId, kind: 'tag', limit });
      expect(err.issues?.[0]?.path).toEqual(['limit']);
    }
    expect((await t.fail('products.vocabulary', { workspaceId, kind: 'sku' })).issues?.[0]?.path).toEqual([
      'kind',
    ]);
    expect((await t.fail('products.vocabulary', { workspaceId: 'nope', kind: 'tag' })).code).toBe(
      'not_found',
    );
    expect(snapshotTables(t.backend)).toEqual(before);
  });
});
