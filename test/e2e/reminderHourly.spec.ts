import { api } from './api';
import { expect, test } from './fixtures';
import { createLimeBrand } from './limeWorkspace';

/**
 * Issue 11 §3: the bell is checked on start and again every hour, so work that fell due while the app
 * stayed open shows without a reload. The page's clock is Playwright's: the hour passes at once.
 */
test('the bell re-checks hourly: a creator deliverable due after start shows without a reload', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.clock.install();
  const { ws } = await createLimeBrand(host);
  await page.goto(`${host.url}#/w/${ws.id}/calendar`);
  const bell = page.getByTestId('reminder-bell');
  await expect(bell).toHaveAccessibleName('提醒 (0)', { timeout: 60_000 });

  // Written outside this window (as an offer file or a second window would): the sample's creator
  // deliverables, one of them overdue. Nothing in this window asks for the bell again but its hourly check.
  await api(host, 'workspaces.loadSample', {});
  await page.clock.fastForward('58:00');
  await expect(bell).toHaveAccessibleName('提醒 (0)');
  await page.clock.fastForward('02:00');
  await expect(bell).toHaveAccessibleName(/提醒 \([1-9]\d*\)/);
  await bell.click();
  await expect(page.getByTestId('reminder').filter({ hasText: '达人交付已逾期' }).first()).toBeVisible();
});
