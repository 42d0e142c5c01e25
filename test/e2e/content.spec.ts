import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { RunningHost } from '../support/webHost';
import { chooseOption } from './antdSelect';
import { dayCell, newItemOnDay } from './calendarPage';
import { expect, test } from './fixtures';
import { api } from './api';
import { answered } from './answered';
import { setupLimeWorkspace } from './limeWorkspace';

const setupWorkspace = (host: RunningHost) => setupLimeWorkspace(host, { planned: true });

const calendarUrl = (host: RunningHost, workspaceId: string, query: string) =>
  `${host.url}#/w/${workspaceId}/calendar?${query}`;

const calendarItem = (page: Page, title: string) =>
  page.getByTestId('calendar-item').filter({ hasText: title });

/** The planned drinks workspace on the month calendar of August 2025, shown. */
async function openAugustCalendar(page: Page, host: RunningHost): Promise<void> {
  const { workspaceId } = await setupWorkspace(host);
  await showCalendar(page, calendarUrl(host, workspaceId, 'date=2025-08-05'));
  await expect(page.getByTestId('calendar-title')).toHaveText('2025年8月');
}

/**
 * Opens a calendar URL and waits until the calendar is drawn with its items: the month's items answered,
 * and the page's title on screen (the calendar's chunk loads and runs after the items may have arrived;
 * on a loaded machine that alone took over 10 s). Bounded by the test's timeout, not an assertion's.
 */
async function showCalendar(page: Page, url: string): Promise<void> {
  await answered(page, 'content.calendarItems', () => page.goto(url));
  await page.getByTestId('calendar-title').waitFor();
}

/** Drags with real mouse moves: FullCalendar listens to pointer events, not HTML5 drag and drop. */
async function dragTo(page: Page, source: Locator, target: Locator) {
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 12, { steps: 15 });
  await page.mouse.up();
}

test('plan an item on the calendar, reschedule it, move it on the board, see a guardrail, reload', async ({
  page,
  host,
}) => {
  await openAugustCalendar(page, host);

  // Click an empty slot of Wednesday 6 August: the drawer opens at 20:00 that day.
  const cell = dayCell(page, '2025-08-06');
  const drawer = await newItemOnDay(page, '2025-08-06');
  await chooseOption(page, drawer.getByLabel('账号'), /青柠旗舰店/);
  await drawer.getByLabel('标题').fill('柠檬茶第二件半价');
  await chooseOption(page, drawer.getByLabel('目标'), /转化/);
  // A convert item on a sales account without a product is flagged while typing.
  await expect(drawer.locator('[data-code="convert_without_product"]')).toBeVisible();
  await chooseOption(page, drawer.getByLabel('关联商品'), /LM-TEA-500/, null);
  await expect(drawer.locator('[data-code="convert_without_product"]')).toHaveCount(0);
  // The product list stays open over the footer's Save button: close it as a user would, by clicking the form.
  await drawer.getByLabel('标题').click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await answered(page, 'content.create', () => drawer.getByRole('button', { name: /保\s*存/ }).click());
  await expect(drawer).toBeHidden();
  await expect(cell.getByTestId('calendar-item').filter({ hasText: '柠檬茶第二件半价' })).toBeVisible();
  await expect(calendarItem(page, '柠檬茶第二件半价')).toContainText('20:00');

  // Drag it to Friday: saved at once, same time of day.
  const moved = await answered(page, 'content.move', () =>
    dragTo(page, calendarItem(page, '柠檬茶第二件半价'), dayCell(page, '2025-08-08')),
  );
  expect(moved.ok()).toBe(true);
  await expect(page.getByText('已改期到 2025.08.08 20:00')).toBeVisible();
  await expect(
    dayCell(page, '2025-08-08').getByTestId('calendar-item').filter({ hasText: '柠檬茶第二件半价' }),
  ).toBeVisible();
  await expect(cell.getByTestId('calendar-item')).toHaveCount(0);

  // The board: move it from 创意 to 脚本; a jump straight to 已发布 is refused. On a wide screen every
  // column is in view (at 1440 px the board scrolls sideways, which a drag cannot do here).
  await page.setViewportSize({ width: 2400, height: 1000 });
  await page.getByTestId('view-board').click();
  const card = page.getByTestId('board-card').filter({ hasText: '柠檬茶第二件半价' });
  await expect(page.getByTestId('board-column-idea').getByTestId('board-card')).toHaveCount(1);
  await answered(page, 'content.setStatus', () => card.dragTo(page.getByTestId('board-column-scripting')));
  await expect(page.getByTestId('board-column-scripting').getByTestId('board-card')).toHaveCount(1);
  await expect(page.getByTestId('board-column-idea').getByTestId('board-card')).toHaveCount(0);
  await card.dragTo(page.getByTestId('board-column-published'));
  await expect(page.getByText('不能从「脚本」直接变为「已发布」')).toBeVisible();
  await expect(page.getByTestId('board-column-scripting').getByTestId('board-card')).toHaveCount(1);

  // Move it to the brand-building account: the role guardrail appears, in the drawer and on the card.
  await card.click();
  const edit = page.getByRole('dialog').filter({ hasText: '编辑内容' });
  await expect(edit.getByLabel('标题')).toHaveValue('柠檬茶第二件半价');
  await expect(edit.locator('[data-code="sales_objective_on_brand_account"]')).toHaveCount(0);
  await chooseOption(page, edit.getByLabel('账号'), /青柠官方号/);
  await expect(edit.locator('[data-code="sales_objective_on_brand_account"]')).toContainText('青柠官方号');
  await answered(page, 'content.update', () => edit.getByRole('button', { name: /保\s*存/ }).click());
  await expect(edit).toBeHidden();
  await expect(card.getByTestId('item-warning')).toBeVisible();

  // Everything survives a reload, on the board and back on the calendar.
  await page.reload();
  await expect(page.getByTestId('board-column-scripting').getByTestId('board-card')).toContainText(
    '柠檬茶第二件半价',
  );
  await expect(page.getByTestId('board-card').getByTestId('item-warning')).toBeVisible();
  await page.getByTestId('view-month').click();
  await expect(dayCell(page, '2025-08-08').getByTestId('calendar-item')).toContainText('柠檬茶第二件半价');
  await expect(calendarItem(page, '柠檬茶第二件半价').getByTestId('item-warning')).toBeVisible();
});

test('import a CSV with one bad row: the preview shows it, it is fixed in place, then everything imports', async ({
  page,
  host,
}) => {
  await openAugustCalendar(page, host);

  await page.getByRole('button', { name: /导\s*入/ }).click();
  const modal = page.getByRole('dialog').filter({ hasText: '导入内容计划' });
  await modal
    .locator('input[type=file]')
    .setInputFiles(join(__dirname, '..', 'fixtures', 'content', 'plan-one-bad-row.csv'));
  const summary = modal.getByTestId('import-summary');
  await expect(summary).toContainText('共 3 行：新建 2，更新 0，未变 0，有问题 1');
  const badRow = modal.locator('[data-row-number="4"]');
  await expect(badRow).toContainText('有问题');
  await expect(badRow.getByTestId('import-cell-error')).toContainText('2025-08-32');
  // The parser's problem is shown in the UI language (importErrors:date.impossible), not in English.
  await expect(badRow.getByTestId('import-cell-error')).toHaveText(
    '日期“2025-08-32 12:00”不存在，请检查年、月、日',
  );
  await expect(modal.getByRole('button', { name: '导入 2 行' })).toBeDisabled();
  // Nothing is written by the preview.
  await expect(page.getByTestId('calendar-item')).toHaveCount(0);

  await badRow.getByLabel('行 4 计划时间').fill('2025-08-07 12:00');
  await modal.getByRole('button', { name: '重新检查' }).click();
  await expect(summary).toContainText('共 3 行：新建 3，更新 0，未变 0，有问题 0');
  await expect(modal.locator('[data-row-number="4"]')).toContainText('2025.08.07 12:00');
  await modal.getByRole('button', { name: '导入 3 行' }).click();
  await expect(modal).toBeHidden();
  await expect(page.getByText('导入完成：新建 3 条')).toBeVisible();

  await expect(dayCell(page, '2025-08-04').getByTestId('calendar-item')).toHaveCount(2);
  await expect(dayCell(page, '2025-08-07').getByTestId('calendar-item')).toContainText('柠檬茶第二件半价');
  await page.reload();
  await expect(page.getByTestId('calendar-item')).toHaveCount(3);
  await expect(
    dayCell(page, '2025-08-04').getByTestId('calendar-item').filter({ hasText: '晚场自播' }),
  ).toBeVisible();

  // Importing the same file again (with the same fix) creates nothing.
  await page.getByRole('button', { name: /导\s*入/ }).click();
  await modal
    .locator('input[type=file]')
    .setInputFiles(join(__dirname, '..', 'fixtures', 'content', 'plan-one-bad-row.csv'));
  await modal.locator('[data-row-number="4"]').getByLabel('行 4 计划时间').fill('2025-08-07 12:00');
  await modal.getByRole('button', { name: '重新检查' }).click();
  await expect(summary).toContainText('共 3 行：新建 0，更新 0，未变 3，有问题 0');
  await expect(modal.getByRole('button', { name: '没有需要导入的行' })).toBeDisabled();
  await modal.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('calendar-item')).toHaveCount(3);
});

test('a live session cannot be dropped onto another live session of the same account; published items stay put', async ({
  page,
  host,
}) => {
  const { workspaceId, storeId } = await setupWorkspace(host);
  const live = (title: string, plannedAt: string) =>
    api(host, 'content.create', {
      workspaceId,
      accountId: storeId,
      title,
      format: 'live',
      objective: 'self_broadcast',
      plannedAt,
      durationMinutes: 120,
    });
  await live('周三晚场', '2025-08-06T19:00:00+08:00');
  await live('周四晚场', '2025-08-07T19:30:00+08:00');
  await api(host, 'content.create', {
    workspaceId,
    accountId: storeId,
    title: '已发布视频',
    format: 'short_video',
    objective: 'seed',
    status: 'published',
    plannedAt: '2025-08-05T12:00:00+08:00',
  });
  await page.goto(calendarUrl(host, workspaceId, 'date=2025-08-05&view=month'));
  await dragTo(page, calendarItem(page, '周四晚场'), dayCell(page, '2025-08-06'));
  await expect(page.getByText('与同账号的直播「周三晚场」时间重叠')).toBeVisible();
  await expect(dayCell(page, '2025-08-07').getByTestId('calendar-item')).toContainText('周四晚场');

  await dragTo(page, calendarItem(page, '已发布视频'), dayCell(page, '2025-08-08'));
  await expect(dayCell(page, '2025-08-05').getByTestId('calendar-item')).toContainText('已发布视频');
  await expect(dayCell(page, '2025-08-08').getByTestId('calendar-item')).toHaveCount(0);

  // The week view shows the week's live hours against the target.
  await page.getByTestId('view-week').click();
  await expect(page.getByTestId('calendar-title')).toHaveText('2025年8月4日 – 10日');
  const store = page.getByTestId('week-load').getByRole('row').filter({ hasText: '青柠旗舰店' });
  await expect(store.getByTestId('week-load-live')).toHaveText('直播 4/6 小时');
  await expect(store.getByTestId('week-load-posts')).toHaveText('发布 1/7');
});

test('export the filtered calendar as CSV and as an .ics file', async ({ page, host }) => {
  const { workspaceId, brandId } = await setupWorkspace(host);
  await api(host, 'content.create', {
    workspaceId,
    accountId: brandId,
    title: '夏日第一杯青柠茶',
    format: 'short_video',
    objective: 'seed',
    plannedAt: '2025-08-06T18:00:00+08:00',
  });
  await showCalendar(page, calendarUrl(host, workspaceId, 'date=2025-08-05'));
  await expect(page.getByTestId('calendar-item')).toHaveCount(1);

  await page.getByRole('button', { name: /导\s*出/ }).hover();
  const csvDownload = page.waitForEvent('download');
  await page.getByText('导出 CSV（可再导入）').click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('content-plan-20250728-20250831.csv');
  const text = await (await csv.createReadStream()).toArray();
  const content = Buffer.concat(text).toString('utf8');
  expect(content).toContain('账号,账号名称,标题,形式,目标');
  expect(content).toContain('lime_official,青柠官方号,夏日第一杯青柠茶,短视频,种草');

  await page.getByRole('button', { name: /导\s*出/ }).hover();
  const icsDownload = page.waitForEvent('download');
  await page.getByText('导出日历文件（.ics）').click();
  const ics = Buffer.concat(await (await (await icsDownload).createReadStream()).toArray()).toString('utf8');
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain('DTSTART:20250806T100000Z');
});
