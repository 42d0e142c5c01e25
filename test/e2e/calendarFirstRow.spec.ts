import { apiCall } from './api';
import { expect, test } from './fixtures';

/*
 * On the app's first screen the month grid draws its first week row's items first and the rest a frame
 * later (renderer/src/features/content/firstRowItems.ts): the first items are the real events, and every
 * other week fills in without moving the first row.
 */

// A fresh context's first load parses every chunk; on the shared 2-core machine that can outlast 10 s.
const FIRST_LOAD = { timeout: 45_000 };

type Marks = {
  firstDraw?: { rowDates: string[]; itemDates: string[]; firstItemTop: number };
};

test('the month grid draws its first week row first, then every week, and the first items work', async ({
  page,
  host,
  request,
}) => {
  const sample = await apiCall(request, host, 'workspaces.loadSample', {});
  await page.addInitScript(() => {
    // The cells of the first week row and the days of the items drawn, when items first reach the page.
    new MutationObserver((_, observer) => {
      const items = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="calendar-item"]'));
      if (items.length === 0) return;
      observer.disconnect();
      const cells = Array.from(document.querySelectorAll<HTMLElement>('[role="cell"][data-date]'));
      (window as Marks).firstDraw = {
        rowDates: cells.slice(0, 7).map((c) => c.dataset['date']!),
        itemDates: items.map((i) => i.closest<HTMLElement>('[data-date]')?.dataset['date'] ?? ''),
        firstItemTop: NaN,
      };
      // Where the first item stands in the first frame that shows it (FullCalendar places events once measured).
      const placed = () => {
        const item = document.querySelector<HTMLElement>('[data-testid="calendar-item"]')!;
        if (getComputedStyle(item).visibility === 'hidden') requestAnimationFrame(placed);
        else (window as Marks).firstDraw!.firstItemTop = item.getBoundingClientRect().top;
      };
      requestAnimationFrame(placed);
    }).observe(document, { childList: true, subtree: true });
  });

  await page.goto(`${host.url}#/w/${sample.id}/calendar`);
  const first = page.getByTestId('calendar-item').first();
  await expect(first).toBeVisible(FIRST_LOAD);

  await expect.poll(() => page.evaluate(() => (window as Marks).firstDraw?.firstItemTop)).not.toBeNaN();
  const firstDraw = (await page.evaluate(() => (window as Marks).firstDraw))!;
  expect(firstDraw.rowDates).toHaveLength(7);
  expect(firstDraw.itemDates.length).toBeGreaterThan(0);
  // Only the first row's days: the sample plans items on every day of the month.
  for (const date of firstDraw.itemDates) expect(firstDraw.rowDates).toContain(date);

  // Then every week: the last row's cells hold items too, and the first row has not moved.
  const cells = page.locator('[role="cell"][data-date]');
  const lastDate = await cells.last().getAttribute('data-date');
  await expect(
    page.locator(`[role="cell"][data-date="${lastDate}"]`).getByTestId('calendar-item').first(),
  ).toBeVisible();
  expect(await first.evaluate((el) => el.getBoundingClientRect().top)).toBe(firstDraw.firstItemTop);

  // The first items are the real events: one opens its drawer.
  await first.click();
  await expect(page.getByRole('dialog')).toBeVisible({ timeout: 30_000 });
});
