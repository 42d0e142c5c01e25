import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { setupLimeVideo } from './limeWorkspace';
import { apiCall } from './api';

/**
 * Issue 11 §6/§7: on the content board (看板) the context menu is reachable by keyboard alone — Tab to a
 * card, Shift+F10 (or the ContextMenu key), arrows to 复制到…, Enter — and the copy lands on its day.
 */
test.describe.configure({ timeout: 180_000 });

/** Tabs forward until a board card has the focus (the page's own controls come first). */
async function tabToFirstCard(page: Page): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const onCard = await page.evaluate(
      () => document.activeElement?.getAttribute('data-testid') === 'board-card',
    );
    if (onCard) return;
  }
  throw new Error('No board card reached with Tab');
}

test('board card: Tab to it, Shift+F10 → 复制到… → the copy appears; the ContextMenu key opens the same menu', async ({
  page,
  host,
  request,
}) => {
  const { workspaceId } = await setupLimeVideo(host);
  await page.goto(`${host.url}#/w/${workspaceId}/calendar?view=board&date=2025-08-05`);
  const cards = page.getByTestId('board-card');
  await expect(cards).toHaveCount(1, { timeout: 60_000 });

  await tabToFirstCard(page);
  const card = cards.first();
  await expect(card).toBeFocused();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByTestId('item-context-menu');
  await expect(menu.getByRole('menu', { name: '「青柠气泡水开箱」的操作' })).toBeFocused();
  // 打开 is first; one step down is 复制到…. Each step waits for focus to arrive, so a key pressed while the
  // menu is still settling cannot leave Enter on 打开 (it opened the drawer once under load).
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: '打开' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: '复制到…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  const duplicate = page.getByRole('dialog').filter({ hasText: '复制内容' });
  const when = duplicate.getByLabel('复制到时间');
  await expect(when).toHaveValue('2025-08-05 20:00');
  await when.click();
  await when.fill('2025-08-07 20:00');
  await when.press('Enter');
  await expect(when).toHaveValue('2025-08-07 20:00');
  await duplicate.getByTestId('duplicate-ok').click();
  await expect(page.getByText('已复制「青柠气泡水开箱」')).toBeVisible();
  await expect(duplicate).toBeHidden();
  await expect(cards).toHaveCount(2);
  await expect(page.getByTestId('board-card-title').filter({ hasText: '青柠气泡水开箱' })).toHaveCount(2);
  const stored = await apiCall(request, host, 'content.list', {
    workspaceId,
    from: '2025-08-01',
    to: '2025-08-31',
  });
  expect(stored.items.map((i) => i.plannedAt.slice(0, 10)).sort()).toEqual(['2025-08-05', '2025-08-07']);

  // The ContextMenu key on a focused card opens the same menu; Escape gives the focus back to the card.
  await card.focus();
  await page.keyboard.press('ContextMenu');
  await expect(menu.getByRole('menuitem', { name: '复制到…' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(card).toBeFocused();
});
