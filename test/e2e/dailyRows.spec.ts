import type { Page } from '@playwright/test';
import { api } from './api';
import { expect, test } from './fixtures';

async function openSample(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.getByRole('button', { name: '打开示例工作台' }).click();
  await expect(page.getByTestId('account-card').first()).toBeVisible({ timeout: 60_000 });
  return /#\/w\/([^/]+)\//.exec(page.url())![1]!;
}

// Opening the sample seeds a workspace; on a loaded machine that alone can take most of a minute.
test.setTimeout(180_000);

test('the performance page shows the account’s daily rows under the charts, a server page at a time', async ({
  page,
  host,
}) => {
  const workspaceId = await openSample(page, host.url);
  // A sales account: its rows carry GMV.
  const accounts = await api<{ id: string; role: string }[]>(host, 'accounts.list', { workspaceId });
  const store = accounts.find((a) => a.role === 'sales')!;
  await page.goto(`${host.url}#/w/${workspaceId}/performance?account=${store.id}`);
  const card = page.getByTestId('daily-rows');
  await expect(card).toContainText('每日数据');
  const rows = card.locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(30);
  // Newest first; counts in 万 where large, GMV as an exact ¥ amount (a table cell).
  const firstDate = await rows.first().locator('td').first().innerText();
  expect(firstDate).toMatch(/^\d{4}\.\d{2}\.\d{2}$/);
  await expect(card.getByRole('columnheader', { name: '成交金额' })).toBeVisible();
  await expect(card.getByText(/^¥[\d,]+\.\d{2}$/).first()).toBeVisible();
  const pager = page.getByTestId('daily-rows-pager');
  await expect(pager).toContainText(/显示 1–30 条，共 \d+ 条/);

  await pager.getByRole('button', { name: /下一页/ }).click();
  await expect(pager).toContainText('显示 31–60 条');
  await expect(rows.first().locator('td').first()).not.toHaveText(firstDate);
  const secondFirst = await rows.first().locator('td').first().innerText();
  expect(secondFirst < firstDate).toBe(true);

  await pager.getByRole('button', { name: /上一页/ }).click();
  await expect(rows.first().locator('td').first()).toHaveText(firstDate);

  // The same table in English.
  await page.getByText('EN', { exact: true }).click();
  await expect(card).toContainText('Daily data');
  await expect(card.getByRole('columnheader', { name: 'GMV' })).toBeVisible();
});
