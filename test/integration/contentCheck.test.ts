import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/backend';
import { item, live, setupPlan, teaSale, type Plan } from './content/setup';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

/** A draft as the drawer sends it: only the fields guardrails read. */
const draft = (patch: Record<string, unknown> = {}) => ({
  workspaceId: p.workspaceId,
  accountId: p.brand,
  format: 'short_video' as const,
  objective: 'seed' as const,
  plannedAt: '2025-08-06T18:00:00+08:00',
  ...patch,
});

async function codes(patch: Record<string, unknown>) {
  const { warnings } = await p.t.call('content.check', draft(patch));
  return warnings.filter((w) => w.scope === 'item').map((w) => w.code);
}

describe('content.check: findings of unsaved fields', () => {
  it('flags a sales job on a brand account and a brand story on a sales account', async () => {
    expect(await codes({ objective: 'convert', productIds: [p.tea] })).toEqual([
      'sales_objective_on_brand_account',
    ]);
    expect(await codes({ accountId: p.store, objective: 'brand_story' })).toEqual([
      'brand_story_on_sales_account',
    ]);
    expect(await codes({})).toEqual([]);
  });

  it('flags a convert item on a sales account without a product', async () => {
    expect(await codes({ accountId: p.store, objective: 'convert' })).toEqual(['convert_without_product']);
    expect(await codes({ accountId: p.store, objective: 'convert', productIds: [p.tea] })).toEqual([]);
  });

  it('flags the same product pushed by the other sales account within the hour, naming it', async () => {
    await p.t.call(
      'content.create',
      teaSale(p, { accountId: p.deals, plannedAt: '2025-08-06T20:00:00+08:00' }),
    );
    const { warnings } = await p.t.call(
      'content.check',
      draft({
        accountId: p.store,
        objective: 'convert',
        productIds: [p.tea],
        plannedAt: '2025-08-06T20:30:00+08:00',
      }),
    );
    expect(warnings.filter((w) => w.scope === 'item')).toEqual([
      expect.objectContaining({
        code: 'product_cannibalisation',
        params: { product: '青柠柠檬茶 500ml', accounts: '青柠福利社' },
      }),
    ]);
    expect(
      await codes({
        accountId: p.store,
        objective: 'convert',
        productIds: [p.tea],
        plannedAt: '2025-08-06T22:00:00+08:00',
      }),
    ).toEqual([]);
  });

  it('flags a live session overlapping another of the account as an error, but not the item itself', async () => {
    const stored = await p.t.call('content.create', live(p, '2025-08-06T20:00:00+08:00', 120));
    // An hour-long live at 21:00 on the same account, within the stored one's 20:00–22:00.
    const overlapping = {
      accountId: p.store,
      format: 'live',
      objective: 'self_broadcast',
      productIds: [p.tea],
      plannedAt: '2025-08-06T21:00:00+08:00',
      durationMinutes: 60,
    };
    const { warnings } = await p.t.call('content.check', draft(overlapping));
    expect(warnings.find((w) => w.code === 'live_overlap')).toMatchObject({
      severity: 'error',
      params: { title: stored.title, at: '2025-08-06 20:00' },
    });
    // Editing the stored session itself: no clash with its own old time.
    const own = await p.t.call('content.check', draft({ id: stored.id, ...overlapping }));
    expect(own.warnings.map((w) => w.code)).not.toContain('live_overlap');
  });

  it('returns what the save then stores, and stores nothing itself', async () => {
    const fields = {
      accountId: p.store,
      objective: 'convert' as const,
      plannedAt: '2025-08-07T12:00:00+08:00',
    };
    const before = snapshotTables(p.t.backend);
    const checked = await p.t.call('content.check', draft(fields));
    expect(snapshotTables(p.t.backend)).toEqual(before);
    const saved = await p.t.call('content.create', item(p, fields));
    expect(checked.warnings.map((w) => [w.code, w.params])).toEqual(
      saved.warnings.map((w) => [w.code, w.params]),
    );
    expect(checked.warnings.length).toBeGreaterThan(0);
  });

  it('refuses an unknown account or product by field, and an item of another workspace', async () => {
    const err = await p.t.fail('content.check', draft({ accountId: 'nope' }));
    expect(err.issues?.[0]).toMatchObject({ path: ['accountId'], code: 'content.unknownAccount' });
    const product = await p.t.fail('content.check', draft({ productIds: ['nope'] }));
    expect(product.issues?.[0]).toMatchObject({ path: ['productIds', 0] });
    expect((await p.t.fail('content.check', draft({ id: 'nope' }))).code).toBe('not_found');
  });
});
