import { describe, expect, it, vi } from 'vitest';
import { emptyBackendEachTest } from '../support/eachTest';
import { sampleAudience } from '../support/offers';
import { explain } from '../support/migrations';

const t = emptyBackendEachTest();

describe('match.forProduct top N', () => {
  it('answers from the latest audiences after a write (the parsed audiences are cached until then)', async () => {
    const ws = await t.call('workspaces.loadSample', {});
    const sunscreen = (await t.call('products.list', { workspaceId: ws.id })).items.find(
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

describe('match.forProduct ranking', () => {
  it('ranks exactly as scoring every creator one by one and sorting by score, then name', async () => {
    const ws = await t.call('workspaces.loadSample', {});
    const sunscreen = (await t.call('products.list', { workspaceId: ws.id })).items.find(
      (p) => p.sku === 'CL-SUN-50',
    )!;
    // A few creators with the same audience, so ties are broken by name.
    const twin = (await t.call('creators.list', { workspaceId: ws.id, limit: 200 })).items.find(
      (c) => c.audience !== null,
    )!;
    for (const name of ['乙-同分', '甲-同分', 'A-同分']) {
      await t.call('creators.create', {
        workspaceId: ws.id,
        platform: 'douyin',
        handle: `twin-${name}`,
        displayName: name,
        audience: twin.audience,
      });
    }
    const ranking = await t.call('match.forProduct', { productId: sunscreen.id, creatorLimit: 200 });
    const creators = (await t.call('creators.list', { workspaceId: ws.id, limit: 200 })).items;
    expect(ranking.creatorsTotal).toBe(creators.length);

    const byName = new Intl.Collator('zh-CN').compare;
    const oracle: { id: string; name: string; score: number }[] = [];
    for (const c of creators) {
      const score = c.audience
        ? (
            await t.call('match.score', {
              workspaceId: ws.id,
              audience: c.audience,
              targetTags: ranking.targetTags,
            })
          ).score
        : -1;
      oracle.push({ id: c.id, name: c.displayName, score });
    }
    oracle.sort((a, b) => b.score - a.score || byName(a.name, b.name));
    expect(ranking.creators.map((c) => [c.ownerId, c.match?.score ?? -1])).toEqual(
      oracle.map((o) => [o.id, o.score]),
    );
    const top3 = await t.call('match.forProduct', { productId: sunscreen.id, creatorLimit: 3 });
    expect(top3.creators.map((c) => c.ownerId)).toEqual(oracle.slice(0, 3).map((o) => o.id));
    expect(top3.creators[0]!.match?.explanation.topTags.length).toBeGreaterThan(0);
  });
});

/**
 * The creators' roster behind match.forProduct is read once per connection, all of a workspace's
 * creators at once (20,000 in the agency benchmark): its read must not sort them in SQL (the ranking
 * sorts with the zh-CN collator) and must hand over each profile's interests, not the whole profile.
 */
describe('match.forProduct roster read', () => {
  it('reads the workspace creators through an index with no sort step, and only their interests', async () => {
    const ws = await t.call('workspaces.loadSample', {});
    const product = (await t.call('products.list', { workspaceId: ws.id, limit: 1 })).items[0]!;
    const db = t.backend.context.db;
    const prepare = vi.spyOn(db, 'prepare');
    const ranking = await t.call('match.forProduct', { productId: product.id, creatorLimit: 200 });
    const statements = prepare.mock.calls.map(([sql]) => sql);
    prepare.mockRestore();

    const rosterSql = statements.find((sql) => /FROM creators WHERE workspace_id = \?/.test(sql));
    expect(rosterSql).toBeDefined();
    const plan = explain(db, rosterSql!, ws.id);
    expect(plan).toMatch(/SEARCH creators USING INDEX/);
    expect(plan).not.toContain('TEMP B-TREE');
    // Gender, ages and regions stay in SQLite: the row carries the interests' JSON alone.
    const row = db.prepare<[string], Record<string, unknown>>(rosterSql!).get(ws.id)!;
    expect(Object.keys(row)).not.toContain('audience_json');

    // And the ranking still scores every creator with a profile.
    const creators = (await t.call('creators.list', { workspaceId: ws.id, limit: 200 })).items;
    const withProfile = creators.filter((c) => c.audience !== null).map((c) => c.id);
    expect(ranking.creators.filter((c) => c.match !== null).map((c) => c.ownerId)).toEqual(
      expect.arrayContaining(withProfile),
    );
    expect(ranking.creators.filter((c) => c.match !== null)).toHaveLength(withProfile.length);
  });
});
