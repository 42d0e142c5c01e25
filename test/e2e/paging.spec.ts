import { apiCall } from './api';
import { expect, test } from './fixtures';

/**
 * Keyset-paged lists in the UI: the live sessions table and the stored forecast runs page on the server
 * (one page per request, previous / next), and a session imported while paging shifts nothing.
 */
test('live sessions and forecast runs page on the server, stable when rows are added', async ({
  page,
  request,
  host,
}) => {
  // Two pages, an import and seven forecasts on a loaded machine: longer than the default.
  test.setTimeout(240_000);
  const ws = await apiCall(request, host, 'workspaces.loadSample', {});
  const sessions = await apiCall(request, host, 'liveSessions.list', { workspaceId: ws.id, limit: 200 });
  expect(sessions.total).toBeGreaterThan(20);

  await page.goto(`${host.url}#/w/${ws.id}/live`);
  const table = page.getByTestId('live-sessions');
  const pager = page.getByTestId('live-pager');
  // The first render waits on a loaded machine: wait for the page's state, not a fixed time.
  await expect(pager).toContainText(`显示 1–20 条，共 ${sessions.total} 条`, { timeout: 60_000 });
  await expect(table.locator('tbody tr')).toHaveCount(20);
  const twentyFirst = sessions.items[20]!.startedAt;

  // A session newer than every listed one arrives between the pages: page two still starts at the 21st.
  const header =
    'Account,Start time,End time,Duration (min),Room exposure users,Viewers,Views,Product exposure users,Product click users,Buyers,GMV,Orders,Refund amount,Ad spend,Comments,New followers';
  const row =
    '@camellialab_store,2030-01-01 20:00,2030-01-01 22:00,120,98000,11500,14300,7480,1040,262,35100.00,290,1800.00,6000.00,1600,300';
  const csv = `\uFEFF${header}\n${row}\n`;
  const base64 = Buffer.from(csv, 'utf8').toString('base64');
  const imported = await apiCall(request, host, 'liveSessions.importCommit', {
    workspaceId: ws.id,
    fileName: 'new.csv',
    base64,
  });
  expect(imported.inserted).toBe(1);

  await pager.getByRole('button', { name: /下一页/ }).click();
  await expect(pager).toContainText(`显示 21–`, { timeout: 30_000 });
  const firstOfPageTwo = await apiCall(request, host, 'liveSessions.get', {
    sessionId: sessions.items[20]!.id,
  });
  expect(firstOfPageTwo.startedAt).toBe(twentyFirst);
  await expect(table.locator('tbody tr').first().getByRole('link').first()).toHaveAttribute(
    'href',
    new RegExp(`${sessions.items[20]!.id}$`),
  );
  await pager.getByRole('button', { name: /上一页/ }).click();
  await expect(pager).toContainText('显示 1–20 条');

  // Forecast runs: seven saved runs on one account are two pages of six.
  const accounts = await apiCall(request, host, 'accounts.list', { workspaceId: ws.id });
  const store = accounts.find((a) => a.handle === 'camellialab_store')!;
  const before = await apiCall(request, host, 'forecasts.list', { accountId: store.id, limit: 1 });
  for (let i = before.total; i < 7; i++) {
    await apiCall(request, host, 'forecasts.run', {
      accountId: store.id,
      metric: 'views',
      horizon: 14,
      save: true,
    });
  }
  const runs = await apiCall(request, host, 'forecasts.list', { accountId: store.id, limit: 1 });
  await page.goto(`${host.url}#/w/${ws.id}/performance?account=${store.id}`);
  const runsPager = page.getByTestId('forecast-runs-pager');
  await expect(runsPager).toContainText(`显示 1–6 条，共 ${runs.total} 条`, { timeout: 60_000 });
  await expect(page.getByTestId('forecast-runs').locator('tbody tr')).toHaveCount(6);
  await runsPager.getByRole('button', { name: /下一页/ }).click();
  await expect(runsPager).toContainText(`显示 7–`, { timeout: 30_000 });
});
