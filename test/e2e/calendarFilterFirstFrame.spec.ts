import { apiCall } from './api';
import { chooseOption } from './antdSelect';
import { expect, test } from './fixtures';

/*
 * In the app's first frame the calendar filter bar's empty selects are antd's markup, the real Selects a frame
 * later (renderer/src/lib/FirstFrameSelect.tsx). They stand where the real ones do, the calendar below does
 * not move when they are swapped, a select focused before the swap ends up focused as the real one, one
 * pressed before it ends up open, and the filters work.
 */

// A fresh context's first load parses every chunk; on the shared 2-core machine that can outlast 10 s.
const FIRST_LOAD = { timeout: 45_000 };

type Marks = { firstFrame?: { selects: string[]; calendarTop: number } };

test('the filter selects of the first frame keep their place, an early focus is kept, and the filters work', async ({
  page,
  host,
  request,
}) => {
  const sample = await apiCall(request, host, 'workspaces.loadSample', {});
  await page.addInitScript(() => {
    // When the first calendar item reaches the page: where the filter bar's selects and the calendar stand;
    // then the status filter is focused, as a quick user would.
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-testid="calendar-item"]')) return;
      observer.disconnect();
      const bar = document.querySelector('[data-testid="content-filters"]')!.parentElement!;
      (window as Marks).firstFrame = {
        selects: Array.from(bar.querySelectorAll('.ant-select')).map((el) => {
          const r = el.getBoundingClientRect();
          return `${el.querySelector('input')?.getAttribute('aria-label')} ${r.left},${r.top} ${r.width}x${r.height}`;
        }),
        calendarTop: document.querySelector('[data-testid="content-calendar"]')!.getBoundingClientRect().top,
      };
      document.querySelector<HTMLInputElement>('input[aria-label="状态"]')!.focus();
    }).observe(document, { childList: true, subtree: true });
  });

  await page.goto(`${host.url}#/w/${sample.id}/calendar`);
  await expect(page.getByTestId('calendar-item').first()).toBeVisible(FIRST_LOAD);

  // The real status select holds the focus the stand-in was given: the keyboard opens its list.
  const status = page.getByRole('combobox', { name: '状态', exact: true });
  await expect(status).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.ant-select-dropdown:visible')).toBeVisible();
  await page.keyboard.press('Escape');

  // The real selects stand where the first frame's did, and the calendar has not moved.
  const first = await page.evaluate(() => (window as Marks).firstFrame);
  expect(first?.selects.length).toBeGreaterThanOrEqual(6);
  const now = await page.getByTestId('content-filters').evaluate((filters) =>
    Array.from(filters.parentElement!.querySelectorAll('.ant-select')).map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.querySelector('input')?.getAttribute('aria-label')} ${r.left},${r.top} ${r.width}x${r.height}`;
    }),
  );
  expect(now).toEqual(first!.selects);
  const calendarTop = await page
    .getByTestId('content-calendar')
    .evaluate((el) => el.getBoundingClientRect().top);
  expect(calendarTop).toBe(first!.calendarTop);

  // The filters work as before: published items only.
  const before = await page.getByTestId('calendar-item').count();
  await chooseOption(page, status, '已发布', null);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByTestId('calendar-item').count()).toBeLessThan(before);
});

test('a filter select pressed in the first frame opens as the real select, and its choice filters', async ({
  page,
  host,
  request,
}) => {
  const sample = await apiCall(request, host, 'workspaces.loadSample', {});
  await page.addInitScript(() => {
    // As the first calendar item reaches the page (before that frame is painted), the status filter is
    // pressed, as a quick user would: what is under the pointer then is the first frame's stand-in.
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-testid="calendar-item"]')) return;
      observer.disconnect();
      const input = document.querySelector<HTMLInputElement>('input[aria-label="状态"]')!;
      const select = input.closest('.ant-select')!;
      (window as { pressed?: Element }).pressed = select;
      select.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 }));
    }).observe(document, { childList: true, subtree: true });
  });

  await page.goto(`${host.url}#/w/${sample.id}/calendar`);
  await expect(page.getByTestId('calendar-item').first()).toBeVisible(FIRST_LOAD);

  // The press reached a stand-in (replaced since), and the real select took over open and focused.
  expect(await page.evaluate(() => (window as { pressed?: Element }).pressed?.isConnected)).toBe(false);
  const status = page.getByRole('combobox', { name: '状态', exact: true });
  await expect(status).toBeFocused();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(options.filter({ hasText: '已发布' })).toBeVisible();

  // The open list is the real one: choosing from it filters the calendar.
  const before = await page.getByTestId('calendar-item').count();
  await options.filter({ hasText: '已发布' }).first().click();
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByTestId('calendar-item').count()).toBeLessThan(before);
});
