import { apiCall } from './api';
import { expect, test } from './fixtures';

/**
 * Issue 11 §6, one money rule per context (shared/format/moneyRule.ts), on every page that shows money:
 * what is read at a glance (KPIs, totals, chart summaries) is compact; what is compared row by row (tables)
 * keeps every fen. The sample's figures are above ¥10,000, where the two formats differ.
 */
const exact = /^¥\d{1,3}(,\d{3})*\.\d\d$/;
const compact = /^¥[\d.]+(万|亿)$/;

test('money reads compact in KPIs and totals and exact in tables, page by page', async ({
  page,
  host,
  request,
}) => {
  test.setTimeout(240_000);
  const sample = await apiCall(request, host, 'workspaces.loadSample', {});
  const at = (path: string) => page.goto(`${host.url}#/w/${sample.id}/${path}`);

  // Matrix: the sales KPI is compact.
  await at('matrix');
  await expect(page.getByTestId('sales-gmv')).toHaveText(compact, { timeout: 60_000 });

  // Portfolio: a table, so exact; its sparkline's one-sentence summary is compact.
  await page.getByRole('menuitem', { name: '客户总览' }).click();
  const row = page.getByTestId('portfolio-table').locator(`tr[data-row-key="${sample.id}"]`);
  await expect(row.getByTestId('portfolio-gmv')).toHaveText(exact, { timeout: 60_000 });
  await expect(row.getByTestId('portfolio-sparkline')).toHaveAttribute('aria-label', /合计 ¥[\d.]+(万|亿)/);

  // Creators: rate-card prices in the table are exact.
  await at('creators');
  const prices = page.getByTestId('price');
  await expect(prices.first()).toBeVisible({ timeout: 60_000 });
  for (const text of await prices.allTextContents()) expect(text).toMatch(/^(¥\d{1,3}(,\d{3})*\.\d\d|—)$/);

  // Live sessions: GMV per session in the table is exact.
  await at('live');
  const sessions = page.getByTestId('live-sessions').locator('tbody tr.ant-table-row');
  await expect(sessions.first()).toContainText(/¥\d{1,3}(,\d{3})+\.\d\d/, { timeout: 60_000 });
  await expect(sessions.first()).not.toContainText(/¥[\d.]+万/);

  // Report: the period's GMV total is compact, the per-account table exact.
  await at('report');
  await expect(page.getByTestId('report-document')).toHaveAttribute('data-ready', 'true', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('report-total-gmv')).toHaveText(compact);
  await expect(
    page.getByTestId('report-section-performance').locator('.ant-table-tbody').last(),
  ).toContainText(/¥\d{1,3}(,\d{3})+\.\d\d/);
});
