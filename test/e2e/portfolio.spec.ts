import { expect, test } from './fixtures';
import { apiCall } from './api';

/** A canvas with at least one non-transparent pixel: the chart actually drew. */
async function drawn(canvas: import('@playwright/test').Locator): Promise<boolean> {
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  });
}

test('an agency with three clients lands on the portfolio, sorts, filters and opens a client where its problem is', async ({
  page,
  host,
  request,
}) => {
  // Three clients: one with an overdue item (its problem is on the calendar), one with nothing pending,
  // and the sample (imported performance, so its row draws a trend line).
  const overdue = await apiCall(request, host, 'workspaces.create', {
    name: '客户甲 青柠',
    industry: 'food_beverage',
  });
  const account = await apiCall(request, host, 'accounts.create', {
    workspaceId: overdue.id,
    role: 'brand',
    handle: 'lime',
    displayName: '青柠官方',
    targets: { postsPerWeek: 1 },
  });
  await apiCall(request, host, 'content.create', {
    workspaceId: overdue.id,
    accountId: account.id,
    title: '昨天就该发的',
    format: 'short_video',
    objective: 'seed',
    plannedAt: new Date(Date.now() - 86_400_000).toISOString(),
  });
  const calm = await apiCall(request, host, 'workspaces.create', { name: '客户乙 宠物', industry: 'pets' });
  const sample = await apiCall(request, host, 'workspaces.loadSample', {});

  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: '客户总览' })).toBeVisible();
  const table = page.getByTestId('portfolio-table');
  const rows = table.locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(3);
  const row = (id: string) => table.locator(`tr[data-row-key="${id}"]`);
  await expect(row(overdue.id).getByTestId('portfolio-focus')).toHaveText('内容日历 · 有逾期内容');
  await expect(row(overdue.id)).toContainText('逾期 1');
  await expect(row(calm.id).getByTestId('portfolio-focus')).toHaveText('账号矩阵');
  await expect(row(calm.id)).toContainText('品牌 0 · 销售 0');
  await expect(row(sample.id)).toContainText('品牌 2 · 销售 3');

  // The sample's 30-day trend is drawn, with its figures in the label.
  const spark = row(sample.id).getByTestId('portfolio-sparkline');
  await expect(spark).toHaveAttribute('aria-label', /近30天每日GMV：合计 ¥/);
  expect(await drawn(spark)).toBe(true);
  await expect(row(calm.id).getByTestId('portfolio-sparkline')).toHaveCount(0);

  // Sort by views (ascending, then descending): the sample has the most.
  const viewsHeader = table.locator('th', { hasText: '近30天播放' });
  await viewsHeader.click();
  await expect(rows.last()).toHaveAttribute('data-row-key', sample.id);
  await viewsHeader.click();
  await expect(rows.first()).toHaveAttribute('data-row-key', sample.id);

  // Filter by where a row opens: only the client with nothing pending opens on the matrix.
  await table.locator('th', { hasText: '打开' }).locator('.ant-table-filter-trigger').click();
  const dropdown = page.locator('.ant-table-filter-dropdown:visible');
  await dropdown.getByText('账号矩阵', { exact: true }).click();
  await dropdown.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-row-key', calm.id);
  await table.locator('th', { hasText: '打开' }).locator('.ant-table-filter-trigger').click();
  await dropdown.getByText('账号矩阵', { exact: true }).click();
  await dropdown.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(rows).toHaveCount(3);

  // A row opens its workspace on the page of its problem; the sidebar leads back to the portfolio.
  await row(overdue.id).getByTestId('portfolio-open').click();
  await expect(page).toHaveURL(new RegExp(`#/w/${overdue.id}/calendar`));
  await page.getByRole('menuitem', { name: '客户总览' }).click();
  await expect(rows).toHaveCount(3);
  await row(calm.id).click();
  await expect(page).toHaveURL(new RegExp(`#/w/${calm.id}/matrix`));
});
