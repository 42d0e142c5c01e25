import { expect, test } from './fixtures';
import { api } from './api';
import { setupLimeWorkspace } from './limeWorkspace';

/** Issue 11 §6: week columns are narrow; a title wraps onto more lines instead of being cut to ~4 characters. */

const TITLE = '青柠气泡水夏日限定开箱测评第二期完整版';

test('a week-view title is drawn whole, wrapped onto more lines, and named in full on hover', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const { workspaceId, storeId } = await setupLimeWorkspace(host, { planned: false });
  // A live of two hours: its block is tall enough for a wrapped title, as an evening session's would be.
  const item = await api(host, 'content.create', {
    workspaceId,
    accountId: storeId,
    title: TITLE,
    format: 'live',
    objective: 'self_broadcast',
    durationMinutes: 120,
    plannedAt: '2025-08-05T19:00:00+08:00',
  });
  await page.goto(`${host.url}#/w/${workspaceId}/calendar?view=week&date=2025-08-05`);
  const event = page.locator(`[data-testid="calendar-item"][data-item-id="${item.id}"]`);
  await expect(event).toBeVisible({ timeout: 60_000 });
  // Hovering shows the whole title (and its time, account and status) as the native tooltip.
  await expect(event).toHaveAttribute('title', new RegExp(`19:00 ${TITLE} · 青柠旗舰店`));

  const title = event.getByTestId('calendar-item-title');
  await expect(title).toHaveText(TITLE);
  const drawn = await title.evaluate((el) => {
    const box = el.getBoundingClientRect();
    // The event's box clips what overflows it (overflow: hidden): the title must fit inside it.
    const outer = el.closest('[data-testid="calendar-item"]')!.getBoundingClientRect();
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
    return {
      clipped: el.scrollWidth > el.clientWidth + 1,
      lines: Math.round(box.height / lineHeight),
      inside: box.bottom <= outer.bottom + 1 && box.right <= outer.right + 1,
      columnWidth: outer.width,
    };
  });
  // The column is far narrower than the title's one line (19 characters at 14 px ≈ 266 px)…
  expect(drawn.columnWidth).toBeLessThan(200);
  // …so the title wraps onto more lines, none cut by an ellipsis, all inside the event's block.
  expect(drawn.clipped).toBe(false);
  expect(drawn.lines).toBeGreaterThanOrEqual(2);
  expect(drawn.inside).toBe(true);
});
