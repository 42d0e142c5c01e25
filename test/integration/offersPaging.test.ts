import { describe, expect, it } from 'vitest';
import { freshSetupEachTest } from '../support/eachTest';
import { creatorInput, offerInput, setUpBrand } from '../support/offers';
import { walkPages } from '../support/paging';

const { t, s } = freshSetupEachTest(setUpBrand);

async function allPages(limit: number, extra: Record<string, unknown> = {}) {
  const { items, pages } = await walkPages((cursor) =>
    t.call('offers.list', { workspaceId: s.workspaceId, limit, ...extra, ...cursor }),
  );
  return { ids: items.map((o) => o.id), pages };
}

describe('offers.list paging', () => {
  it('pages newest first with a total, and the pages together are the whole list', async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      created.push((await t.call('offers.create', offerInput(s, { title: `合作 ${i}` }))).id);
    }
    await t.call('offers.send', { id: created[1]! }); // moves it to the top (latest activity)
    const whole = await t.call('offers.list', { workspaceId: s.workspaceId });
    expect(whole.total).toBe(5);
    expect(whole.nextCursor).toBeNull();
    expect(whole.items[0]?.id).toBe(created[1]);
    const first = await t.call('offers.list', { workspaceId: s.workspaceId, limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.total).toBe(5);
    expect(first.nextCursor).not.toBeNull();
    const paged = await allPages(2);
    expect(paged.pages).toBe(3);
    expect(paged.ids).toEqual(whole.items.map((o) => o.id));
    // The state filter narrows the total too.
    const sent = await t.call('offers.list', { workspaceId: s.workspaceId, state: 'sent', limit: 1 });
    expect(sent).toMatchObject({ total: 1, nextCursor: null });
  });

  it('is stable under inserts: a new offer does not shift the next page', async () => {
    for (let i = 0; i < 4; i++) await t.call('offers.create', offerInput(s, { title: `合作 ${i}` }));
    const before = (await t.call('offers.list', { workspaceId: s.workspaceId })).items.map((o) => o.id);
    const first = await t.call('offers.list', { workspaceId: s.workspaceId, limit: 2 });
    const added = await t.call('offers.create', offerInput(s, { title: '新的' }));
    const second = await t.call('offers.list', {
      workspaceId: s.workspaceId,
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect([...first.items, ...second.items].map((o) => o.id)).toEqual(before);
    expect(second.total).toBe(5);
    expect(second.items.map((o) => o.id)).not.toContain(added.id);
  });

  it('shows each offer in the list exactly as offers.get does (the batched view equals the single one)', async () => {
    const other = await t.call(
      'creators.create',
      creatorInput(s.workspaceId, { handle: 'other', displayName: '别人' }),
    );
    const a = await t.call('offers.create', offerInput(s));
    await t.call('offers.send', { id: a.id });
    await t.call('offers.create', offerInput(s, { creatorId: other.id }));
    await t.call('offers.create', offerInput(s, { targetTags: [] }));
    const listed = (await t.call('offers.list', { workspaceId: s.workspaceId })).items;
    expect(listed).toHaveLength(3);
    for (const offer of listed) {
      const { revisions, ...single } = await t.call('offers.get', { id: offer.id });
      expect(revisions.length).toBeGreaterThan(0);
      expect(offer).toEqual(single);
    }
  });

  it('refuses a cursor it did not issue, naming the field with a code', async () => {
    const err = await t.fail('offers.list', { workspaceId: s.workspaceId, cursor: 'not a cursor' });
    expect(err.code).toBe('invalid_input');
    expect(err.issues?.[0]).toMatchObject({ path: ['cursor'], code: 'paging.badCursor' });
    const wrongShape = await t.fail('offers.list', { workspaceId: s.workspaceId, cursor: '["a"]' });
    expect(wrongShape.issues?.[0]?.path).toEqual(['cursor']);
    expect(
      (await t.fail('offers.list', { workspaceId: s.workspaceId, limit: 1000 })).issues?.[0]?.path,
    ).toEqual(['limit']);
  });
});
