import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walkPages } from '../../support/paging';
import { august, item, live, setupPlan, type Plan } from './setup';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

const at = (day: number, hour = 10) =>
  `2025-08-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;

/** Titles of every page of a search (two items a page), in list order, and the total the first page reported. */
async function searched(search: string, filter: Record<string, unknown> = {}) {
  const input = { ...august(p), ...filter, search, limit: 2 };
  const first = await p.t.call('content.list', input);
  const { items } = await walkPages((cursor) => p.t.call('content.list', { ...input, ...cursor }));
  return { total: first.total, titles: items.map((i) => i.title) };
}

describe('content.list text search', () => {
  it('matches title, pillar, owner or a tag in any letter case, page by page with its total', async () => {
    await p.t.call('content.create', item(p, { title: 'Café opening', plannedAt: at(3) }));
    await p.t.call('content.create', item(p, { title: 'by pillar', pillar: 'CAFÉ 探店', plannedAt: at(4) }));
    await p.t.call('content.create', item(p, { title: 'by owner', owner: 'café 小王', plannedAt: at(5) }));
    await p.t.call('content.create', item(p, { title: 'by tag', tags: ['夏日', 'Cafés'], plannedAt: at(6) }));
    await p.t.call('content.create', item(p, { title: 'brief only', brief: 'café', plannedAt: at(7) }));
    await p.t.call('content.create', item(p, { title: 'cafe without accent', plannedAt: at(8) }));

    // Non-ASCII letters fold case too (É/é), which SQLite's LIKE would not; the brief is not searched.
    expect(await searched('CAFÉ')).toEqual({
      total: 4,
      titles: ['Café opening', 'by pillar', 'by owner', 'by tag'],
    });
    expect(await searched('夏日')).toEqual({ total: 1, titles: ['by tag'] });
    expect(await searched('cafe')).toEqual({ total: 1, titles: ['cafe without accent'] });
  });

  it('takes % and _ literally and combines with the other filters and archiving', async () => {
    await p.t.call('content.create', item(p, { title: '满 100% 返现', plannedAt: at(3) }));
    await p.t.call('content.create', item(p, { title: '满 1000 返现', plannedAt: at(4) }));
    await p.t.call('content.create', item(p, { title: 'a_b 返现', plannedAt: at(5) }));
    await p.t.call('content.create', item(p, { title: 'axb 返现', plannedAt: at(6) }));
    const onStore = await p.t.call(
      'content.create',
      item(p, { accountId: p.store, title: '店铺 返现', plannedAt: at(7) }),
    );
    const gone = await p.t.call('content.create', item(p, { title: '旧的 返现', plannedAt: at(8) }));
    await p.t.call('content.archive', { id: gone.id, revision: gone.revision });

    expect((await searched('100%')).titles).toEqual(['满 100% 返现']);
    expect((await searched('a_b')).titles).toEqual(['a_b 返现']);
    expect(await searched('返现', { accountIds: [p.store] })).toEqual({ total: 1, titles: [onStore.title] });
    expect((await searched('返现')).total).toBe(5);
    expect((await searched('返现', { includeArchived: true })).titles).toEqual([
      '满 100% 返现',
      '满 1000 返现',
      'a_b 返现',
      'axb 返现',
      '店铺 返现',
      '旧的 返现',
    ]);
  });

  it('finds a live session running into the range from the day before', async () => {
    const session = await p.t.call(
      'content.create',
      live(p, '2025-07-31T23:00:00+08:00', 120, { title: '夜场直播 返场' }),
    );
    await p.t.call('content.create', item(p, { title: '白天 返场', plannedAt: at(2) }));
    const page = await p.t.call('content.list', { ...august(p), search: '返场', limit: 1 });
    expect(page.items.map((i) => i.id)).toEqual([session.id]);
    expect(page.total).toBe(2);
  });
});
