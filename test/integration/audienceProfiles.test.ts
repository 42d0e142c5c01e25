import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, snapshotTables, type TestBackend } from '../support/backend';
import { explain } from '../support/migrations';
import { sampleAudience } from '../support/offers';
import { accountsWithProfileSql } from '../../electron/backend/interest/repo';
import { MAX_PAGE_SIZE } from '../../shared/api/paging';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
});
afterEach(() => t.close());

/** `withProfile` accounts with a stored profile then `without` accounts without, in one transaction. */
function putAccounts(workspaceId: string, prefix: string, withProfile: number, without: number): string[] {
  const db = t.backend.context.db;
  const account = db.prepare(
    `INSERT INTO accounts (id, workspace_id, platform, handle, display_name, role, created_at, updated_at)
     VALUES (?, ?, 'douyin', ?, ?, 'sales', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  );
  const profile = db.prepare(
    `INSERT INTO audience_profiles (workspace_id, owner_type, owner_id, profile_json, source, updated_at)
     VALUES (?, 'account', ?, ?, 'manual', '2026-01-01T00:00:00.000Z')`,
  );
  const json = JSON.stringify(sampleAudience());
  const ids = Array.from(
    { length: withProfile + without },
    (_, i) => `${prefix}-${String(i).padStart(4, '0')}`,
  );
  db.transaction(() => {
    ids.forEach((id, i) => {
      account.run(id, workspaceId, id, `账号 ${id}`);
      if (i < withProfile) profile.run(workspaceId, id, json);
    });
  })();
  return ids;
}

async function askInPages(workspaceId: string, ids: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (let at = 0; at < ids.length; at += MAX_PAGE_SIZE) {
    const page = await t.call('audience.accountsWithProfile', {
      workspaceId,
      accountIds: ids.slice(at, at + MAX_PAGE_SIZE),
    });
    found.push(...page.accountIds);
  }
  return found.sort();
}

/**
 * The Audiences page tags an account "未填写" when it has no profile. It used to read the first 200 account
 * profiles of the workspace, so past 200 every later account was tagged missing although it had one.
 */
describe('audience.accountsWithProfile', () => {
  it('answers for every account of a workspace with 300 profiled accounts, a page of ids at a time', async () => {
    const workspaceId = (await t.call('workspaces.create', { name: '大客户', industry: 'food_beverage' })).id;
    const ids = putAccounts(workspaceId, 'acc', 300, 7);
    const found = await askInPages(workspaceId, ids);
    expect(found).toEqual(ids.slice(0, 300));
    // The last page asked holds the accounts without a profile: none of them is reported.
    const last = await t.call('audience.accountsWithProfile', { workspaceId, accountIds: ids.slice(295) });
    expect(last.accountIds.sort()).toEqual(ids.slice(295, 300));
  });

  it("reports only the workspace's own accounts, and refuses a page too long or an unknown workspace", async () => {
    const mine = (await t.call('workspaces.create', { name: '甲', industry: 'food_beverage' })).id;
    const theirs = (await t.call('workspaces.create', { name: '乙', industry: 'food_beverage' })).id;
    const own = putAccounts(mine, 'mine', 2, 1);
    const foreign = putAccounts(theirs, 'theirs', 2, 0);
    const answer = await t.call('audience.accountsWithProfile', {
      workspaceId: mine,
      accountIds: [...own, ...foreign, 'no-such-account'],
    });
    expect(answer.accountIds.sort()).toEqual(own.slice(0, 2));

    const before = snapshotTables(t.backend);
    const tooMany = Array.from({ length: MAX_PAGE_SIZE + 1 }, (_, i) => `x${i}`);
    const long = await t.fail('audience.accountsWithProfile', { workspaceId: mine, accountIds: tooMany });
    expect(long).toMatchObject({ code: 'invalid_input' });
    expect(long.issues?.[0]?.path).toEqual(['accountIds']);
    const unknown = await t.fail('audience.accountsWithProfile', { workspaceId: 'nope', accountIds: own });
    expect(unknown.code).toBe('not_found');
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('seeks each asked account by its owner key, not the whole workspace', () => {
    const plan = explain(t.backend.context.db, accountsWithProfileSql, '["a"]', 'w');
    expect(plan).toMatch(
      /SEARCH p USING INDEX sqlite_autoindex_audience_profiles_1 \(owner_type=\? AND owner_id=\?\)/,
    );
    expect(plan).not.toMatch(/audience_profiles_by_workspace/);
  });
});
