import { expect, test } from './fixtures';

test('the sample calendar marks creator deliverables and highlights the overdue one', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '打开示例工作台' }).click();
  await expect(page.getByTestId('account-card').first()).toBeVisible();
  const workspaceId = /#\/w\/([^/]+)\//.exec(page.url())?.[1];
  expect(workspaceId).toBeTruthy();

  // The sample's overdue deliverable was due two days ago (in Asia/Shanghai).
  const due = new Date(Date.now() + 8 * 3600_000 - 2 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`${host.url}#/w/${workspaceId}/calendar?view=list&date=${due}`);
  const overdue = page.getByTestId('overdue-deliverable');
  await expect(overdue).toHaveCount(1);
  await expect(overdue).toHaveAttribute('aria-label', /达人交付已逾期/);
  const item = page.getByTestId('calendar-item').filter({ has: overdue });
  await expect(item).toContainText('达人合作');
  // No impossible live overlap anywhere in the sample: a creator's live runs in the creator's own room.
  await expect(page.getByTestId('item-warning').and(page.locator('[aria-label*="时间重叠"]'))).toHaveCount(0);
});
