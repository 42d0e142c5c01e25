import type { Page, Response } from '@playwright/test';

/**
 * Does `action` and waits for the answer to the API call it makes (the renderer posts each method to
 * `/api/<method>`). On a loaded machine a write and the refetch after it can take longer than an
 * assertion's 10 s: a test waits on the answer itself, bounded only by the test's timeout, and then
 * checks what the page shows, which follows at once.
 */
export async function answered(
  page: Page,
  method: string,
  action: () => Promise<unknown>,
): Promise<Response> {
  const answer = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/api/${method}`,
  );
  await action();
  return answer;
}
