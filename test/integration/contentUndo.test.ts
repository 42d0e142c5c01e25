import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/backend';
import { item, live, setupPlan, type Plan } from './content/setup';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

const undo = (id: string, revision: number) => p.t.call('content.undo', { id, revision });

describe('content.undo', () => {
  it('puts a moved item back at its old time, once', async () => {
    const a = await p.t.call('content.create', item(p, { productIds: [p.tea], tags: ['夏日'] }));
    const moved = await p.t.call('content.move', { id: a.id, plannedAt: '2025-08-08T09:00:00+08:00' });
    const undone = await undo(a.id, moved.revision);
    expect(undone.kind).toBe('move');
    expect(undone.item).toMatchObject({ plannedAt: a.plannedAt, productIds: [p.tea], tags: ['夏日'] });
    const before = snapshotTables(p.t.backend);
    const again = await p.t.fail('content.undo', { id: a.id, revision: moved.revision });
    expect(again).toMatchObject({ code: 'invalid_state', reason: 'contentUndo.unavailable' });
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });

  it('puts a status change back, published time included', async () => {
    const a = await p.t.call('content.create', item(p, { status: 'scheduled' }));
    const published = await p.t.call('content.setStatus', {
      id: a.id,
      status: 'published',
      publishedUrl: 'https://www.douyin.com/video/1',
    });
    expect(published.publishedAt).not.toBeNull();
    const { item: back, kind } = await undo(a.id, published.revision);
    expect(kind).toBe('status');
    expect(back).toMatchObject({ status: 'scheduled', publishedAt: null, publishedUrl: null });
  });

  it('refuses when the item changed after the action, changing nothing', async () => {
    const a = await p.t.call('content.create', item(p));
    const moved = await p.t.call('content.move', { id: a.id, plannedAt: '2025-08-08T09:00:00+08:00' });
    await p.t.call('content.update', { id: a.id, title: '改过的标题' });
    const before = snapshotTables(p.t.backend);
    const err = await p.t.fail('content.undo', { id: a.id, revision: moved.revision });
    expect(err).toMatchObject({ code: 'conflict', reason: 'contentUndo.changed' });
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });

  it('refuses to move a live session back onto one planned there meanwhile, changing nothing', async () => {
    const a = await p.t.call('content.create', live(p, '2025-08-06T20:00:00+08:00', 120));
    const moved = await p.t.call('content.move', { id: a.id, plannedAt: '2025-08-07T20:00:00+08:00' });
    await p.t.call('content.create', live(p, '2025-08-06T21:00:00+08:00', 60));
    const before = snapshotTables(p.t.backend);
    const err = await p.t.fail('content.undo', { id: a.id, revision: moved.revision });
    expect(err).toMatchObject({ code: 'conflict', reason: 'content.liveOverlap' });
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });

  it('restores a deleted item under its id with links, tags, approval record and history', async () => {
    const a = await p.t.call(
      'content.create',
      item(p, { status: 'review', productIds: [p.tea, p.gift], tags: ['夏日', '饮品'], brief: '试喝' }),
    );
    await p.t.call('approvals.exportPack', {
      workspaceId: p.workspaceId,
      from: '2025-08-04',
      to: '2025-08-10',
      language: 'zh-CN',
    });
    const approvalTables = ['content_approvals', 'approval_events', 'approval_pack_items'] as const;
    const pick = (s: Record<string, unknown[]>) => approvalTables.map((name) => s[name]);
    const beforeDelete = snapshotTables(p.t.backend);
    const stored = await p.t.call('content.get', { id: a.id });
    await p.t.call('content.delete', { id: a.id });
    expect((await p.t.fail('content.get', { id: a.id })).code).toBe('not_found');
    const { item: back, kind } = await undo(a.id, stored.revision);
    expect(kind).toBe('delete');
    const { warnings: _w1, ...restored } = back;
    const { warnings: _w2, ...original } = stored;
    expect(restored).toEqual(original);
    const after = snapshotTables(p.t.backend);
    expect(pick(after)).toEqual(pick(beforeDelete));
    expect(after['content_items']).toEqual(beforeDelete['content_items']);
    expect(after['content_item_products']).toEqual(beforeDelete['content_item_products']);
    // A second undo finds the item back and refuses.
    expect((await p.t.fail('content.undo', { id: a.id, revision: stored.revision })).code).toBe(
      'invalid_state',
    );
  });

  it('refuses to restore a deleted item whose product was deleted since, changing nothing', async () => {
    const a = await p.t.call('content.create', item(p, { productIds: [p.gift] }));
    await p.t.call('content.delete', { id: a.id });
    await p.t.call('products.delete', { id: p.gift });
    const before = snapshotTables(p.t.backend);
    const err = await p.t.fail('content.undo', { id: a.id, revision: a.revision });
    expect(err).toMatchObject({ code: 'invalid_state', reason: 'contentUndo.productGone' });
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });
});
