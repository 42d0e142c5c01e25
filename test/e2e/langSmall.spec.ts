import { expectChineseErrors } from './chineseErrors';
import { expect, test } from './fixtures';

/** Issue 11 §1 and §6 in the Chinese UI: offer form messages, board widths, no-accounts prompt, money. */

test('the offer form explains bad input in Chinese', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: '打开示例工作台' }).click();
  await page.getByRole('menuitem', { name: '达人库' }).click();
  await page.getByTestId('creator-row').first().getByRole('button', { name: '发邀约' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '新建邀约' });
  await drawer.getByLabel('邀约标题').fill('');
  await drawer.getByLabel('固定费用（¥）').fill('-5');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  // Stricter than zhMessages.spec: the offer form's messages hold no Latin word at all.
  await expectChineseErrors(drawer, /[A-Za-z]{3,}/, 2);
});

test('the board stays readable at 1440 px: columns keep their width and the board scrolls', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: '打开示例工作台' }).click();
  await page.getByRole('menuitem', { name: '内容日历' }).click();
  await page.getByTestId('view-board').click();
  const column = page.getByTestId('board-column-scheduled');
  await expect(column).toBeVisible({ timeout: 60_000 });
  const width = await column.evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeGreaterThanOrEqual(220);
  const board = page.getByTestId('content-board');
  const scrolls = await board.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(scrolls).toBe(true);
});

test('新建内容 in a workspace without accounts asks to add an account first', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '创建工作台' }).click();
  const dialog = page.getByRole('dialog', { name: '新建工作台' });
  await dialog.getByLabel('名称').fill('空工作台');
  await dialog.getByRole('button', { name: /创\s*建/ }).click();
  await page.getByRole('menuitem', { name: '内容日历' }).click();
  await page.getByRole('button', { name: '新建内容' }).click();
  await expect(page.getByTestId('no-accounts-prompt')).toBeVisible();
  await expect(page.getByRole('dialog', { name: '新建内容' })).toHaveCount(0);
  await page.getByTestId('no-accounts-go').click();
  await expect(page).toHaveURL(/\/matrix/);
});

test('offers page: exact money in the table, compact in the totals', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: '打开示例工作台' }).click();
  await page.getByRole('menuitem', { name: '合作邀约' }).click();
  const cells = page.getByTestId('offer-fee-cell');
  await expect(cells.first()).toBeVisible({ timeout: 60_000 });
  for (const text of await cells.allTextContents()) expect(text).toMatch(/^¥[\d,]+\.\d\d$/);
  // An offer of at least ¥10,000: its total reads in 万 while the table keeps every fen.
  const big = page.getByTestId('offer-row').filter({ has: page.getByText(/^¥\d{2,3},\d{3}\.\d\d$/) });
  const exact = (await big.first().getByTestId('offer-fee-cell').textContent())!;
  await big.first().click();
  const fee = page.getByTestId('total-fee');
  await expect(fee).toHaveText(/^¥[\d.]+万$/, { timeout: 60_000 });
  const yuan = Number(exact.replace(/[¥,]/g, ''));
  expect(Number((await fee.textContent())!.replace(/[¥万]/g, '')) * 10_000).toBeCloseTo(yuan, -2);
});
