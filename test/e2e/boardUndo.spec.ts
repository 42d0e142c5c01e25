import { expect, test } from './fixtures';
import { api } from './api';
import { setupLimeVideo } from './limeWorkspace';

test.describe.configure({ timeout: 180_000 }); // a loaded machine: the board's first load is slow

/** Issue 11 §4: a status move on the board is undone with 撤销, as a calendar drag is (calendarAttention.spec). */
test('a board move to another status is undone with 撤销: the card and the stored status go back', async ({
  page,
  host,
}) => {
  const { workspaceId } = await setupLimeVideo(host);
  const { items } = await api<{ items: { id: string }[] }>(host, 'content.list', {
    workspaceId,
    from: '2025-08-01',
    to: '2025-08-31',
  });
  const id = items[0]!.id;
  // Every column in view, so the drag needs no sideways scroll.
  await page.setViewportSize({ width: 2400, height: 1000 });
  await page.goto(`${host.url}#/w/${workspaceId}/calendar?date=2025-08-05`);
  await page.getByTestId('view-board').click();
  const card = page.getByTestId('board-card').filter({ hasText: '青柠气泡水开箱' });
  const column = (status: string) => page.getByTestId(`board-column-${status}`);
  await expect(column('idea').getByTestId('board-card')).toHaveCount(1);

  await card.dragTo(column('scripting'));
  await expect(column('scripting').getByTestId('board-card')).toHaveCount(1);
  const toast = page.getByTestId('undo-toast');
  await expect(toast).toContainText('青柠气泡水开箱');
  await toast.getByRole('button', { name: /撤\s*销/ }).click();
  await expect(page.getByText('已撤销')).toBeVisible();
  await expect(column('idea').getByTestId('board-card')).toHaveCount(1);
  await expect(column('scripting').getByTestId('board-card')).toHaveCount(0);
  const stored = await api<{ status: string }>(host, 'content.get', { id });
  expect(stored.status).toBe('idea');
});
