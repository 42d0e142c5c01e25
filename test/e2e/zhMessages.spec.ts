import type { Locator, Page } from '@playwright/test';
import { expectChineseErrors } from './chineseErrors';
import { expect, test } from './fixtures';

/**
 * Every form, submitted with bad input in the Chinese UI, explains the problem in Chinese: no schema English
 * ("Required", "Must not contain spaces") and no raw zod text. Also: an invalid submit raises no page error.
 */
/** Schema English and zod's own fallback, which must never reach a Chinese user. */
const schemaText = /Required|Must |Invalid|expected|无效输入/;

const save = (scope: Locator) => scope.getByRole('button', { name: /保\s*存/ }).click();

function trackPageErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on('pageerror', (e) => seen.push(String(e)));
  return seen;
}

test('every form explains bad input in Chinese, with no uncaught page error', async ({ page, host }) => {
  test.setTimeout(180_000); // five forms in one journey on a possibly loaded machine
  const pageErrors = trackPageErrors(page);
  await page.goto(host.url);

  // Workspace form: an empty name.
  await page.getByRole('button', { name: '创建工作台' }).click();
  const wsDialog = page.getByRole('dialog', { name: '新建工作台' });
  await wsDialog.getByLabel('名称').fill('');
  await wsDialog.getByRole('button', { name: /创\s*建/ }).click();
  await expectChineseErrors(wsDialog, schemaText);
  await wsDialog.getByRole('button', { name: /取\s*消/ }).click();
  await expect(wsDialog).toBeHidden();

  await page.getByRole('button', { name: '打开示例工作台' }).click();
  await expect(page.getByTestId('column-sales').getByTestId('account-card')).toHaveCount(3);

  // Account drawer: a handle with a space, no name, a negative GMV target.
  await page.getByTestId('column-sales').getByRole('button', { name: '添加销售号' }).click();
  const account = page.getByRole('dialog');
  await account.getByLabel('账号 ID').fill('a b');
  await account.getByLabel('月 GMV（¥）').fill('-5');
  await save(account);
  const accountErrors = await expectChineseErrors(account, schemaText, 2);
  expect(accountErrors.join(' ')).toContain('不能包含空格');
  await account.getByRole('button', { name: /取\s*消/ }).click();
  await expect(account).toBeHidden();

  // Product drawer: no SKU, a price that is not a number.
  await page.getByRole('menuitem', { name: '商品库' }).click();
  await page.getByRole('button', { name: '新建商品' }).first().click();
  const product = page.getByRole('dialog');
  await product.getByLabel('价格（¥）').fill('abc');
  await save(product);
  await expectChineseErrors(product, schemaText, 2);
  await product.getByRole('button', { name: /取\s*消/ }).click();
  await expect(product).toBeHidden();

  // Content drawer: no title.
  await page.getByRole('menuitem', { name: '内容日历' }).click();
  await page.getByRole('button', { name: '新建内容' }).click();
  const content = page.getByRole('dialog', { name: '新建内容' });
  await content.getByLabel('标题').fill('');
  await save(content);
  await expectChineseErrors(content, schemaText);
  await content.getByRole('button', { name: /取\s*消/ }).click();
  await expect(content).toBeHidden();

  // Creator drawer: nothing filled in.
  await page.getByRole('menuitem', { name: '达人库' }).click();
  await page.getByRole('button', { name: '添加达人' }).click();
  const creator = page.getByRole('dialog', { name: '添加达人' });
  await save(creator);
  await expectChineseErrors(creator, schemaText);

  expect(pageErrors).toEqual([]);
});
