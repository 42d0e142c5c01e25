import AxeBuilder from '@axe-core/playwright';
import { apiCall } from './api';
import { expect, test } from './fixtures';
import { importRoster, rosterName } from './roster';

/**
 * An agency-sized roster: a few thousand creators load page after page as the table is scrolled, and the
 * table draws only the rows in view (antd's virtual list), so a creator near the end is found by scrolling.
 */
const ROSTER = 3000;
const name = (i: number) => rosterName('Roster', i, 4);

test('scrolling the creators table loads the roster page by page and reaches a creator near its end', async ({
  page,
  request,
  host,
}) => {
  // An import of 3,000 rows and some thirty pages appended on a loaded machine: longer than the default.
  test.setTimeout(300_000);
  const ws = await apiCall(request, host, 'workspaces.loadSample', {});
  const roster = { count: ROSTER, label: 'Roster', digits: 4, handlePrefix: 'roster' };
  expect(await importRoster(request, host, ws.id, roster)).toBe(ROSTER);
  const { total } = await apiCall(request, host, 'creators.list', { workspaceId: ws.id, limit: 1 });

  await page.goto(`${host.url}#/w/${ws.id}/creators`);
  const footer = page.getByTestId('creators-pager');
  await expect(footer).toContainText(`已加载 100 条，共 ${total.toLocaleString('en-US')} 条`, {
    timeout: 60_000,
  });
  const table = page.getByTestId('creators-table');
  const rows = table.getByTestId('creator-row');
  // Virtual: of the 100 loaded rows only those in the scroll box are in the page.
  expect(await rows.count()).toBeLessThan(40);
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('[data-testid="creators-table"]')
    .include('[data-testid="creators-pager"]')
    .analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // By keyboard: 加载更多 appends the next page.
  await footer.getByRole('button', { name: '加载更多' }).focus();
  await page.keyboard.press('Enter');
  await expect(footer).toContainText(`已加载 200 条`, { timeout: 60_000 });

  // Sorted by name, "Roster 2995" is a dozen rows before the end (the sample's Chinese names follow).
  const target = rows.filter({ hasText: name(2995) });
  const box = table.locator('.ant-table-tbody-virtual-holder');
  await expect(async () => {
    await box.hover();
    await page.mouse.wheel(0, 20_000);
    await expect(target).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 240_000, intervals: [250] });
  await expect(target).toHaveAttribute('data-handle', 'roster_2995');
  await expect(footer).toContainText(`共 ${total.toLocaleString('en-US')} 条`);
  expect(await rows.count()).toBeLessThan(40);
});
