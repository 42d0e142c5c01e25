import { apiCall } from './api';
import { expect, test } from './fixtures';

/*
 * The sidebar's bell and switches and the language switch are built after the first frame, their code
 * downloaded then (renderer/src/lib/afterFirstPaint.tsx `afterFirstPaintPart`). Each keeps its place
 * meanwhile, so the menu a user may already be pointing at does not move when they appear, and they work.
 */

// A fresh context's first load parses every chunk; on the shared 2-core machine that can outlast 10 s.
const FIRST_LOAD = { timeout: 45_000 };

type Marks = { menuTopAtFirstCard?: number };

test('the sidebar parts built after the first frame appear in the place kept for them, and work', async ({
  page,
  host,
  request,
}) => {
  const sample = await apiCall(request, host, 'workspaces.loadSample', {});
  await page.addInitScript(() => {
    // The menu's top in the frame that first holds an account card, before the parts are built.
    new MutationObserver((_, observer) => {
      const menu = document.querySelector('[role="menu"]');
      if (!menu || !document.querySelector('[data-testid="account-card"]')) return;
      (window as Marks).menuTopAtFirstCard = menu.getBoundingClientRect().top;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });

  await page.goto(`${host.url}#/w/${sample.id}/matrix`);
  await expect(page.getByTestId('account-card').first()).toBeVisible(FIRST_LOAD);
  await expect(page.getByLabel('切换工作台')).toBeVisible();
  await expect(page.getByLabel('使用身份')).toBeVisible();
  await expect(page.getByTestId('reminder-bell')).toBeVisible();
  await expect(page.getByLabel('语言')).toBeVisible();

  const atFirstCard = await page.evaluate(() => (window as Marks).menuTopAtFirstCard);
  const now = await page.getByRole('menu').evaluate((menu) => menu.getBoundingClientRect().top);
  expect(atFirstCard).toBeDefined();
  expect(now).toBe(atFirstCard);

  // They work as before: the bell opens its list, the language switch turns the UI English.
  await page.getByTestId('reminder-bell').click();
  await expect(page.getByTestId('reminder-list')).toBeVisible();
  await page.getByTestId('reminder-bell').click();
  await page.getByLabel('语言').getByText('EN').click();
  await expect(page.getByLabel('Switch workspace')).toBeVisible();
  await expect(page.getByTestId('account-card').first()).toBeVisible();
});
