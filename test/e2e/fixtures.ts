import { test as base, expect } from '@playwright/test';
import { startHost, type RunningHost } from '../support/webHost';

/** Each test gets its own browser-mode server on a fresh data directory. */
export const test = base.extend<{ host: RunningHost }>({
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.dispose();
  },
});

export { expect };
