import type { Page } from '@playwright/test';
import { formatCount, formatDecimal, formatMoney, type UiLanguage } from '../../shared/format/number';
import { apiCall } from './api';
import { expect as baseExpect, test } from './fixtures';

const expect = baseExpect.configure({ timeout: 60_000 });

/**
 * Issue 11 §7: the performance, match and bubble charts carry their key figures in the canvas's accessible
 * name, in both languages. The expected figures come from the API (or, for the forecast, from the chart's own
 * table view) and the app's shared formatters, never from constants, so a wrong or missing figure fails.
 */

/** The accessible name of the chart canvas inside the ChartCard with this test id. */
async function chartName(page: Page, testId: string): Promise<string> {
  const canvas = page.getByTestId(`${testId}-canvas`).locator('canvas');
  await expect(canvas).toHaveAttribute('aria-label', /./);
  return (await canvas.getAttribute('aria-label')) ?? '';
}

/** "name（figure）" in Chinese, "name (figure)" in English, as the summaries write them. */
const inParens = (language: UiLanguage, name: string, figure: string) =>
  language === 'zh-CN' ? `${name}（${figure}）` : `${name} (${figure})`;

/** Reads a count as formatCount wrote it (12.3万, 1.2亿, 8,532, 386,000). */
const readCount = (text: string): number => {
  const plain = text.replace(/[,\s]/g, '');
  if (plain.endsWith('亿')) return Number(plain.slice(0, -1)) * 1e8;
  if (plain.endsWith('万')) return Number(plain.slice(0, -1)) * 1e4;
  return Number(plain);
};

for (const language of ['zh-CN', 'en'] as const) {
  test(`performance, match and bubble charts name their key figures (${language})`, async ({
    page,
    host,
    request,
  }) => {
    test.setTimeout(300_000);
    await apiCall(request, host, 'settings.update', { language });
    const { id: workspaceId } = await apiCall(request, host, 'workspaces.loadSample', {});

    // Performance: the bubble chart names the matrix's totals and its leaders on GMV and on views.
    await page.goto(`${host.url}#/w/${workspaceId}/performance`);
    const overview = await apiCall(request, host, 'metrics.overview', { workspaceId, days: 30 });
    const byGmv = [...overview.accounts].sort((a, b) => b.gmv - a.gmv)[0]!;
    const byViews = [...overview.accounts].sort((a, b) => b.views - a.views)[0]!;
    const totalViews = overview.accounts.reduce((sum, a) => sum + a.views, 0);
    const bubble = await chartName(page, 'bubble-chart');
    expect(bubble).toContain(inParens(language, byGmv.displayName, formatMoney(byGmv.gmv, language)));
    expect(bubble).toContain(inParens(language, byViews.displayName, formatCount(byViews.views, language)));
    expect(bubble).toContain(formatCount(totalViews, language));

    // The forecast names its peak day and value: compared with the chart's own table view (same formatters).
    const forecast = await chartName(page, 'forecast-chart');
    await page
      .getByTestId('forecast-chart')
      .getByText(language === 'zh-CN' ? '表格' : 'Table', { exact: true })
      .click();
    const rows = page.getByTestId('forecast-chart-table').locator('tbody tr.ant-table-row');
    await expect(rows.first()).toBeVisible();
    const forecastRows: { date: string; p50: string }[] = [];
    // The table pages at 20 rows; the forecast's days are on its last pages, so read every page.
    for (;;) {
      for (const row of await rows.all()) {
        const cells = await row.locator('td').allInnerTexts();
        if (cells[3] && cells[3].trim() !== '—')
          forecastRows.push({ date: cells[0]!.trim(), p50: cells[3].trim() });
      }
      const next = page
        .getByTestId('forecast-chart')
        .locator('.ant-pagination-next:not(.ant-pagination-disabled)');
      if ((await next.count()) === 0) break;
      await next.click();
    }
    expect(forecastRows.length).toBeGreaterThan(0);
    const peak = Math.max(...forecastRows.map((r) => readCount(r.p50)));
    const peakRows = forecastRows.filter((r) => readCount(r.p50) === peak);
    expect(
      peakRows.some((r) =>
        forecast.includes(language === 'zh-CN' ? `${r.date}（${r.p50}）` : `${r.p50} on ${r.date}`),
      ),
      `${forecast} names the peak among ${JSON.stringify(peakRows)}`,
    ).toBe(true);
    expect(forecast).toContain(String(forecastRows.length));

    // Match: the ranking names the best-matched account, the heatmap its best account × product pair.
    const products = (await apiCall(request, host, 'products.list', { workspaceId, limit: 200 })).items;
    const product = products.find((p) => p.status === 'active') ?? products[0]!;
    await page.goto(`${host.url}#/w/${workspaceId}/match?product=${product.id}`);
    const match = await apiCall(request, host, 'match.forProduct', { productId: product.id });
    const bestAccount = [...match.accounts]
      .filter((a) => a.match !== null)
      .sort((a, b) => b.match!.score - a.match!.score)[0]!;
    const ranking = await chartName(page, 'account-ranking-chart');
    const bestScore = formatDecimal(bestAccount.match!.score, language, 0);
    expect(ranking).toContain(
      language === 'zh-CN' ? `${bestAccount.name}（${bestScore} 分）` : `${bestAccount.name} (${bestScore})`,
    );

    const heatmap = await apiCall(request, host, 'match.heatmap', { workspaceId });
    const bestCell = [...heatmap.cells]
      .filter((c) => c.score !== null)
      .sort((a, b) => b.score! - a.score!)[0]!;
    const heatmapName = await chartName(page, 'match-heatmap');
    expect(heatmapName).toContain(heatmap.accounts.find((a) => a.id === bestCell.accountId)!.name);
    expect(heatmapName).toContain(heatmap.items.find((p) => p.id === bestCell.productId)!.name);
    expect(heatmapName).toContain(formatDecimal(bestCell.score, language, 0));
    expect(heatmapName).toContain(String(heatmap.accounts.length));
  });
}
