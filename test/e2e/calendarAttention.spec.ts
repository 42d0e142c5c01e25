import type { Locator, Page } from '@playwright/test';
import type { RunningHost } from '../support/webHost';
import { chooseOption } from './antdSelect';
import { dayCell, newItemOnDay } from './calendarPage';
import { expect, test } from './fixtures';
import { api } from './api';
import { setupLimeWorkspace } from './limeWorkspace';

const setupWorkspace = (host: RunningHost) => setupLimeWorkspace(host, { planned: false });

// The machine is shared and slow under load: these flows seed data and drag, so they get room.
test.describe.configure({ timeout: 180_000 });

async function inViewport(page: Page, locator: Locator) {
  const box = (await locator.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

async function openSample(page: Page, host: RunningHost): Promise<string> {
  await page.goto(host.url);
  await page.getByRole('button', { name: '打开示例工作台' }).click();
  await expect(page.getByTestId('account-card').first()).toBeVisible();
  return /#\/w\/([^/]+)\//.exec(page.url())![1]!;
}

test('an overdue item hidden behind "+N" marks the link and its day; the popover stays on screen; the overdue filter', async ({
  page,
  host,
}) => {
  const { workspaceId, brandId } = await setupWorkspace(host);
  // Seven published posts fill the last Wednesday of August; an unpublished one at 23:00 is overdue.
  for (let hour = 8; hour < 15; hour++) {
    await api(host, 'content.create', {
      workspaceId,
      accountId: brandId,
      title: `已发布 ${hour}点`,
      format: 'short_video',
      objective: 'seed',
      status: 'published',
      plannedAt: `2025-08-27T${String(hour).padStart(2, '0')}:00:00+08:00`,
    });
  }
  await api(host, 'content.create', {
    workspaceId,
    accountId: brandId,
    title: '逾期未发的视频',
    format: 'short_video',
    objective: 'seed',
    status: 'editing',
    plannedAt: '2025-08-27T23:00:00+08:00',
  });
  await page.goto(`${host.url}#/w/${workspaceId}/calendar?view=month&date=2025-08-27`);
  const cell = dayCell(page, '2025-08-27');
  await expect(cell.getByTestId('calendar-item').first()).toBeVisible({ timeout: 60_000 });
  // The overdue item is not drawn in the cell: the "+N" link says it hides it, and the day is marked.
  await expect(cell.getByTestId('calendar-item').filter({ hasText: '逾期未发的视频' })).toHaveCount(0);
  const more = cell.getByTestId('more-link');
  await expect(more).toHaveAttribute('data-hides', 'overdue');
  await expect(more.getByTestId('more-link-mark')).toBeVisible();
  await expect(cell.getByTestId('day-mark')).toHaveAttribute('data-kind', 'overdue');
  await expect(dayCell(page, '2025-08-26').getByTestId('day-mark')).toHaveCount(0);

  await more.click();
  const popover = page.locator('.md-day-popover');
  await expect(popover.getByTestId('calendar-item').filter({ hasText: '逾期未发的视频' })).toBeVisible();
  await expect(popover.getByTestId('overdue-item')).toHaveCount(1);
  await expect
    .poll(async () => {
      const box = (await popover.boundingBox())!;
      return box.y + box.height <= page.viewportSize()!.height && box.y >= 0;
    })
    .toBe(true);
  await inViewport(page, popover);
  await page.keyboard.press('Escape');

  // The overdue filter keeps only the overdue item.
  await chooseOption(page, page.getByTestId('attention-filter').locator('input'), '已逾期', null);
  await expect(page.getByTestId('calendar-item')).toHaveCount(1);
  await expect(page.getByTestId('calendar-item')).toContainText('逾期未发的视频');
});

test('"在日历中查看" on an offer deliverable opens its week scrolled to the item, highlighted and focused', async ({
  page,
  host,
}) => {
  const workspaceId = await openSample(page, host);
  const deliverables = await api<{
    items: { offerId: string; contentItemId: string | null; overdue: boolean }[];
  }>(host, 'deliverables.list', { workspaceId, limit: 200 });
  const target = deliverables.items.find((d) => d.overdue && d.contentItemId)!;
  await page.goto(`${host.url}#/w/${workspaceId}/offers/${target.offerId}`);
  await page
    .getByTestId('deliverable')
    .filter({ has: page.locator('[data-overdue="true"]') })
    .or(page.locator('[data-testid="deliverable"][data-overdue="true"]'))
    .first()
    .getByTestId('on-calendar')
    .click();
  await expect(page.getByTestId('content-calendar')).toHaveAttribute('data-view', 'week');
  const item = page.locator(`[data-item-id="${target.contentItemId}"]`);
  await expect(item).toHaveAttribute('data-highlighted', 'true');
  await expect(item).toBeInViewport();
  await expect(item).toBeFocused();
  await expect(item).toContainText('20:00');
});

test('the bell lists the overdue creator deliverable and leads to it on the calendar', async ({
  page,
  host,
}) => {
  await openSample(page, host);
  const bell = page.getByTestId('reminder-bell');
  await expect(bell).toHaveAccessibleName(/提醒 \([1-9]\d*\)/);
  await bell.click();
  const entry = page.getByTestId('reminder').filter({ hasText: '达人交付已逾期' }).first();
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('达人合作');
  await entry.getByRole('link').or(entry.locator('a')).first().click();
  await expect(page.getByTestId('content-calendar')).toHaveAttribute('data-view', 'week');
  await expect(page.locator('[data-highlighted="true"]')).toBeInViewport();
  await expect(page.locator('[data-highlighted="true"]')).toContainText('达人合作');
});

test('a live time that clashes shows the overlap beside the time field before saving; a drag is undone with 撤销', async ({
  page,
  host,
}) => {
  const { workspaceId, storeId, brandId } = await setupWorkspace(host);
  await api(host, 'content.create', {
    workspaceId,
    accountId: storeId,
    title: '晚场自播',
    format: 'live',
    objective: 'self_broadcast',
    plannedAt: '2025-08-06T19:30:00+08:00',
    durationMinutes: 120,
  });
  const post = await api<{ id: string; plannedAt: string }>(host, 'content.create', {
    workspaceId,
    accountId: brandId,
    title: '夏日第一杯',
    format: 'short_video',
    objective: 'seed',
    plannedAt: '2025-08-05T18:00:00+08:00',
  });
  await page.goto(`${host.url}#/w/${workspaceId}/calendar?view=month&date=2025-08-05`);

  // A new live at 20:00 the same day on the same account: flagged while the fields are filled in.
  const drawer = await newItemOnDay(page, '2025-08-06');
  await chooseOption(page, drawer.getByLabel('账号'), /青柠旗舰店/);
  await drawer.getByLabel('标题').fill('加场自播');
  await drawer.getByText('直播', { exact: true }).click();
  await expect(drawer.getByLabel('直播时长（分钟）')).toBeVisible({ timeout: 30_000 });
  await drawer.getByLabel('直播时长（分钟）').fill('60');
  const beside = drawer.locator(
    '[data-testid="field-check"][data-field="plannedAt"][data-check-code="live_overlap"]',
  );
  await expect(beside).toContainText('晚场自播');
  await expect(drawer.locator('[data-testid="footer-check"][data-check-code="live_overlap"]')).toBeVisible();
  await drawer.getByRole('button', { name: /取\s*消/ }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByTestId('calendar-item')).toHaveCount(2);

  // Drag the post to Friday, then 撤销: it is back on Tuesday at 18:00.
  const item = page.getByTestId('calendar-item').filter({ hasText: '夏日第一杯' });
  const from = (await item.boundingBox())!;
  const to = (await dayCell(page, '2025-08-08').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 12, { steps: 15 });
  await page.mouse.up();
  await expect(dayCell(page, '2025-08-08').getByTestId('calendar-item')).toContainText('夏日第一杯');
  await page
    .getByTestId('undo-toast')
    .getByRole('button', { name: /撤\s*销/ })
    .click();
  await expect(page.getByText('已撤销')).toBeVisible();
  await expect(dayCell(page, '2025-08-05').getByTestId('calendar-item')).toContainText('夏日第一杯');
  await expect(dayCell(page, '2025-08-08').getByTestId('calendar-item')).toHaveCount(0);
  const stored = await api<{ plannedAt: string }>(host, 'content.get', { id: post.id });
  expect(stored.plannedAt).toBe(post.plannedAt);
});
