import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../support/backend';
import { august, item, live, setupPlan, type Plan } from './setup';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

const codes = (x: { warnings: { code: string }[] }) => x.warnings.map((w) => w.code);

describe('content.create / get', () => {
  it('stores an item, takes an offset time and returns it in UTC with its warnings', async () => {
    const created = await p.t.call(
      'content.create',
      item(p, {
        pillar: '品牌故事',
        tags: ['夏日', '#饮品'],
        owner: '小林',
        brief: '开场：一口青柠\n结尾：关注',
        productIds: [p.tea],
      }),
    );
    expect(created).toMatchObject({
      workspaceId: p.workspaceId,
      accountId: p.brand,
      title: '夏日第一杯青柠茶',
      format: 'short_video',
      objective: 'seed',
      status: 'idea',
      plannedAt: '2025-08-06T10:00:00.000Z',
      plannedEndAt: '2025-08-06T10:00:00.000Z',
      durationMinutes: null,
      productIds: [p.tea],
      tags: ['夏日', '饮品'],
      owner: '小林',
      pillar: '品牌故事',
      source: 'manual',
      creatorId: null,
      revision: 0,
    });
    // One post against a target of five that week.
    expect(created.warnings).toEqual([
      expect.objectContaining({
        code: 'week_posts_below_target',
        scope: 'week',
        params: expect.objectContaining({ planned: 1, target: 5, weekStart: '2025-08-04' }),
      }),
    ]);
    expect(await p.t.call('content.get', { id: created.id })).toEqual(created);
    expect((await p.t.fail('content.get', { id: 'missing' })).code).toBe('not_found');
  });

  it('stores live sessions with their end', async () => {
    const l = await p.t.call('content.create', live(p, '2025-08-06T19:30:00+08:00', 150));
    expect(l).toMatchObject({
      durationMinutes: 150,
      plannedAt: '2025-08-06T11:30:00.000Z',
      plannedEndAt: '2025-08-06T14:00:00.000Z',
    });
  });

  it.each([
    ['a date without offset', { plannedAt: '2025-08-06 20:00' }, ['plannedAt']],
    ['an impossible date', { plannedAt: '2025-02-30T20:00:00+08:00' }, ['plannedAt']],
    ['an empty title', { title: '  ' }, ['title']],
    ['an unknown format', { format: 'podcast' }, ['format']],
    ['an unknown objective', { objective: 'viral' }, ['objective']],
    ['a duration on a short video', { durationMinutes: 30 }, ['durationMinutes']],
    ['a live session without duration', { format: 'live' }, ['durationMinutes']],
    ['a live session of 25 hours', { format: 'live', durationMinutes: 1500 }, ['durationMinutes']],
    ['a published URL before publishing', { publishedUrl: 'https://v.douyin.com/abc' }, ['publishedUrl']],
    ['an unknown status', { status: 'draft' }, ['status']],
  ])('rejects %s, naming the field, storing nothing', async (_label, patch, path) => {
    const before = snapshotTables(p.t.backend);
    const err = await p.t.fail('content.create', { ...item(p), ...patch });
    expect(err.code).toBe('invalid_input');
    expect(err.issues?.[0]?.path).toEqual(path);
    expect(err.message).toContain(String(path[0]));
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });

  it('rejects unknown, foreign and archived accounts and unknown products, naming the field', async () => {
    const other = (await p.t.call('workspaces.create', { name: '别家', industry: 'home' })).id;
    const foreign = await p.t.call('accounts.create', {
      workspaceId: other,
      role: 'brand',
      handle: 'x',
      displayName: 'X',
    });
    const foreignProduct = await p.t.call('products.create', {
      workspaceId: other,
      name: 'X',
      sku: 'X',
      price: 1,
    });
    const before = snapshotTables(p.t.backend);
    for (const accountId of ['nope', foreign.id]) {
      const err = await p.t.fail('content.create', item(p, { accountId }));
      expect(err.code).toBe('invalid_input');
      expect(err.issues?.[0]?.path).toEqual(['accountId']);
    }
    for (const productIds of [['nope'], [p.tea, foreignProduct.id]]) {
      const err = await p.t.fail('content.create', item(p, { productIds }));
      expect(err.issues?.[0]?.path).toEqual(['productIds', productIds.length - 1]);
    }
    expect(snapshotTables(p.t.backend)).toEqual(before);
    await p.t.call('accounts.archive', { id: p.deals });
    const archived = await p.t.fail('content.create', item(p, { accountId: p.deals }));
    expect(archived.issues?.[0]?.path).toEqual(['accountId']);
    expect(archived.message).toMatch(/archived/);
    expect((await p.t.fail('content.create', item(p, { workspaceId: 'nope' }))).code).toBe('not_found');
  });

  it('records a published item with its URL, defaulting the published time to the planned time', async () => {
    const created = await p.t.call(
      'content.create',
      item(p, { status: 'published', publishedUrl: 'https://www.douyin.com/video/7400000000000000001' }),
    );
    expect(created.publishedAt).toBe(created.plannedAt);
    expect(created.publishedUrl).toBe('https://www.douyin.com/video/7400000000000000001');
  });
});

describe('overlapping live sessions', () => {
  it('refuses a live session that overlaps another of the same account, naming plannedAt; stores nothing', async () => {
    await p.t.call('content.create', live(p, '2025-08-06T19:00:00+08:00', 120));
    const before = snapshotTables(p.t.backend);
    for (const at of [
      '2025-08-06T20:00:00+08:00',
      '2025-08-06T18:00:00+08:00',
      '2025-08-06T19:00:00+08:00',
    ]) {
      const err = await p.t.fail('content.create', live(p, at, 90));
      expect(err.code).toBe('conflict');
      expect(err.issues?.[0]?.path).toEqual(['plannedAt']);
      expect(err.message).toMatch(/Overlaps the live session .* \(2025-08-06 19:00–21:00\)/);
    }
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });

  it('allows back-to-back sessions, another account at the same time, and overlaps with cancelled ones', async () => {
    const created = [
      await p.t.call('content.create', live(p, '2025-08-06T19:00:00+08:00', 120)),
      await p.t.call('content.create', live(p, '2025-08-06T21:00:00+08:00', 60)),
      await p.t.call('content.create', live(p, '2025-08-06T17:00:00+08:00', 120)),
      await p.t.call('content.create', live(p, '2025-08-06T19:30:00+08:00', 60, { accountId: p.deals })),
      await p.t.call('content.create', live(p, '2025-08-06T19:30:00+08:00', 60, { status: 'cancelled' })),
    ];
    // Every session was stored as asked, not merely "did not throw".
    for (const item of created) {
      const stored = await p.t.call('content.get', { id: item.id });
      expect(stored.plannedAt).toBe(item.plannedAt);
      expect(stored.durationMinutes).toBe(item.durationMinutes);
    }
    expect(created.map((i) => i.status).filter((s) => s === 'cancelled')).toHaveLength(1);
  });

  it('checks overlaps on update, move and when a cancelled session is reopened', async () => {
    const a = await p.t.call('content.create', live(p, '2025-08-06T19:00:00+08:00', 120));
    const b = await p.t.call('content.create', live(p, '2025-08-07T19:00:00+08:00', 120));
    const c = await p.t.call(
      'content.create',
      live(p, '2025-08-06T20:00:00+08:00', 60, { status: 'cancelled' }),
    );
    const before = snapshotTables(p.t.backend);
    const moved = await p.t.fail('content.move', { id: b.id, plannedAt: '2025-08-06T20:30:00+08:00' });
    expect(moved.code).toBe('conflict');
    expect(moved.issues?.[0]?.path).toEqual(['plannedAt']);
    expect(
      (await p.t.fail('content.update', { id: b.id, plannedAt: '2025-08-06T18:00:00+08:00' })).code,
    ).toBe('conflict');
    expect(
      (await p.t.fail('content.update', { id: a.id, plannedAt: '2025-08-07T18:00:00+08:00' })).code,
    ).toBe('conflict');
    const reopened = await p.t.fail('content.setStatus', { id: c.id, status: 'idea' });
    expect(reopened.code).toBe('conflict');
    expect(snapshotTables(p.t.backend)).toEqual(before);
    // Moving a session within its own old slot is not an overlap with itself.
    const self = await p.t.call('content.move', { id: a.id, plannedAt: '2025-08-06T19:30:00+08:00' });
    expect(self.plannedAt).toBe('2025-08-06T11:30:00.000Z');
  });
});

describe('content.update', () => {
  it('changes fields, keeps the rest and bumps the revision', async () => {
    const a = await p.t.call('content.create', item(p, { tags: ['夏日'] }));
    const u = await p.t.call('content.update', { id: a.id, title: '新标题', owner: '阿杰' });
    expect(u).toMatchObject({
      title: '新标题',
      owner: '阿杰',
      tags: ['夏日'],
      plannedAt: a.plannedAt,
      revision: 1,
    });
    // An update that changes nothing stores nothing.
    const same = await p.t.call('content.update', { id: a.id, title: '新标题' });
    expect(same.revision).toBe(1);
  });

  it('shows a guardrail warning once the item moves to an account of the other role', async () => {
    const a = await p.t.call(
      'content.create',
      item(p, { accountId: p.store, objective: 'convert', productIds: [p.tea] }),
    );
    expect(codes(a)).not.toContain('sales_objective_on_brand_account');
    const moved = await p.t.call('content.update', { id: a.id, accountId: p.brand });
    expect(codes(moved)).toContain('sales_objective_on_brand_account');
    const story = await p.t.call('content.update', {
      id: a.id,
      accountId: p.store,
      objective: 'brand_story',
    });
    expect(codes(story)).toContain('brand_story_on_sales_account');
    const bare = await p.t.call('content.update', { id: a.id, objective: 'convert', productIds: [] });
    expect(codes(bare)).toContain('convert_without_product');
  });

  it('drops the duration when a live session becomes a video, and requires one the other way', async () => {
    const l = await p.t.call('content.create', live(p, '2025-08-06T19:00:00+08:00'));
    const v = await p.t.call('content.update', { id: l.id, format: 'short_video' });
    expect(v).toMatchObject({ format: 'short_video', durationMinutes: null, plannedEndAt: v.plannedAt });
    const err = await p.t.fail('content.update', { id: l.id, format: 'live' });
    expect(err.issues?.[0]?.path).toEqual(['durationMinutes']);
    const explicit = await p.t.fail('content.update', { id: l.id, durationMinutes: 30 });
    expect(explicit.issues?.[0]?.path).toEqual(['durationMinutes']);
  });

  it('follows the transition rules when the status changes and refuses moving a published item', async () => {
    const a = await p.t.call('content.create', item(p));
    const err = await p.t.fail('content.update', { id: a.id, status: 'scheduled' });
    expect(err.code).toBe('invalid_state');
    expect(err.issues?.[0]?.path).toEqual(['status']);
    const pub = await p.t.call('content.create', item(p, { title: '已发', status: 'published' }));
    const move = await p.t.fail('content.update', { id: pub.id, plannedAt: '2025-08-07T18:00:00+08:00' });
    expect(move.code).toBe('invalid_state');
    expect(move.issues?.[0]?.path).toEqual(['plannedAt']);
    expect((await p.t.fail('content.update', { id: 'nope', title: 'x' })).code).toBe('not_found');
    const badField = await p.t.fail('content.update', { id: a.id, title: '' });
    expect(badField.issues?.[0]?.path).toEqual(['title']);
    const badAccount = await p.t.fail('content.update', { id: a.id, accountId: 'nope' });
    expect(badAccount.issues?.[0]?.path).toEqual(['accountId']);
  });
});

describe('content.move', () => {
  it('reschedules at once and returns the item with warnings', async () => {
    const a = await p.t.call('content.create', item(p));
    const m = await p.t.call('content.move', { id: a.id, plannedAt: '2025-08-09T10:00:00+08:00' });
    expect(m).toMatchObject({ plannedAt: '2025-08-09T02:00:00.000Z', revision: 1 });
    expect(Array.isArray(m.warnings)).toBe(true);
    expect((await p.t.call('content.get', { id: a.id })).plannedAt).toBe('2025-08-09T02:00:00.000Z');
  });

  it('keeps a live session’s duration when it moves', async () => {
    const l = await p.t.call('content.create', live(p, '2025-08-06T19:00:00+08:00', 90));
    const m = await p.t.call('content.move', { id: l.id, plannedAt: '2025-08-08T12:00:00+08:00' });
    expect(m).toMatchObject({ durationMinutes: 90, plannedEndAt: '2025-08-08T05:30:00.000Z' });
  });

  it('refuses published items, bad dates and unknown items, storing nothing', async () => {
    const pub = await p.t.call('content.create', item(p, { status: 'published' }));
    const before = snapshotTables(p.t.backend);
    const err = await p.t.fail('content.move', { id: pub.id, plannedAt: '2025-08-09T10:00:00+08:00' });
    expect(err.code).toBe('invalid_state');
    expect(err.issues?.[0]?.path).toEqual(['plannedAt']);
    expect(
      (await p.t.fail('content.move', { id: pub.id, plannedAt: 'next friday' })).issues?.[0]?.path,
    ).toEqual(['plannedAt']);
    expect(
      (await p.t.fail('content.move', { id: 'nope', plannedAt: '2025-08-09T10:00:00+08:00' })).code,
    ).toBe('not_found');
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });
});

describe('content.setStatus', () => {
  it('walks the pipeline, records publishing and corrects a mistaken publish', async () => {
    const a = await p.t.call('content.create', item(p));
    for (const status of [
      'scripting',
      'filming',
      'editing',
      'review',
      'editing',
      'review',
      'scheduled',
    ] as const) {
      expect((await p.t.call('content.setStatus', { id: a.id, status })).status).toBe(status);
    }
    const pub = await p.t.call('content.setStatus', {
      id: a.id,
      status: 'published',
      publishedUrl: 'https://www.douyin.com/video/7400000000000000002',
      publishedAt: '2025-08-06T18:03:00+08:00',
    });
    expect(pub).toMatchObject({ status: 'published', publishedAt: '2025-08-06T10:03:00.000Z' });
    const back = await p.t.call('content.setStatus', { id: a.id, status: 'scheduled' });
    expect(back).toMatchObject({ status: 'scheduled', publishedAt: null, publishedUrl: null });
    const now = await p.t.call('content.setStatus', { id: a.id, status: 'published' });
    expect(now.publishedAt).not.toBeNull();
  });

  it('refuses illegal transitions with invalid_state naming status, storing nothing', async () => {
    const a = await p.t.call('content.create', item(p));
    const pub = await p.t.call('content.create', item(p, { title: '已发', status: 'published' }));
    const before = snapshotTables(p.t.backend);
    for (const [id, status] of [
      [a.id, 'published'],
      [a.id, 'review'],
      [pub.id, 'cancelled'],
      [pub.id, 'idea'],
    ] as const) {
      const err = await p.t.fail('content.setStatus', { id, status });
      expect(err.code).toBe('invalid_state');
      expect(err.issues?.[0]?.path).toEqual(['status']);
      expect(err.message).toContain(status);
    }
    const url = await p.t.fail('content.setStatus', {
      id: a.id,
      status: 'scripting',
      publishedUrl: 'https://x.cn/a',
    });
    expect(url.issues?.[0]?.path).toEqual(['publishedUrl']);
    expect((await p.t.fail('content.setStatus', { id: a.id, status: 'done' })).issues?.[0]?.path).toEqual([
      'status',
    ]);
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });

  it('cancels from any stage and reopens as an idea', async () => {
    const a = await p.t.call('content.create', item(p, { status: 'review' }));
    expect((await p.t.call('content.setStatus', { id: a.id, status: 'cancelled' })).status).toBe('cancelled');
    expect((await p.t.fail('content.setStatus', { id: a.id, status: 'review' })).code).toBe('invalid_state');
    expect((await p.t.call('content.setStatus', { id: a.id, status: 'idea' })).status).toBe('idea');
  });
});

describe('content.delete', () => {
  it('deletes the item with its links', async () => {
    const a = await p.t.call('content.create', item(p, { productIds: [p.tea], tags: ['夏日'] }));
    expect(await p.t.call('content.delete', { id: a.id })).toEqual({ id: a.id });
    expect((await p.t.call('content.list', august(p))).items).toEqual([]);
    const db = p.t.backend.context.db;
    expect(db.prepare('SELECT COUNT(*) AS n FROM content_item_products').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM content_item_tags').get()).toEqual({ n: 0 });
    expect((await p.t.fail('content.delete', { id: a.id })).code).toBe('not_found');
  });

  it('goes with its account and its workspace', async () => {
    await p.t.call('content.create', item(p));
    await p.t.call('accounts.delete', { id: p.brand });
    expect((await p.t.call('content.list', august(p))).items).toEqual([]);
    await p.t.call('content.create', item(p, { accountId: p.store }));
    await p.t.call('workspaces.delete', { id: p.workspaceId });
    expect(p.t.backend.context.db.prepare('SELECT COUNT(*) AS n FROM content_items').get()).toEqual({ n: 0 });
  });
});
