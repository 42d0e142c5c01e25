import type { Page } from '@playwright/test';
import { bigMetricsCsv as bigCsv } from './bigMetricsCsv';
import { expect, test } from './fixtures';

async function openImport(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: '打开示例工作台' }).click();
  await expect(page.getByTestId('column-sales').getByTestId('account-card')).toHaveCount(3);
  await page.getByRole('menuitem', { name: '数据与预测' }).click();
  await page.getByRole('button', { name: '导入数据' }).click();
  return page.getByRole('dialog', { name: '导入表现数据' });
}

test('a big import runs as a job with progress; cancel rolls it back, and a second run imports every row', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  const rows = 5 * 30_000;
  const modal = await openImport(page, host.url);
  await modal
    .locator('input[type=file]')
    .setInputFiles({ name: '全年导出.csv', mimeType: 'text/csv', buffer: bigCsv(30_000) });
  await expect(modal.getByTestId('import-summary')).toContainText('可导入', { timeout: 120_000 });

  // Start, and cancel as soon as the job reports progress: the rows written so far are rolled back.
  await modal.getByRole('button', { name: /^导入 .* 行$/ }).click();
  const progress = modal.getByTestId('job-progress');
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: '取 消' }).click();
  await expect(page.getByText('已取消，未写入任何数据')).toBeVisible({ timeout: 120_000 });
  // Back at the preview of the same file, nothing stored: every row is still an insert.
  await expect(modal.getByTestId('import-summary')).toBeVisible();

  await modal.getByRole('button', { name: /^导入 .* 行$/ }).click();
  await expect(modal.getByTestId('import-done')).toContainText(`新增 ${rows} 行`, {
    timeout: 180_000,
  });
});
