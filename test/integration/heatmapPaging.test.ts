import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertProduct } from '../../electron/backend/products/repo';
import { productFieldsSchema } from '../../shared/domain/product';
import { createTestBackend, type TestBackend } from '../support/backend';

/**
 * The match heatmap scores every account against a page of the active catalogue (by name), so an agency's
 * thousands of products are never scored or sent at once; products added while the user pages through it
 * neither repeat nor hide a column.
 */
let t: TestBackend;
let workspaceId: string;
let accountIds: string[];

beforeEach(async () => {
  t = await createTestBackend();
  workspaceId = (await t.call('workspaces.create', { name: '花漾美妆', industry: 'beauty_personal_care' }))
    .id;
  accountIds = [];
  for (const handle of ['huayang_official', 'huayang_store']) {
    const account = await t.call('accounts.create', {
      workspaceId,
      role: 'brand',
      handle,
      displayName: handle,
    });
    accountIds.push(account.id);
  }
  await t.call('audience.set', {
    ownerType: 'account',
    ownerId: accountIds[0]!,
    profile: {
      interests: { 'beauty.skincare': 0.7, 'beauty.makeup': 0.3 },
      gender: { female: 0.8, male: 0.2 },
      ages: { '18-23': 0.2, '24-30': 0.4, '31-40': 0.25, '41-50': 0.1, '50+': 0.05 },
      regions: [{ name: '广东', share: 0.15 }],
    },
  });
});
afterEach(() => t.close());

/** Products in one transaction; names sort as given (`精华 01` …), a few discontinued. */
function seedProducts(names: readonly string[], status: 'active' | 'discontinued' = 'active'): void {
  const db = t.backend.context.db;
  db.transaction(() => {
    for (const name of names) {
      const fields = productFieldsSchema.parse({
        workspaceId,
        name,
        sku: name,
        price: 99,
        tags: ['护肤'],
        status,
      });
      insertProduct(db, `p-${name}`, fields, '2025-08-01T00:00:00.000Z');
    }
  })();
}

describe('match.heatmap paging', () => {
  it('scores every account against one page of active products at a time, stable under inserts', async () => {
    const names = Array.from({ length: 7 }, (_, i) => `精华 ${String(i + 1).padStart(2, '0')}`);
    seedProducts(names);
    seedProducts(['精华 00 停售', '精华 05 停售'], 'discontinued');

    const columns: string[] = [];
    const totals: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await t.call('match.heatmap', { workspaceId, limit: 3, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(3);
      expect(page.accounts.map((a) => a.id)).toEqual(accountIds);
      // Every account × every product of this page, and nothing else.
      expect(page.cells.map((c) => [c.accountId, c.productId])).toEqual(
        accountIds.flatMap((a) => page.items.map((p) => [a, p.id])),
      );
      expect(page.cells.find((c) => c.accountId === accountIds[0])?.score).not.toBeNull();
      expect(page.cells.find((c) => c.accountId === accountIds[1])?.score).toBeNull();
      columns.push(...page.items.map((p) => p.name));
      totals.push(page.total);
      cursor = page.nextCursor ?? undefined;
      // Between pages a product that sorts first and one that sorts between the pages arrive.
      if (pages++ === 0) seedProducts(['精华 00', '精华 04a']);
    } while (cursor);

    expect(totals[0]).toBe(7);
    expect(totals.at(-1)).toBe(9);
    // The first page's products once each, the new one after the cursor in its place, the one before it not.
    expect(columns).toEqual([...names.slice(0, 4), '精华 04a', ...names.slice(4)]);
  });
});
