import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend } from '../../support/backend';
import { item, live, setupPlan, type Plan } from './setup';
import { allContent } from '../../support/contentPages';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

describe('calendar.weekLoad', () => {
  it('counts planned posts and live hours per account against weekly targets', async () => {
    for (const d of ['04', '05', '06'])
      await p.t.call('content.create', item(p, { title: d, plannedAt: `2025-08-${d}T18:00:00+08:00` }));
    await p.t.call(
      'content.create',
      item(p, { title: 'cancelled', status: 'cancelled', plannedAt: '2025-08-07T18:00:00+08:00' }),
    );
    await p.t.call('content.create', item(p, { title: 'next week', plannedAt: '2025-08-11T00:00:00+08:00' }));
    await p.t.call('content.create', live(p, '2025-08-05T19:00:00+08:00', 180));
    await p.t.call('content.create', live(p, '2025-08-10T20:00:00+08:00', 210));
    const load = await p.t.call('calendar.weekLoad', { workspaceId: p.workspaceId, weekStart: '2025-08-07' });
    expect(load).toMatchObject({
      weekStart: '2025-08-04',
      from: '2025-08-03T16:00:00.000Z',
      to: '2025-08-10T16:00:00.000Z',
      timeZone: 'Asia/Shanghai',
    });
    const byHandle = Object.fromEntries(load.accounts.map((a) => [a.handle, a]));
    expect(byHandle['lime_official']).toMatchObject({
      role: 'brand',
      posts: { planned: 3, target: 5, status: 'below' },
      liveHours: { planned: 0, target: null, status: 'no_target' },
    });
    expect(byHandle['lime_store']).toMatchObject({
      role: 'sales',
      posts: { planned: 0, target: 7, status: 'below' },
      liveHours: { planned: 6.5, target: 6, status: 'above' },
    });
    expect(byHandle['lime_deals']).toMatchObject({
      posts: { status: 'no_target' },
      liveHours: { status: 'no_target' },
    });
    expect(load.accounts.map((a) => a.role)).toEqual(['brand', 'sales', 'sales']);
  });

  it('accepts an instant and leaves archived accounts out unless they have items that week', async () => {
    await p.t.call('accounts.archive', { id: p.deals });
    const load = await p.t.call('calendar.weekLoad', {
      workspaceId: p.workspaceId,
      weekStart: '2025-08-10T23:00:00+08:00',
    });
    expect(load.weekStart).toBe('2025-08-04');
    expect(load.accounts.map((a) => a.handle)).toEqual(['lime_official', 'lime_store']);
  });

  it('rejects invalid dates and unknown workspaces', async () => {
    expect(
      (await p.t.fail('calendar.weekLoad', { workspaceId: p.workspaceId, weekStart: '2025-02-30' }))
        .issues?.[0]?.path,
    ).toEqual(['weekStart']);
    expect(
      (await p.t.fail('calendar.weekLoad', { workspaceId: p.workspaceId, weekStart: 'soon' })).issues?.[0]
        ?.path,
    ).toEqual(['weekStart']);
    expect((await p.t.fail('calendar.weekLoad', { workspaceId: 'nope', weekStart: '2025-08-04' })).code).toBe(
      'not_found',
    );
  });
});

describe('sample workspace content', () => {
  it('has a product catalogue, a month of plans on every account, and guardrail warnings to look at', async () => {
    const t = await createTestBackend();
    try {
      const ws = await t.call('workspaces.loadSample', {});
      const products = (await t.call('products.list', { workspaceId: ws.id })).items;
      expect(products.length).toBeGreaterThanOrEqual(8);
      expect(products.every((x) => x.tags.length > 0)).toBe(true);
      const now = Date.now();
      const items = await allContent((m, i) => t.call(m, i), {
        workspaceId: ws.id,
        from: new Date(now - 35 * 86_400_000).toISOString(),
        to: new Date(now + 35 * 86_400_000).toISOString(),
      });
      const accounts = await t.call('accounts.list', { workspaceId: ws.id });
      expect(new Set(items.map((i) => i.accountId))).toEqual(new Set(accounts.map((a) => a.id)));
      const days = new Set(items.map((i) => i.plannedAt.slice(0, 10)));
      expect(days.size).toBeGreaterThanOrEqual(28);
      const codes = new Set(
        items.flatMap((i) => i.warnings.filter((w) => w.scope === 'item').map((w) => w.code)),
      );
      for (const code of [
        'sales_objective_on_brand_account',
        'product_cannibalisation',
        'convert_without_product',
      ]) {
        expect(codes).toContain(code);
      }
      // The brand's own plan never double-books a live room (creator deliverables are planned separately).
      const own = items.filter((i) => i.source === 'manual');
      const ownIds = new Set(own.map((i) => i.id));
      const overlapsAmongOwn = own.filter((i) =>
        i.warnings.some(
          (w) =>
            w.code === 'live_overlap' &&
            own.some(
              (o) =>
                o.title === w.params['title'] &&
                ownIds.has(o.id) &&
                o.accountId === i.accountId &&
                o.id !== i.id,
            ),
        ),
      );
      expect(overlapsAmongOwn).toEqual([]);
      expect(new Set(items.map((i) => i.status)).size).toBeGreaterThanOrEqual(5);
      // The week ahead meets every target but one.
      const load = await t.call('calendar.weekLoad', {
        workspaceId: ws.id,
        weekStart: new Date(now + 7 * 86_400_000).toISOString(),
      });
      expect(load.accounts.length).toBe(5);
    } finally {
      t.close();
    }
  });
});

describe('calendar.weekLoads', () => {
  it('answers every week of a month view in one call, the same as one call per week', async () => {
    for (const d of ['2025-08-04', '2025-08-13', '2025-08-20', '2025-08-31'])
      await p.t.call('content.create', item(p, { title: d, plannedAt: `${d}T18:00:00+08:00` }));
    await p.t.call('content.create', live(p, '2025-08-12T19:00:00+08:00', 120));
    const weekStarts = ['2025-07-28', '2025-08-04', '2025-08-11', '2025-08-18', '2025-08-25'];
    const batched = await p.t.call('calendar.weekLoads', { workspaceId: p.workspaceId, weekStarts });
    const single = [];
    for (const weekStart of weekStarts)
      single.push(await p.t.call('calendar.weekLoad', { workspaceId: p.workspaceId, weekStart }));
    expect(batched).toEqual(single);
    const official = (i: number) => batched[i]!.accounts.find((a) => a.handle === 'lime_official')!;
    expect([0, 1, 2, 3, 4].map((i) => official(i).posts.planned)).toEqual([0, 1, 1, 1, 1]);
    const store = batched[2]!.accounts.find((a) => a.handle === 'lime_store')!;
    expect(store.liveHours.planned).toBe(2);
  });

  it('refuses more weeks than a month view, weeks too far apart and bad dates, naming the entry', async () => {
    const seven = Array.from({ length: 7 }, (_, i) => `2025-08-${String(1 + i * 7).padStart(2, '0')}`);
    expect(
      (await p.t.fail('calendar.weekLoads', { workspaceId: p.workspaceId, weekStarts: seven })).issues?.[0]
        ?.path,
    ).toEqual(['weekStarts']);
    const apart = await p.t.fail('calendar.weekLoads', {
      workspaceId: p.workspaceId,
      weekStarts: ['2025-01-06', '2025-08-04'],
    });
    expect(apart.issues?.[0]).toMatchObject({ path: ['weekStarts', 1], code: 'weekLoad.spanTooLong' });
    const bad = await p.t.fail('calendar.weekLoads', {
      workspaceId: p.workspaceId,
      weekStarts: ['2025-08-04', '2025-02-30'],
    });
    expect(bad.issues?.[0]?.path).toEqual(['weekStarts', 1]);
  });
});
