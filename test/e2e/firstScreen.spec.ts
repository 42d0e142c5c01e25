import type { APIRequestContext, Page } from '@playwright/test';
import type { RunningHost } from '../support/webHost';
import { apiCall } from './api';
import { expect, test } from './fixtures';

/*
 * The first screen asks for its data before React renders (renderer/src/app/firstScreen.ts and
 * startRouteData.ts) with the same query options as the pages' own hooks. If they ever drift apart, the page
 * asks a second time; if the start-up write came back, every start would write. Both show up as API calls.
 */

/** Counts the page's API calls by method, from the first request on. */
function countApiCalls(page: Page): Map<string, number> {
  const calls = new Map<string, number>();
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (!path.startsWith('/api/')) return;
    const method = path.slice('/api/'.length);
    calls.set(method, (calls.get(method) ?? 0) + 1);
  });
  return calls;
}

// A fresh context's first load parses every chunk; on the shared 2-core machine that can outlast 10 s.
const FIRST_LOAD = { timeout: 45_000 };

const duplicates = (calls: Map<string, number>) => [...calls].filter(([, n]) => n > 1);

/**
 * A returning user (the sample is already the last workspace used) starts the app on `route`: answers the
 * API calls counted until `testId` shows and the network is idle.
 */
async function startOnSample(
  page: Page,
  host: RunningHost,
  request: APIRequestContext,
  route: string,
  testId: string,
): Promise<Map<string, number>> {
  const sample = await apiCall(request, host, 'workspaces.loadSample', {});
  await apiCall(request, host, 'settings.update', { lastWorkspaceId: sample.id });
  const calls = countApiCalls(page);
  await page.goto(`${host.url}#/w/${sample.id}/${route}`);
  await expect(page.getByTestId(testId).first()).toBeVisible(FIRST_LOAD);
  await page.waitForLoadState('networkidle');
  return calls;
}

test('starting on the matrix asks for each first-screen method once and writes nothing', async ({
  page,
  host,
  request,
}) => {
  const calls = await startOnSample(page, host, request, 'matrix', 'account-card');

  for (const method of [
    'settings.get',
    'recovery.status',
    'workspaces.list',
    'accounts.list',
    'matrix.summary',
  ])
    expect(calls.get(method), method).toBe(1);
  expect(duplicates(calls)).toEqual([]);
  expect(calls.has('settings.update')).toBe(false);
});

test('starting on the calendar asks for its items and accounts once, and suggestions only when the drawer opens', async ({
  page,
  host,
  request,
}) => {
  const calls = await startOnSample(page, host, request, 'calendar?view=month', 'calendar-item');

  for (const method of ['workspaces.list', 'accounts.list', 'content.calendarItems'])
    expect(calls.get(method), method).toBe(1);
  // The drawer's title suggestions are not needed for the first item: asked for when the drawer first opens.
  expect(calls.has('content.suggestions')).toBe(false);
  expect(duplicates(calls)).toEqual([]);
  expect(calls.has('settings.update')).toBe(false);

  await page.getByRole('button', { name: '新建内容' }).click();
  await expect.poll(() => calls.get('content.suggestions') ?? 0, FIRST_LOAD).toBe(1);
});

test('opening another workspace still saves it as the one to start on', async ({ page, host, request }) => {
  const first = await apiCall(request, host, 'workspaces.loadSample', {});
  const second = await apiCall(request, host, 'workspaces.loadSample', {});
  await apiCall(request, host, 'settings.update', { lastWorkspaceId: first.id });

  await page.goto(`${host.url}#/w/${first.id}/matrix`);
  await expect(page.getByTestId('account-card').first()).toBeVisible(FIRST_LOAD);
  await page.goto(`${host.url}#/w/${second.id}/matrix`);
  await expect(page.getByTestId('account-card').first()).toBeVisible(FIRST_LOAD);
  await expect
    .poll(async () => (await apiCall(request, host, 'settings.get', {})).lastWorkspaceId)
    .toBe(second.id);
  // And back: the saved value follows every switch, not only the first.
  await page.goto(`${host.url}#/w/${first.id}/matrix`);
  await expect(page.getByTestId('account-card').first()).toBeVisible(FIRST_LOAD);
  await expect
    .poll(async () => (await apiCall(request, host, 'settings.get', {})).lastWorkspaceId)
    .toBe(first.id);
});
