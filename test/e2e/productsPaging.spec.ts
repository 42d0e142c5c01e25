import { apiCall } from './api';
import { chooseOption } from './antdSelect';
import { expect, test } from './fixtures';

/**
 * The product catalogue pages on the server (50 rows a page, previous / next), and the match page's product
 * picker finds a product beyond the first page by searching as the user types.
 */
test('the products table pages on the server and the match picker searches the catalogue', async ({
  page,
  request,
  host,
}) => {
  // 51 products created one call at a time and two page renders on a loaded machine.
  test.setTimeout(240_000);
  const ws = await apiCall(request, host, 'workspaces.create', {
    name: '大货盘品牌',
    industry: 'food_beverage',
  });
  for (let i = 1; i <= 51; i++) {
    const n = String(i).padStart(3, '0');
    await apiCall(request, host, 'products.create', {
      workspaceId: ws.id,
      name: `柠檬茶 ${n}`,
      sku: `LM-${n}`,
      price: 6.5,
    });
  }

  await page.goto(`${host.url}#/w/${ws.id}/products`);
  const table = page.getByTestId('products-table');
  const pager = page.getByTestId('products-pager');
  await expect(pager).toContainText('显示 1–50 条，共 51 条', { timeout: 60_000 });
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(50);
  await expect(table).not.toContainText('柠檬茶 051');
  await pager.getByRole('button', { name: /下一页/ }).click();
  await expect(pager).toContainText('显示 51–51 条，共 51 条', { timeout: 30_000 });
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1);
  await expect(table).toContainText('柠檬茶 051');
  await pager.getByRole('button', { name: /上一页/ }).click();
  await expect(pager).toContainText('显示 1–50 条');

  // The picker lists the first 50 by name, says more match, and finds the 51st when its SKU is typed.
  await page.goto(`${host.url}#/w/${ws.id}/match`);
  const picker = page.getByLabel('商品', { exact: true });
  await picker.click();
  await expect(page.getByTestId('product-picker-more')).toContainText('还有 1 个匹配', { timeout: 30_000 });
  await chooseOption(page, picker, '柠檬茶 051', page.locator('.ant-card').first(), 'LM-051');
  await expect(page).toHaveURL(/product=/);
});
