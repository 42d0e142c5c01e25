import { apiCall } from './api';
import { expect as baseExpect, test } from './fixtures';

// The machine runs other suites at the same time: waits are generous, nothing is timed.
const expect = baseExpect.configure({ timeout: 30_000 });

test('the deliverables tracker filters to overdue work and opens its offer from a row', async ({
  page,
  host,
  request,
}) => {
  const sample = await apiCall(request, host, 'workspaces.loadSample', {});
  await page.goto(`${host.url}#/w/${sample.id}/matrix`);
  // Reached from the sidebar like every page.
  await page.getByRole('menuitem', { name: /交付跟踪/ }).click();
  await expect(page.getByRole('heading', { name: '交付跟踪' })).toBeVisible();
  const rows = page.getByTestId('tracker-row');
  await expect(rows.first()).toBeVisible();
  const all = await rows.count();
  await expect(page.getByTestId('tracker-summary')).toContainText('已逾期 1 项');

  // The sample has one overdue deliverable (due two days ago): the filter leaves exactly that one.
  await page.getByTestId('tracker-due').getByText('已逾期（1）').click();
  await expect(page).toHaveURL(/due=overdue/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-overdue', 'true');
  await expect(rows.first().getByTestId('overdue')).toHaveText('已逾期');
  expect(all).toBeGreaterThan(1);

  // Its calendar item is one link away; its offer opens from the row, showing the same deliverable overdue.
  await expect(rows.first().getByTestId('tracker-calendar')).toHaveAttribute(
    'href',
    /calendar\?view=week&date=.*&focus=/,
  );
  const title = (await rows.first().getByTestId('tracker-offer').textContent()) ?? '';
  await rows.first().getByTestId('tracker-offer').click();
  await expect(page).toHaveURL(/\/offers\/[^/?]+$/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByTestId('offer-deliverables').locator('[data-overdue="true"]')).toHaveCount(1);

  // Back to the tracker: the filter is still in the address, and lifting it shows every row again.
  await page.goBack();
  await expect(rows).toHaveCount(1);
  await page.getByTestId('tracker-due').getByText('全部').click();
  await expect(rows).toHaveCount(all);
});
