import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../support/backend';
import { allContent } from '../../support/contentPages';
import { august, item, setupPlan, type Plan } from './setup';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

/** Items on August `day`s at 10:00 Shanghai, titled by day; `twice` days get two items at the same time. */
async function plan(days: number[], twice: number[] = []) {
  const ids: string[] = [];
  for (const day of days) {
    const plannedAt = `2025-08-${String(day).padStart(2, '0')}T10:00:00+08:00`;
    const copies = twice.includes(day) ? 2 : 1;
    for (let c = 0; c < copies; c++) {
      ids.push((await p.t.call('content.create', item(p, { title: `d${day}-${c}`, plannedAt }))).id);
    }
  }
  return ids;
}

describe('content.list paging', () => {
  it('pages in planned order with the total; the pages together are the whole range', async () => {
    const ids = await plan([3, 1, 5, 2, 4, 6, 7], [2, 5]);
    const whole = await p.t.call('content.list', { ...august(p), limit: 200 });
    expect(whole).toMatchObject({ total: 9, nextCursor: null });
    expect(whole.items.map((i) => i.title)).toEqual([
      'd1-0',
      'd2-0',
      'd2-1',
      'd3-0',
      'd4-0',
      'd5-0',
      'd5-1',
      'd6-0',
      'd7-0',
    ]);
    expect(new Set(whole.items.map((i) => i.id))).toEqual(new Set(ids));

    const first = await p.t.call('content.list', { ...august(p), limit: 2 });
    expect(first.items.map((i) => i.title)).toEqual(['d1-0', 'd2-0']);
    expect(first.total).toBe(9);
    // Same-time items split across pages: the second of 8月2日 opens page two.
    const second = await p.t.call('content.list', { ...august(p), limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.title)).toEqual(['d2-1', 'd3-0']);
    const paged = await allContent((m, i) => p.t.call(m, i), august(p));
    expect(paged.map((i) => i.id)).toEqual(whole.items.map((i) => i.id));
    // Filters narrow the total too.
    const searched = await p.t.call('content.list', { ...august(p), search: 'd5', limit: 1 });
    expect(searched.total).toBe(2);
  });

  it('is stable under inserts: items planned before the cursor, or at its time, do not shift the next page', async () => {
    await plan([1, 2, 3, 4]);
    const first = await p.t.call('content.list', { ...august(p), limit: 2 });
    expect(first.items.map((i) => i.title)).toEqual(['d1-0', 'd2-0']);
    await plan([1]); // before the cursor
    await p.t.call('content.create', item(p, { title: 'same time', plannedAt: '2025-08-02T10:00:00+08:00' }));
    const second = await p.t.call('content.list', { ...august(p), limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.title)).toEqual(['same time', 'd3-0']);
    expect(second.total).toBe(6);
    const third = await p.t.call('content.list', { ...august(p), limit: 2, cursor: second.nextCursor! });
    expect(third.items.map((i) => i.title)).toEqual(['d4-0']);
    expect(third.nextCursor).toBeNull();
  });

  it('goes on after a deleted cursor item from its planned time', async () => {
    const ids = await plan([1, 2, 3]);
    const first = await p.t.call('content.list', { ...august(p), limit: 2 });
    await p.t.call('content.delete', { id: ids[1]! });
    const second = await p.t.call('content.list', { ...august(p), limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.title)).toEqual(['d3-0']);
  });

  it('refuses limits out of bounds and foreign cursors, naming the field, and stores nothing', async () => {
    await plan([1, 2]);
    const before = snapshotTables(p.t.backend);
    for (const limit of [0, 201, 0.5]) {
      const err = await p.t.fail('content.list', { ...august(p), limit });
      expect(err.code).toBe('invalid_input');
      expect(err.issues?.[0]?.path).toEqual(['limit']);
    }
    for (const cursor of ['[1,2]', '["2025-08-01T02:00:00.000Z"]', 'x']) {
      const err = await p.t.fail('content.list', { ...august(p), cursor });
      expect(err.issues?.[0]).toMatchObject({ path: ['cursor'], code: 'paging.badCursor' });
    }
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });
});
