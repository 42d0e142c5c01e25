import type { Page } from '@playwright/test';
import { startHost, type RunningHost } from '../support/webHost';
import { bigMetricsCsv as bigCsv } from './bigMetricsCsv';
import { expect, test } from './fixtures';

/**
 * A host whose jobs wait at their first checkpoint until cancelled (its test-mode switch): the preview is
 * still running when 取消 is clicked, however fast the machine, and never ends by itself, so only a
 * working cancel makes the page say it was cancelled.
 */
const withHeldJobs = test.extend<{ host: RunningHost }>({
  host: async ({}, use) => {
    const host = await startHost(undefined, undefined, undefined, { MATRIXDESK_TEST_HOLD_JOBS: '1' });
    await use(host);
    await host.dispose();
  },
});

async function openImport(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: '打开示例工作台' }).click();
  await expect(page.getByTestId('column-sales').getByTestId('account-card')).toHaveCount(3, {
    timeout: 90_000,
  });
  await page.getByRole('menuitem', { name: '数据与预测' }).click();
  await page.getByRole('button', { name: '导入数据' }).click();
  return page.getByRole('dialog', { name: '导入表现数据' });
}

/** Picks a file too big to preview at once (150,000 rows): the preview runs as a job, whose panel shows. */
async function previewBigFile(page: Page, url: string) {
  const modal = await openImport(page, url);
  await modal
    .locator('input[type=file]')
    .setInputFiles({ name: '全年导出.csv', mimeType: 'text/csv', buffer: bigCsv(30_000) });
  const previewJob = modal.getByTestId('preview-job');
  await expect(previewJob).toBeVisible({ timeout: 120_000 });
  return { modal, previewJob };
}

test('a big file is previewed as a job: a progress bar with 取消, then the preview', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  const { modal, previewJob } = await previewBigFile(page, host.url);
  await expect(previewJob.getByText('正在读取文件并生成预览', { exact: false })).toBeVisible();
  await expect(previewJob.getByRole('button', { name: '取 消' })).toBeVisible();
  await expect(previewJob.getByRole('progressbar')).toBeVisible();

  // Then the preview as for a small file: every row counted, the first rows shown, import offered.
  await expect(modal.getByTestId('import-summary')).toContainText('可导入 150000 行', { timeout: 180_000 });
  await expect(previewJob).toBeHidden();
  await expect(modal.getByTestId('import-preview').getByRole('row')).not.toHaveCount(0);
  await expect(modal.getByRole('button', { name: /^导入 .* 行$/ })).toBeEnabled();
});

withHeldJobs(
  'cancelling a preview job returns to the file picker and imports nothing',
  async ({ page, host }) => {
    withHeldJobs.setTimeout(240_000);
    const { modal, previewJob } = await previewBigFile(page, host.url);
    await previewJob.getByRole('button', { name: '取 消' }).click();
    await expect(page.getByText('已取消预览，未导入任何数据')).toBeVisible();
    await expect(modal.getByTestId('metrics-file-input')).toBeAttached();
    await expect(modal.getByTestId('import-summary')).toHaveCount(0);
  },
);
