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

/**
 * `freshBackendEachTest` for files that only read what `setUp` made: `t` and `s` are stable handles that
 * reach the running test's backend and setup, so the file needs no `let` per id (`s.workspaceId`).
 */
export function freshSetupEachTest<S extends object>(
  setUp: (t: TestBackend) => Promise<S>,
): { t: TestBackend; s: S } {
  let current: { t: TestBackend; setup: S } | undefined;
  const running = () => {
    if (!current) throw new Error('the backend exists only inside a test');
    return current;
  };
  freshBackendEachTest(setUp, (t, setup) => (current = { t, setup }));
  const setup = () => running().setup;
  // Every read reaches the running test's object, spreads and `in` included (helpers spread `s`).
  const s = new Proxy({} as S, {
    get: (_, key) => Reflect.get(setup(), key),
    has: (_, key) => Reflect.has(setup(), key),
    ownKeys: () => Reflect.ownKeys(setup()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(setup(), key),
  });
  return { t: forwardingBackend(() => running().t), s };
}

/** A TestBackend that forwards every use to whichever backend `current()` returns at that moment. */
export function forwardingBackend(current: () => TestBackend): TestBackend {
  return {
    get backend() {
      return current().backend;
    },
    get dataDir() {
      return current().dataDir;
    },
    call: (method, input) => current().call(method, input),
    fail: (method, input) => current().fail(method, input),
    raw: (method, input) => current().raw(method, input),
    close: () => current().close(),
  };
}

/**
 * A fresh, empty backend for every test, closed afterwards. The handle returned is stable and always reaches
 * the running test's backend, so a file keeps it in one `const t` instead of its own `let` and hooks.
 */
export function emptyBackendEachTest(): TestBackend {
  let current: TestBackend | undefined;
  beforeEach(async () => {
    current = await createTestBackend();
  });
  afterEach(() => {
    current?.close();
    current = undefined;
  });
  return forwardingBackend(() => {
    if (!current) throw new Error('the backend exists only inside a test');
    return current;
  });
}

/** One empty brand workspace (测试品牌), as the account and creator tests start from. */
export async function createBrandWorkspace(t: TestBackend): Promise<string> {
  return (await t.call('workspaces.create', { name: '测试品牌', industry: 'beauty_personal_care' })).id;
}

/** One empty drinks workspace (青柠饮品), as the product catalogue tests start from. */
export async function createDrinksWorkspace(t: TestBackend): Promise<string> {
  return (await t.call('workspaces.create', { name: '青柠饮品', industry: 'food_beverage' })).id;
}

/**
 * For files whose tests each open several backends (an export and an import side, say): `fresh()` opens
 * one more, and every backend opened during a test is closed after it.
 */
export function backendsClosedAfterEachTest(): () => Promise<TestBackend> {
  const opened: TestBackend[] = [];
  afterEach(() => {
    for (const t of opened.splice(0)) t.close();
  });
  return async () => {
    const t = await createTestBackend();
    opened.push(t);
    return t;
  };
}
