import { expect, test } from './fixtures';
import { apiCall } from './api';
import { sampleWithPublishedLink } from './sampleLinks';

/**
 * A published link that cannot be opened (stored before links were checked, or brought by an old file)
 * says why, in the user's language, instead of a click that does nothing.
 */

const STORED = 'https://www.douyin.com/video/7300000000000000002';
const NOT_WEB = 'douyin://aweme/detail/7300000000000000002';

for (const { language, heading, toast } of [
  { language: 'zh-CN', heading: '客户报告', toast: '只能打开以 http:// 或 https:// 开头的网址' },
  { language: 'en', heading: 'Client report', toast: 'only web addresses starting with http:// or https://' },
] as const) {
  test(`a report link that is not http/https opens nothing and says why (${language})`, async ({
    page,
    host,
    request,
  }) => {
    test.setTimeout(120_000);
    await apiCall(request, host, 'settings.update', { language });
    const workspaceId = await sampleWithPublishedLink(request, host, STORED);
    // The API refuses such a link today, so the report's answer carries it as older data would.
    await page.route('**/api/reports.build', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replaceAll(STORED, NOT_WEB) });
    });
    const popups: string[] = [];
    page.on('popup', (popup) => popups.push(popup.url()));

    await page.goto(`${host.url}#/w/${workspaceId}/report`);
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible({ timeout: 30_000 });
    const link = page.getByTestId('report-section-offers').getByTestId('deliverable-link');
    await expect(link).toHaveAttribute('href', NOT_WEB, { timeout: 60_000 });
    await link.click();
    await expect(page.locator('.ant-message')).toContainText(toast);
    await expect(page.locator('.ant-message')).toContainText(NOT_WEB);
    expect(popups).toEqual([]);
  });
}
