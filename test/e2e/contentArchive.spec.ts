import { dayCell } from './calendarPage';
import { expect, test } from './fixtures';
import { setupLimeVideo } from './limeWorkspace';

/**
 * Issue 11 §4: 归档 a content item from its drawer, 撤销 it, archive again, see it with 显示已归档, 恢复; then
 * archive from the board card's menu and 撤销.
 */
test.describe.configure({ timeout: 180_000 });

test('archive from the calendar, 撤销 brings it back; archived items show muted with 显示已归档 and restore', async ({
  page,
  host,
}) => {
  const { workspaceId } = await setupLimeVideo(host);
  await page.goto(`${host.url}#/w/${workspaceId}/calendar?view=month&date=2025-08-05`);
  const items = dayCell(page, '2025-08-05').getByTestId('calendar-item');
  await expect(items).toHaveCount(1, { timeout: 60_000 });
  const drawer = page.getByRole('dialog').filter({ hasText: '编辑内容' });

  // 归档 from the drawer: the item leaves the calendar, and the toast's 撤销 puts it back.
  await items.click();
  await drawer.getByTestId('archive-item').click();
  await expect(drawer).toBeHidden();
  await expect(page.getByTestId('undo-toast')).toContainText('已归档「青柠气泡水开箱」');
  await expect(items).toHaveCount(0);
  await page.getByTestId('undo-toast').getByTestId('undo-button').click();
  await expect(items).toHaveCount(1);
  await expect(items).not.toHaveAttribute('data-archived', 'true');

  // Archived again, it is hidden until 显示已归档, then drawn muted with its tag.
  await items.click();
  await drawer.getByTestId('archive-item').click();
  await expect(items).toHaveCount(0);
  await page.getByTestId('show-archived').click();
  await expect(items).toHaveCount(1);
  await expect(items).toHaveAttribute('data-archived', 'true');
  await expect(items.getByTestId('archived-tag')).toHaveText('[已归档]');

  // 恢复 from the archived item's drawer: back on the plan, shown without the toggle too.
  await items.click();
  await expect(drawer.getByTestId('drawer-archived-tag')).toHaveText('已归档');
  await drawer.getByTestId('restore-item').click();
  await expect(drawer).toBeHidden();
  await expect(page.getByText('已恢复「青柠气泡水开箱」')).toBeVisible();
  await expect(items).not.toHaveAttribute('data-archived', 'true');
  await page.getByTestId('show-archived').click();
  await expect(items).toHaveCount(1);
  await expect(items.getByTestId('archived-tag')).toHaveCount(0);

  // The board card's menu archives too (the calendar's events share it), with the same 撤销. The earlier
  // toasts close after their 10 s first, so the 撤销 clicked is this archive's.
  await expect(page.getByTestId('undo-toast')).toHaveCount(0, { timeout: 30_000 });
  await page.goto(`${host.url}#/w/${workspaceId}/calendar?view=board&date=2025-08-05`);
  const cards = page.getByTestId('board-card');
  await expect(cards).toHaveCount(1, { timeout: 60_000 });
  await cards.click({ button: 'right' });
  await page.getByTestId('item-context-menu').getByRole('menuitem', { name: '归档' }).click();
  await expect(cards).toHaveCount(0);
  await page.getByTestId('undo-toast').getByTestId('undo-button').click();
  await expect(cards).toHaveCount(1);
});
