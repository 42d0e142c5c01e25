import type { Locator, Page } from '@playwright/test';
import { apiCall } from './api';
import { expect as baseExpect, test } from './fixtures';

// Hundreds of key presses on a possibly loaded machine: waits are generous, nothing is timed.
const expect = baseExpect.configure({ timeout: 60_000 });

/**
 * Issue 11 §7: "every action is reachable by keyboard with a visible focus ring". From a fresh page and with
 * the keyboard only (Tab, Shift+Tab, Enter, Space, Escape, arrows), the main actions are reached and
 * triggered: opening the sample, the sidebar to every route, 新建内容 → fill → save, a calendar event, an
 * offer, the reminders bell, the language switch, a chart's table view and PNG export. Every control the
 * keyboard lands on to act must show a focus indicator (a computed outline or box-shadow).
 */

/** Sidebar routes, in the order of renderer/src/app/navigation.tsx. */
const routes = [
  'matrix',
  'calendar',
  'products',
  'audience',
  'match',
  'performance',
  'creators',
  'offers',
  'deliverables',
  'advisor',
  'live',
  'approvals',
  'portfolio',
  'report',
  'data',
] as const;

/** Whether the focused element (or, for antd's hidden radio inputs, its visible label) draws a focus indicator. */
async function focusRing(page: Page): Promise<{ ring: boolean; what: string }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return { ring: false, what: 'body' };
    const drawsRing = (el: Element) => {
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
      return outline || shadow;
    };
    // A segmented control or radio keeps its input invisible and rings the label around it.
    const shown = active.matches('input[type="radio"], input[type="checkbox"]')
      ? (active.closest('label') ?? active)
      : active;
    const what = `${shown.tagName.toLowerCase()}.${Array.from(shown.classList).slice(0, 2).join('.')} "${(
      shown.getAttribute('aria-label') ??
      shown.textContent ??
      ''
    )
      .trim()
      .slice(0, 30)}"`;
    return { ring: drawsRing(shown) || drawsRing(active), what };
  });
}

/** Presses `key` until focus is on (or inside) `target`, then checks the focus ring there. */
async function tabTo(
  page: Page,
  target: Locator,
  key = 'Tab',
  max = 150,
  // antd's Segmented keeps its radio inputs invisible (the label shows): wait for those to be attached.
  state: 'visible' | 'attached' = 'visible',
): Promise<void> {
  await target.first().waitFor({ state });
  const handle = await target.first().elementHandle();
  if (!handle) throw new Error('target not found');
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    // On the target, inside it, or on the control that wraps it (FullCalendar's focusable event around our
    // item) — but not on a container that merely holds it (a region, a grid, a scroller).
    const there = await handle.evaluate((el) => {
      const active = document.activeElement;
      if (!active || active === document.body) return false;
      if (el === active || el.contains(active)) return true;
      // An input (a Segmented radio) is reached only when it has the focus itself, not a card around it.
      if (el.matches('input')) return false;
      return (
        active.contains(el) &&
        !active.matches(
          '[role="region"], [role="grid"], [role="table"], [role="tabpanel"], [role="dialog"]',
        ) &&
        active.scrollHeight <= active.clientHeight + 1
      );
    });
    if (there) {
      const { ring, what } = await focusRing(page);
      expect(ring, `visible focus ring on ${what}`).toBe(true);
      return;
    }
  }
  throw new Error(
    `${key} × ${max} never reached ${target.toString()}; focus ended on ${(await focusRing(page)).what}`,
  );
}

test('every main action is reachable and usable by keyboard, with a visible focus ring', async ({
  page,
  host,
  request,
}) => {
  test.setTimeout(900_000);
  // Home: open the sample workspace.
  await page.goto(host.url);
  await tabTo(page, page.getByRole('button', { name: '打开示例工作台' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('account-card').first()).toBeVisible();

  // The sidebar: its menu is one tab stop; arrows move between routes and Enter opens each.
  const menu = page.getByRole('menu').first();
  await tabTo(page, menu);
  /** Arrows until the menu item of `route` has focus (rc-menu's ids end with the item's key), then Enter. */
  const openRoute = async (route: string, key: 'ArrowDown' | 'ArrowUp') => {
    const focusedKey = () => page.evaluate(() => document.activeElement?.getAttribute('data-menu-id') ?? '');
    for (let i = 0; i < routes.length + 1; i++) {
      const before = await focusedKey();
      if (before.endsWith(`-${route}`)) break;
      await page.keyboard.press(key);
      // rc-menu moves focus a frame later: wait for it before the next look, or a press is counted twice.
      await expect.poll(focusedKey).not.toBe(before);
    }
    const { ring, what } = await focusRing(page);
    expect(ring, `visible focus ring on ${what}`).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${route}(\\?|$)`));
  };
  for (const route of routes.slice(1)) await openRoute(route, 'ArrowDown');
  // And back up to the calendar.
  await openRoute('calendar', 'ArrowUp');
  await expect(page.getByTestId('calendar-item').first()).toBeVisible();

  // The reminders bell opens its list; Escape closes it.
  await tabTo(page, page.getByRole('button', { name: /^提醒/ }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  const reminders = page.locator('.ant-popover:not(.ant-popover-hidden)');
  await expect(reminders).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reminders).toBeHidden();

  // A calendar event opens its drawer with Enter.
  await tabTo(page, page.getByTestId('calendar-item').first());
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // 新建内容 → fill the title → save.
  await tabTo(page, page.getByRole('button', { name: '新建内容' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog');
  await expect(form).toBeVisible();
  const title = `键盘新建 ${Date.now()}`;
  await tabTo(page, form.getByLabel('标题'));
  await page.keyboard.type(title);
  await tabTo(page, form.getByRole('button', { name: /^保\s*存$/ }));
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  const workspaceId = /#\/w\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  await expect
    .poll(async () =>
      (
        await apiCall(request, host, 'content.list', {
          workspaceId,
          from: '2026-06-01',
          to: '2027-06-01',
          search: title,
        })
      ).items.some((c) => c.title === title),
    )
    .toBe(true);

  // The language switch: arrows on the segmented control switch the whole UI, and back.
  const languageSwitch = page.getByRole('radio', { name: 'EN' });
  await tabTo(page, page.getByRole('radio', { name: '中文' }), 'Shift+Tab', 150, 'attached');
  await page.keyboard.press('ArrowRight');
  await expect(languageSwitch).toBeChecked();
  await expect(page.getByRole('menuitem', { name: /Content calendar/ })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('menuitem', { name: /内容日历/ })).toBeVisible();

  // An offer opens from the offers list with Enter.
  await tabTo(page, menu, 'Shift+Tab');
  await openRoute('offers', 'ArrowDown');
  const firstOffer = page.getByTestId('offer-row').first().getByRole('button');
  await tabTo(page, firstOffer);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/offers\/[^/?]+/);

  // A chart: its table view and back with the arrows, then Save as PNG with Enter.
  await tabTo(page, menu, 'Shift+Tab');
  await openRoute('performance', 'ArrowUp');
  const chart = page.getByTestId('forecast-chart');
  await expect(chart.getByTestId('forecast-chart-canvas')).toBeVisible();
  await tabTo(page, chart.getByRole('radio', { name: '图表' }), 'Tab', 150, 'attached');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('forecast-chart-table')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(chart.getByTestId('forecast-chart-canvas')).toBeVisible();
  await tabTo(page, chart.getByRole('button', { name: '保存为 PNG' }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.png$/);
});
