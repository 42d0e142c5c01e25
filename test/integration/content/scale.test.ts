import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertItem, type ContentValues } from '../../../electron/backend/content/repo';
import { MAX_LIST_ITEMS } from '../../../shared/content/model';
import { item, setupPlan, type Plan } from './setup';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

/** `count` ideas on the brand account, a few minutes apart from 2025-08-01, written in one transaction. */
function seedIdeas(count: number): void {
  const db = p.t.backend.context.db;
  const start = Date.parse('2025-08-01T00:00:00Z');
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const values: ContentValues = {
        workspaceId: p.workspaceId,
        accountId: p.brand,
        title: `想法 ${i}`,
        format: 'image_text',
        objective: 'seed',
        pillar: '',
        status: 'idea',
        plannedAt: new Date(start + i * 60_000).toISOString(),
        durationMinutes: null,
        productIds: [],
        tags: [],
        owner: '',
        brief: '',
        publishedUrl: null,
        publishedAt: null,
      };
      insertItem(db, `idea-${i}`, values, 'manual', '2025-07-01T00:00:00.000Z');
    }
  })();
}

describe('content.list cap', () => {
  it('refuses a range with more items than one call returns, with a coded "narrow the range", and lists a narrower one', async () => {
    seedIdeas(MAX_LIST_ITEMS + 1);
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
