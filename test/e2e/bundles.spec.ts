import { chooseOption } from './antdSelect';
import { expect, test } from './fixtures';

/** Hand-over bundles: export the sample workspace, import it back as a new copy, then replace that copy. */
test('a workspace is handed over as a bundle: export, preview, import as new, replace with typed confirmation', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: '打开示例工作台' }).click();
  await expect(page.getByTestId('column-brand')).toBeVisible();

  await page.getByRole('button', { name: '交接包' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '工作台交接包' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '导出交接包' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.mdbundle$/);
  const bundlePath = testInfo.outputPath('sample.mdbundle');
  await download.saveAs(bundlePath);

  // The preview names the workspace and what it holds; the original here is a copy that could be replaced.
  await dialog.locator('input[type=file]').setInputFiles(bundlePath);
  const preview = dialog.getByTestId('bundle-preview');
  await expect(preview).toContainText('山茶花研 CamelliaLab（示例）');
  await expect(preview).toContainText('account_metrics');
  await dialog.getByRole('button', { name: /导\s*入/ }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('column-brand')).toBeVisible();
  await expect(page).toHaveURL(/\/w\/[^/]+\/matrix/);
  const copyUrl = page.url();

  // Replace the copy: the import button stays disabled until the name is typed.
  await page.getByRole('button', { name: '交接包' }).click();
  await dialog.locator('input[type=file]').setInputFiles(bundlePath);
  await expect(dialog.getByTestId('bundle-preview')).toBeVisible();
  await dialog.getByText('替换本机已有副本').click();
  const targetField = dialog.getByRole('combobox', { name: '要替换的副本' });
  await chooseOption(page, targetField, '山茶花研 CamelliaLab（示例）', dialog.getByTestId('bundle-preview'));
  const importButton = dialog.getByRole('button', { name: /导\s*入/ });
  await expect(importButton).toBeDisabled();
  await dialog.getByLabel(/输入工作台名称/).fill('山茶花研 CamelliaLab（示例）');
  await importButton.click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('column-brand')).toBeVisible();
  expect(page.url()).toMatch(/\/w\/[^/]+\/matrix/);
  void copyUrl;
});
