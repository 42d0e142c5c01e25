import { afterEach, beforeEach } from 'vitest';
import { createTestBackend, type TestBackend } from './backend';

/**
 * Every test gets a fresh backend, set up by `setUp` and closed afterwards (the preamble most integration
 * files shared line for line). `receive` hands the backend and what `setUp` returned to the file's own
 * variables, so the tests keep reading plain `t` and `s`.
 */
export function freshBackendEachTest<S>(
  setUp: (t: TestBackend) => Promise<S>,
  receive: (t: TestBackend, setup: S) => void,
): void {
  let current: TestBackend | undefined;
  beforeEach(async () => {
    current = await createTestBackend();
    receive(current, await setUp(current));
  });
  afterEach(() => current?.close());
}

/** One empty brand workspace (测试品牌), as the account and creator tests start from. */
export async function createBrandWorkspace(t: TestBackend): Promise<string> {
  return (await t.call('workspaces.create', { name: '测试品牌', industry: 'beauty_personal_care' })).id;
}

/** One empty drinks workspace (青柠饮品), as the product catalogue tests start from. */
export async function createDrinksWorkspace(t: TestBackend): Promise<string> {
  return (await t.call('workspaces.create', { name: '青柠饮品', industry: 'food_beverage' })).id;
}
