import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** antd spaces out two-character Chinese button labels (忽 略), so match them loosely. */
const loose = (label: string) => new RegExp(label.split('').join('\\s*'));

async function openSample(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: '打开示例工作台' }).click();
  // Seeding the sample (120 days of metrics, a month of plans) takes a while on a loaded machine.
  await expect(page.getByRole('heading', { name: '山茶花研 CamelliaLab（示例）' })).toBeVisible({
    timeout: 60_000,
  });
}

test('the sample’s matrix advisor recommends an arrangement, lists findings and links to their accounts', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  await openSample(page, host.url);

  // The matrix page's badge counts the open findings and leads to the advisor.
  const badge = page.getByTestId('advisor-badge');
  await expect(badge).toHaveAttribute('data-count', /[1-9]\d*/);
  const count = Number(await badge.getAttribute('data-count'));
  await badge.click();

  await expect(page.getByRole('heading', { name: '矩阵体检' })).toBeVisible();
  await expect(page.getByTestId('advisor-arrangement')).toHaveText('双矩阵（品牌号 + 销售号）');
  await expect(
    page.getByTestId('advisor-fired-rules').locator('[data-rule-id="stage_growing_dual"]'),
  ).toBeVisible();

  const active = page.getByTestId('advisor-findings-active');
  await expect(active.getByTestId('advisor-finding')).toHaveCount(count);
  const overlap = active.locator('[data-rule-id="audience_overlap"]');
  await expect(overlap).toContainText('同角色账号人群重叠');
  await expect(overlap).toContainText('「山茶花研 CamelliaLab」和「成分实验室·小茶」同为品牌号');

  // Following the finding shows its account, outlined, on the matrix page.
  await overlap.getByRole('link', { name: '查看' }).click();
  await expect(page).toHaveURL(/\/matrix\?account=/);
  const focused = page.locator('[data-testid="account-card"][data-focused="true"]');
  await expect(focused).toHaveCount(1);
  await expect(focused).toHaveAttribute('data-account-handle', 'camellialab_official');

  // Archiving that account ends the overlap: the badge follows the edit made on the matrix page.
  await focused.getByRole('button', { name: '归档' }).click();
  await expect(page.getByTestId('advisor-badge')).toHaveAttribute('data-count', String(count - 1));
});

test('a finding is dismissed with a note, listed under dismissed, and restored', async ({ page, host }) => {
  test.setTimeout(180_000);
  await openSample(page, host.url);
  await page.getByRole('menuitem', { name: '矩阵体检' }).click();

  const active = page.getByTestId('advisor-findings-active');
  const finding = active.locator('[data-rule-id="product_tags_uncovered"]').first();
  await expect(finding).toBeVisible();
  const key = await finding.getAttribute('data-finding-key');
  const before = await active.getByTestId('advisor-finding').count();

  await finding.getByRole('button', { name: loose('忽略') }).click();
  const dialog = page.getByRole('dialog', { name: '忽略这个问题' });
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  // The note is required: an empty one is refused on the field, and the refusal raises no uncaught error.
  await dialog.getByRole('button', { name: loose('忽略') }).click();
  await expect(dialog.getByText('请写下忽略的原因')).toBeVisible();
  await dialog.getByLabel('原因').fill('出境游人群下季度再做');
  await dialog.getByRole('button', { name: loose('忽略') }).click();
  await expect(dialog).toBeHidden();
  expect(pageErrors).toEqual([]);

  await expect(active.getByTestId('advisor-finding')).toHaveCount(before - 1);
  await expect(page.getByRole('tab', { name: '已忽略（1）' })).toBeVisible();
  await page.getByRole('tab', { name: '已忽略（1）' }).click();
  const dismissed = page.getByTestId('advisor-findings-dismissed').locator(`[data-finding-key="${key}"]`);
  await expect(dismissed).toContainText('忽略原因：出境游人群下季度再做');

  // The badge on the matrix page counts one fewer.
  await page.getByRole('menuitem', { name: '账号矩阵' }).click();
  await expect(page.getByTestId('advisor-badge')).toHaveAttribute('data-count', String(before - 1));
  await page.getByTestId('advisor-badge').click();

  await page.getByRole('tab', { name: '已忽略（1）' }).click();
  await page
    .getByTestId('advisor-findings-dismissed')
    .locator(`[data-finding-key="${key}"]`)
    .getByRole('button', { name: loose('恢复') })
    .click();
  await expect(page.getByRole('tab', { name: '已忽略（0）' })).toBeVisible();
  await page.getByRole('tab', { name: `待处理（${before}）` }).click();
  await expect(active.locator(`[data-finding-key="${key}"]`)).toBeVisible();
});
