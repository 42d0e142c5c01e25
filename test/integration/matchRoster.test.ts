import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestBackend, type TestBackend } from '../support/backend';

/**
 * The creators' roster behind match.forProduct is read once per connection, all of a workspace's
 * creators at once (20,000 in the agency benchmark): its read must not sort them in SQL (the ranking
 * sorts with the zh-CN collator) and must hand over each profile's interests, not the whole profile.
 */
let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
});
afterEach(() => t.close());

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
    const plan = db
      .prepare<[string], { detail: string }>(`EXPLAIN QUERY PLAN ${rosterSql!}`)
      .all(ws.id)
      .map((r) => r.detail)
      .join('\n');
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
