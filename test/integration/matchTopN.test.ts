import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../support/backend';
import { sampleAudience } from '../support/offers';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
});
afterEach(() => t.close());

describe('match.forProduct top N', () => {
  it('answers from the latest audiences after a write (the parsed audiences are cached until then)', async () => {
    const ws = await t.call('workspaces.loadSample', {});
    const sunscreen = (await t.call('products.list', { workspaceId: ws.id })).find(
      (p) => p.sku === 'CL-SUN-50',
    )!;
    const before = await t.call('match.forProduct', { productId: sunscreen.id, creatorLimit: 1 });
    expect(before.creators).toHaveLength(1);
    expect(before.creatorsTotal).toBeGreaterThan(1);
    const last = (await t.call('match.forProduct', { productId: sunscreen.id, creatorLimit: 200 })).creators
      .filter((c) => c.match !== null)
      .at(-1)!;
    expect(last.ownerId).not.toBe(before.creators[0]!.ownerId);
    // The weakest match gets an audience made of the product's target interests: it must now lead.
    const interests = Object.fromEntries(before.targetTags.map((tag) => [tag, 1 / before.targetTags.length]));
    await t.call('creators.update', { id: last.ownerId, audience: { ...sampleAudience(), interests } });
    const after = await t.call('match.forProduct', { productId: sunscreen.id, creatorLimit: 1 });
    expect(after.creators[0]!.ownerId).toBe(last.ownerId);
    expect(after.creatorsTotal).toBe(before.creatorsTotal);
  });
});

describe('audience.list paging', () => {
  it('pages accounts then creators with a total, narrows to one kind, and refuses a foreign cursor', async () => {
    const ws = await t.call('workspaces.loadSample', {});
    const whole = await t.call('audience.list', { workspaceId: ws.id, limit: 200 });
    expect(whole.nextCursor).toBeNull();
    expect(whole.items.length).toBe(whole.total);
    const kinds = whole.items.map((a) => a.ownerType);
    expect(kinds).toEqual([...kinds].sort()); // accounts first
    expect(new Set(kinds)).toEqual(new Set(['account', 'creator']));
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof t.call<'audience.list'>>> = await t.call('audience.list', {
        workspaceId: ws.id,
        limit: 3,
        ...(cursor ? { cursor } : {}),
      });
      expect(page.total).toBe(whole.total);
      paged.push(...page.items.map((a) => a.ownerId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(whole.items.map((a) => a.ownerId));
    const accounts = await t.call('audience.list', { workspaceId: ws.id, ownerType: 'account' });
    expect(accounts.items.every((a) => a.ownerType === 'account')).toBe(true);
    expect(accounts.total).toBe(kinds.filter((k) => k === 'account').length);
    const bad = await t.fail('audience.list', { workspaceId: ws.id, cursor: '[7,"x"]' });
    expect(bad.issues?.[0]).toMatchObject({ path: ['cursor'], code: 'paging.badCursor' });
  });
});
