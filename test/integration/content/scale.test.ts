import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_LIST_ITEMS } from '../../../shared/content/model';
import { item, seedIdeas, setupPlan, type Plan } from './setup';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

describe('content.list cap', () => {
  it('refuses a range with more items than one call returns, with a coded "narrow the range", and lists a narrower one', async () => {
    seedIdeas(p, MAX_LIST_ITEMS + 1);
    const wide = { workspaceId: p.workspaceId, from: '2025-08-01', to: '2025-09-01' };
    const err = await p.t.fail('content.list', wide);
    expect(err.code).toBe('invalid_input');
    expect(err.issues?.[0]).toMatchObject({
      path: ['to'],
      code: 'paging.tooManyRows',
      params: { count: MAX_LIST_ITEMS + 1, max: MAX_LIST_ITEMS },
    });
    // One day of the same workspace is 1,440 items: listed.
    const day = await p.t.call('content.list', { ...wide, to: '2025-08-02' });
    expect(day.total).toBe(1_440 - 8 * 60); // the Shanghai day starts at 16:00 UTC the day before
  });
});

describe('content.suggestions', () => {
  it('answers from its cache until something is written, then shows the new values', async () => {
    await p.t.call('content.create', item(p, { pillar: '成分科普', owner: '小王', tags: ['夏日'] }));
    const first = await p.t.call('content.suggestions', { workspaceId: p.workspaceId });
    expect(first.pillars).toEqual(['成分科普']);
    expect(await p.t.call('content.suggestions', { workspaceId: p.workspaceId })).toEqual(first);
    await p.t.call('content.create', item(p, { pillar: '产品演示', owner: '小李', title: '第二条' }));
    const second = await p.t.call('content.suggestions', { workspaceId: p.workspaceId });
    expect(second.pillars.sort()).toEqual(['产品演示', '成分科普']);
    expect(second.owners.sort()).toEqual(['小李', '小王']);
    // A write outside the content handlers (another repo, the same connection) is seen too.
    p.t.backend.context.db
      .prepare("UPDATE content_items SET owner = '老张' WHERE workspace_id = ? AND owner = '小李'")
      .run(p.workspaceId);
    expect((await p.t.call('content.suggestions', { workspaceId: p.workspaceId })).owners.sort()).toEqual([
      '小王',
      '老张',
    ]);
  });
});
