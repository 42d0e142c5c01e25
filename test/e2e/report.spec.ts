import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { sampleWithPublishedLink } from './sampleLinks';

test('a client report on the sample, in Chinese, prints to a multi-page A4 PDF with the Chinese text', async ({
  page,
  host,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  // The sample's overdue deliverable gets its published link.
  const link = 'https://www.douyin.com/video/7300000000000000002';
  const workspaceId = await sampleWithPublishedLink(request, host, link);
  await page.goto(`${host.url}#/w/${workspaceId}/report`);
  await expect(page.getByRole('heading', { name: '客户报告', exact: true })).toBeVisible({ timeout: 30_000 });

  // The report is built for the last 30 days; print is offered once every chart has drawn.
  const doc = page.getByTestId('report-document');
  await expect(doc).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(doc.getByRole('heading', { level: 2 })).toContainText(
    '山茶花研 CamelliaLab（示例） · 客户报告',
  );
  await expect(page.getByTestId('report-section-matrix')).toContainText('品牌号');
  await expect(page.getByTestId('report-section-performance').locator('canvas[role=img]')).toHaveAttribute(
    'aria-label',
    /每日播放量与 GMV：播放合计/,
  );
  await expect(page.getByTestId('report-fan-chart').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '打印 / 另存为 PDF' })).toBeEnabled();
  // The deliverable table links to the published video, opened through the app's external-link path
  // (a new window the desktop app hands to the system browser only for an allowed address).
  const published = page
    .getByTestId('report-section-offers')
    .getByRole('link', { name: '打开发布链接（系统浏览器）' });
  await expect(published).toHaveAttribute('href', link);
  await expect(published).toHaveAttribute('target', '_blank');

  // The tables download as one zip of CSVs.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 CSV（zip）' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^山茶花研 CamelliaLab（示例）-report-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.zip$/,
  );

  // The CSV's header row carries the page's column titles (one shared table, shared/reports/columns.ts).
  const zip = unzipSync(readFileSync((await download.path())!));
  const csvHeader = strFromU8(zip['07-performance-accounts.csv']!)
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0];
  const pageHeader = await page
    .getByTestId('report-section-performance')
    .getByRole('table')
    .last()
    .getByRole('columnheader')
    .allInnerTexts();
  expect(pageHeader.map((title) => title.trim()).join(',')).toBe(csvHeader);
  expect(csvHeader).toBe('账号,天数,播放量,互动,GMV(元),涨粉');
  expect(strFromU8(zip['05-deliverables.csv']!)).toContain(`,已提交,${link},是`);

  // Print to PDF as the browser would (print media, A4), then read it back with poppler.
  const pdfPath = testInfo.outputPath('report.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  // A cover and one page (at least) per section: matrix, plan, published, approvals, offers, performance,
  // forecasts, live sessions.
  expect(pages).toBeGreaterThanOrEqual(8);
  expect(info).toMatch(/Page size:.*\(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('山茶花研');
  expect(text).toContain('客户报告');
  expect(text).toContain('每周计划 vs 目标');
  expect(text).toContain('达人合作与交付');
  // Controls and the sidebar are not printed.
  expect(text).not.toContain('导出 CSV');
  expect(text).not.toContain('内容日历');
});
