import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { august, between, item, live, setupPlan, teaSale, type Plan } from './setup';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

const codes = (x: { warnings: { code: string }[] }) => x.warnings.map((w) => w.code);

describe('content.list', () => {
  it('returns the range in time order, including live sessions running into it', async () => {
    const a = await p.t.call('content.create', item(p, { plannedAt: '2025-08-31T23:59:00+08:00' }));
    const b = await p.t.call(
      'content.create',
      item(p, { title: 'b', plannedAt: '2025-08-01T00:00:00+08:00' }),
    );
    await p.t.call('content.create', item(p, { title: 'out', plannedAt: '2025-09-01T00:00:00+08:00' }));
    await p.t.call('content.create', item(p, { title: 'before', plannedAt: '2025-07-31T23:00:00+08:00' }));
    const spanning = await p.t.call('content.create', live(p, '2025-07-31T23:00:00+08:00', 120));
    const list = (await p.t.call('content.list', august(p))).items;
    expect(list.map((i) => i.id)).toEqual([spanning.id, b.id, a.id]);
  });

  it('filters by account, role, status, format, product and text, keeping warnings computed on everything', async () => {
    const seed = await p.t.call('content.create', item(p, { tags: ['夏日'] }));
    const sell = await p.t.call(
      'content.create',
      teaSale(p, { title: '柠檬茶第二件半价', status: 'scripting' }),
    );
    const other = await p.t.call(
      'content.create',
      teaSale(p, { accountId: p.deals, title: '福利', plannedAt: '2025-08-06T18:30:00+08:00' }),
    );
    const l = await p.t.call(
      'content.create',
      live(p, '2025-08-07T19:00:00+08:00', 60, { productIds: [p.gift] }),
    );
    const ids = async (filter: Record<string, unknown>) =>
      (await p.t.call('content.list', { ...august(p), ...filter })).items.map((i) => i.id).sort();
    expect(await ids({ accountIds: [p.brand] })).toEqual([seed.id]);
    expect(await ids({ roles: ['sales'] })).toEqual([sell.id, other.id, l.id].sort());
    expect(await ids({ statuses: ['scripting'] })).toEqual([sell.id]);
    expect(await ids({ formats: ['live'] })).toEqual([l.id]);
    expect(await ids({ productIds: [p.gift] })).toEqual([l.id]);
    expect(await ids({ productIds: [p.tea], accountIds: [p.store] })).toEqual([sell.id]);
    expect(await ids({ search: '夏日' })).toEqual([seed.id]);
    expect(await ids({ accountIds: [] })).toEqual([]);
    // The store's push clashes with the deals account's, even when the deals account is filtered out.
    const [filtered] = (
      await p.t.call('content.list', {
        ...august(p),
        accountIds: [p.store],
        formats: ['short_video'],
      })
    ).items;
    expect(codes(filtered!)).toContain('product_cannibalisation');
    expect(filtered!.warnings.find((w) => w.code === 'product_cannibalisation')?.params).toEqual({
      product: '青柠柠檬茶 500ml',
      accounts: '青柠福利社',
    });
  });

  it('takes calendar dates as midnight in the workspace time zone', async () => {
    const last = await p.t.call('content.create', item(p, { plannedAt: '2025-08-31T23:30:00+08:00' }));
    await p.t.call('content.create', item(p, { title: 'sept', plannedAt: '2025-09-01T00:00:00+08:00' }));
    const list = (await p.t.call('content.list', between(p, '2025-08-01', '2025-09-01'))).items;
    expect(list.map((i) => i.id)).toEqual([last.id]);
    const reversed = await p.t.fail('content.list', between(p, '2025-09-01', '2025-08-01'));
    expect(reversed.issues?.[0]?.path).toEqual(['to']);
    const bad = await p.t.fail('content.list', between(p, '2025-02-30', '2025-03-01'));
    expect(bad.issues?.[0]?.path).toEqual(['from']);
  });

  it('rejects a reversed or too long range, bad instants and unknown workspaces', async () => {
    const reversed = await p.t.fail('content.list', { ...august(p), to: '2025-07-01T00:00:00+08:00' });
    expect(reversed.issues?.[0]?.path).toEqual(['to']);
    const long = await p.t.fail('content.list', { ...august(p), to: '2027-01-01T00:00:00+08:00' });
    expect(long.issues?.[0]?.path).toEqual(['to']);
    expect((await p.t.fail('content.list', { ...august(p), from: 'August' })).issues?.[0]?.path).toEqual([
      'from',
    ]);
    expect((await p.t.fail('content.list', { ...august(p), workspaceId: 'nope' })).code).toBe('not_found');
  });

  it('warns on weeks below and above target, per account and week', async () => {
    const week = ['04', '05', '06', '07', '08', '09'].map((d) => `2025-08-${d}T18:00:00+08:00`);
    for (const [i, plannedAt] of week.entries()) {
      await p.t.call('content.create', item(p, { title: `post ${i}`, plannedAt }));
    }
    await p.t.call('content.create', item(p, { title: 'next week', plannedAt: '2025-08-11T18:00:00+08:00' }));
    const list = (await p.t.call('content.list', august(p))).items;
    const byTitle = new Map(list.map((i) => [i.title, i]));
    expect(codes(byTitle.get('post 0')!)).toEqual(['week_posts_above_target']);
    expect(codes(byTitle.get('next week')!)).toEqual(['week_posts_below_target']);
  });
});

describe('content.suggestions', () => {
  it('offers pillars, owners and tags used before, most used first', async () => {
    await p.t.call('content.create', item(p, { pillar: '品牌故事', owner: '小林', tags: ['夏日'] }));
    await p.t.call(
      'content.create',
      item(p, { pillar: '产品演示', owner: '小林', tags: ['夏日', '好价'], title: '2' }),
    );
    await p.t.call('content.create', item(p, { pillar: '产品演示', title: '3' }));
    const s = await p.t.call('content.suggestions', { workspaceId: p.workspaceId });
    expect(s.pillars).toEqual(['产品演示', '品牌故事']);
    expect(s.owners).toEqual(['小林']);
    expect(s.tags).toEqual(['夏日', '好价', '送礼', '饮品']);
  });
});
