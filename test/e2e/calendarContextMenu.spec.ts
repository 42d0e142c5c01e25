import { dayCell } from './calendarPage';
import { expect, test } from './fixtures';
import { setupLimeVideo } from './limeWorkspace';

/** Issue 11 §5: 复制到… (and 打开, 删除 with 撤销) from a calendar event's or board card's context menu. */
test.describe.configure({ timeout: 180_000 });

test('right-click a calendar event → 复制到… → the copy appears on the new day; keyboard menu deletes with 撤销', async ({
  page,
  host,
}) => {
  const { workspaceId } = await setupLimeVideo(host);
  await page.goto(`${host.url}#/w/${workspaceId}/calendar?view=month&date=2025-08-05`);
  const original = dayCell(page, '2025-08-05').getByTestId('calendar-item');
  await expect(original).toHaveCount(1, { timeout: 60_000 });
  await expect(dayCell(page, '2025-08-12').getByTestId('calendar-item')).toHaveCount(0);

  // Right-click → 复制到… opens the content drawer's duplicate dialog for that item.
  await original.click({ button: 'right' });
  const menu = page.getByTestId('item-context-menu');
  await expect(menu.getByRole('menu', { name: '「青柠气泡水开箱」的操作' })).toBeVisible();
  await menu.getByRole('menuitem', { name: '复制到…' }).click();
  await expect(menu).toBeHidden();
  const duplicate = page.getByRole('dialog').filter({ hasText: '复制内容' });
  const when = duplicate.getByLabel('复制到时间');
  await expect(when).toHaveValue('2025-08-05 20:00');
  await when.click();
  await when.fill('2025-08-12 20:00');
  await when.press('Enter');
  await expect(when).toHaveValue('2025-08-12 20:00');
  await duplicate.getByTestId('duplicate-ok').click();
  await expect(page.getByText('已复制「青柠气泡水开箱」')).toBeVisible();
  await expect(duplicate).toBeHidden();
  const copy = dayCell(page, '2025-08-12').getByTestId('calendar-item');
  await expect(copy).toHaveCount(1);
  await expect(copy).toContainText('青柠气泡水开箱');
  await expect(original).toHaveCount(1);

  // Keyboard: Shift+F10 on the focused event opens the same menu; 删除 offers 撤销, which brings it back.
  // FullCalendar's focusable event (role=button) around the item is what the keyboard reaches.
  const copyEvent = copy.locator('xpath=ancestor::*[@role="button"][1]');
  await copyEvent.focus();
  await copyEvent.press('Shift+F10');
  await expect(menu.getByRole('menuitem', { name: '删除' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(copyEvent).toBeFocused();
  await copyEvent.press('Shift+F10');
  await menu.getByRole('menuitem', { name: '删除' }).click();
  await expect(dayCell(page, '2025-08-12').getByTestId('calendar-item')).toHaveCount(0);
  await page.getByTestId('undo-toast').getByTestId('undo-button').click();
  await expect(dayCell(page, '2025-08-12').getByTestId('calendar-item')).toHaveCount(1);

  // The board's cards have the same menu: 打开 opens the item in the drawer.
  await page.goto(`${host.url}#/w/${workspaceId}/calendar?view=board&date=2025-08-05`);
  const card = page.getByTestId('board-card').first();
  await card.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: '打开' }).click();
  await expect(page.getByRole('dialog').filter({ hasText: '编辑内容' })).toBeVisible();
});
