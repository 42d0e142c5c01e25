import type { Page } from '@playwright/test';
import type { RunningHost } from '../support/webHost';
import { apiCall } from './api';
import { chooseOption } from './antdSelect';
import { dayCell, newItemOnDay } from './calendarPage';
import { expect as baseExpect, test } from './fixtures';

// Waiting limits only (no timed assertion): this spec walks many steps on a shared, busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 300_000 });

const itemsOn = (page: Page, date: string, title: string) =>
  dayCell(page, date).getByTestId('calendar-item').filter({ hasText: title });

async function setup(request: Parameters<typeof apiCall>[0], host: RunningHost) {
  const ws = await apiCall(request, host, 'workspaces.create', {
    name: '青柠饮品',
    industry: 'food_beverage',
    timeZone: 'Asia/Shanghai',
  });
  await apiCall(request, host, 'accounts.create', {
    workspaceId: ws.id,
    role: 'brand',
    handle: 'lime_official',
    displayName: '青柠官方号',
  });
  await apiCall(request, host, 'accounts.create', {
    workspaceId: ws.id,
    role: 'sales',
    handle: 'lime_store',
    displayName: '青柠旗舰店',
    selfBroadcast: true,
  });
  return ws.id;
}

test('a weekly 自播 live on Tue/Thu ×6: occurrences on the calendar, "this and following", reload, duplicate', async ({
  page,
  host,
  request,
}) => {
  const workspaceId = await setup(request, host);
  await page.goto(`${host.url}#/w/${workspaceId}/calendar?date=2025-08-05`);
  await expect(page.getByTestId('calendar-title')).toHaveText('2025年8月');

  // New item on Tuesday 5 August (the drawer opens at 20:00), repeating weekly on Tue and Thu, 6 times.
  const drawer = await newItemOnDay(page, '2025-08-05');
  await chooseOption(page, drawer.getByLabel('账号'), /青柠旗舰店/);
  await drawer.getByLabel('标题').fill('周二周四自播');
  await drawer.getByText('直播', { exact: true }).click();
  await chooseOption(page, drawer.getByLabel('目标'), /自播/);
  await drawer.getByLabel('直播时长（分钟）').fill('120');
  await drawer.getByRole('switch', { name: '重复' }).click();
  const section = drawer.getByTestId('repeat-section');
  await expect(section.getByLabel('周二')).toBeChecked(); // the start's weekday is chosen already
  await section.getByLabel('周四').check();
  await section.getByRole('spinbutton', { name: '重复次数' }).fill('6');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByText('已创建「周二周四自播」，共 6 次')).toBeVisible();

  const dates = ['2025-08-05', '2025-08-07', '2025-08-12', '2025-08-14', '2025-08-19', '2025-08-21'];
  for (const date of dates) {
    await expect(itemsOn(page, date, '周二周四自播')).toContainText('20:00');
    await expect(itemsOn(page, date, '周二周四自播').getByTestId('series-marker')).toBeVisible();
  }
  await expect(page.getByTestId('calendar-item')).toHaveCount(6);

  // Edit the 14 August occurrence "this and following": the three before stay as they were.
  await itemsOn(page, '2025-08-14', '周二周四自播').click();
  const edit = page.getByRole('dialog').filter({ hasText: '编辑内容' });
  await expect(edit.getByTestId('repeat-section')).toContainText('属于重复：每周 周二、周四 · 共 6 次');
  await edit.getByLabel('标题').fill('晚场自播·新版');
  await edit.getByRole('button', { name: /保\s*存/ }).click();
  const scope = page.getByRole('dialog').filter({ hasText: '保存重复内容' });
  await scope.getByText('此项及以后').click();
  await scope.getByTestId('scope-ok').click();
  await expect(edit).toBeHidden();
  for (const date of dates.slice(3)) await expect(itemsOn(page, date, '晚场自播·新版')).toBeVisible();
  for (const date of dates.slice(0, 3)) await expect(itemsOn(page, date, '周二周四自播')).toBeVisible();

  // Restart-survives: everything is stored.
  await page.reload();
  await expect(page.getByTestId('calendar-item')).toHaveCount(6);
  await expect(page.getByTestId('series-marker')).toHaveCount(6);
  for (const date of dates.slice(3)) await expect(itemsOn(page, date, '晚场自播·新版')).toBeVisible();
  await itemsOn(page, '2025-08-19', '晚场自播·新版').click();
  await expect(edit.getByTestId('repeat-section')).toContainText('属于重复：每周 周二、周四 · 共 3 次');
  await edit.getByRole('button', { name: /取\s*消/ }).click();

  // Duplicate the first occurrence to the brand account, same day: a one-off copy without the repeat icon.
  await itemsOn(page, '2025-08-05', '周二周四自播').click();
  await edit.getByTestId('duplicate-item').click();
  const duplicate = page.getByRole('dialog').filter({ hasText: '复制内容' });
  await chooseOption(page, duplicate.getByLabel('复制到账号'), /青柠官方号/);
  await duplicate.getByTestId('duplicate-ok').click();
  await expect(page.getByText('已复制「周二周四自播」')).toBeVisible();
  await expect(duplicate).toBeHidden();
  await edit.getByRole('button', { name: /取\s*消/ }).click();
  await expect(itemsOn(page, '2025-08-05', '周二周四自播')).toHaveCount(2);
  await expect(dayCell(page, '2025-08-05').getByTestId('series-marker')).toHaveCount(1);
  const listed = await apiCall(request, host, 'content.list', {
    workspaceId,
    from: '2025-08-05',
    to: '2025-08-06',
  });
  expect(listed.items.map((i) => i.series === null).sort()).toEqual([false, true]);
});
