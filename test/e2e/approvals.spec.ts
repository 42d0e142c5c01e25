import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chooseOption } from './antdSelect';
import { expect, test } from './fixtures';
import { api } from './api';
import { createLimeBrand } from './limeWorkspace';

/** A day `n` days from today in Shanghai, `YYYY-MM-DD` (the export dialog defaults to the next four weeks). */
const shanghaiDay = (n: number) =>
  new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);

test('export a review pack, answer it from disk, import the answers and see the badges on the calendar', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const { ws, brand: account } = await createLimeBrand(host, { postsPerWeek: 5 });
  const day1 = shanghaiDay(1);
  const day2 = shanghaiDay(2);
  const create = (title: string, day: string) =>
    api(host, 'content.create', {
      workspaceId: ws.id,
      accountId: account.id,
      title,
      format: 'short_video',
      objective: 'seed',
      status: 'review',
      plannedAt: `${day}T20:00:00+08:00`,
    });
  await create('夏日第一杯青柠茶', day1);
  await create('<img src=x onerror=alert(1)>', day2);

  // Approval required, set on the approvals page.
  await page.goto(`${host.url}#/w/${ws.id}/approvals`);
  await expect(page.getByRole('heading', { name: '客户审核' })).toBeVisible();
  await page.locator('label').filter({ hasText: '必须审核' }).click();
  await expect(page.getByRole('radio', { name: '必须审核' })).toBeChecked();
  await expect(page.getByText('审核模式已保存')).toBeVisible();

  // Export the pack (next four weeks, all accounts, Chinese).
  await page.getByRole('button', { name: '导出审核包' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '导出审核包' });
  const [packDownload] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /导\s*出/ }).click(),
  ]);
  expect(packDownload.suggestedFilename()).toMatch(/^review-.+\.html$/);
  const packPath = testInfo.outputPath('pack.html');
  await packDownload.saveAs(packPath);

  // The client opens the pack from disk, answers it and downloads the answers.
  const client = await page.context().newPage();
  const clientErrors: string[] = [];
  client.on('pageerror', (e) => clientErrors.push(e.message));
  await client.goto(pathToFileURL(packPath).href);
  await expect(client.getByRole('heading', { name: /内容审核包/ })).toBeVisible();
  const first = client.locator('article.item').filter({ hasText: '夏日第一杯青柠茶' });
  await first.getByLabel('通过').check();
  const second = client.locator('article.item').filter({ hasText: '<img src=x onerror=alert(1)>' });
  await second.getByLabel('需要修改').check();
  await second.getByRole('textbox').fill('标题请改成中文');
  await client.getByLabel('审核人姓名').fill('王经理');
  const [answersDownload] = await Promise.all([
    client.waitForEvent('download'),
    client.getByRole('button', { name: '下载我的答复' }).click(),
  ]);
  const answersPath = testInfo.outputPath('answers.mdreview');
  await answersDownload.saveAs(answersPath);
  expect(JSON.parse(readFileSync(answersPath, 'utf8'))).toMatchObject({ reviewer: '王经理' });
  expect(clientErrors).toEqual([]);
  await client.close();

  // Import them: each answer's outcome, then the list with badges and the comment thread.
  await page.getByTestId('import-answers').locator('input[type=file]').setInputFiles(answersPath);
  const outcomes = page.getByTestId('import-outcomes');
  await expect(outcomes).toContainText('已导入 王经理 的答复：2 条');
  await expect(outcomes.locator('[data-outcome="approved"]')).toHaveCount(1);
  await expect(outcomes.locator('[data-outcome="changes_requested"]')).toHaveCount(1);
  const changed = page.getByTestId('approval-row').filter({ hasText: '<img src=x onerror=alert(1)>' });
  await changed.click();
  const drawer = page.getByTestId('approval-item');
  await expect(drawer.getByTestId('thread-comment')).toContainText('标题请改成中文');
  await drawer.getByLabel('回复客户').fill('好的，已改');
  await page.getByRole('button', { name: '发送回复' }).click();
  await expect(drawer.getByTestId('thread-comment')).toHaveCount(2);
  await page.keyboard.press('Escape');

  // The same file again is refused with its reason.
  await page.getByTestId('import-answers').locator('input[type=file]').setInputFiles(answersPath);
  await expect(page.getByTestId('import-refusal')).toHaveAttribute(
    'data-reason',
    'approvals.alreadyImported',
  );
  await expect(page.getByTestId('import-refusal')).toHaveText('这份答复已经导入过了');

  // The calendar shows the badges and filters by approval state.
  await page.goto(`${host.url}#/w/${ws.id}/calendar?date=${day1}&view=list`);
  const item = (title: string) => page.getByTestId('calendar-item').filter({ hasText: title });
  await expect(item('夏日第一杯青柠茶').getByTestId('approval-badge')).toHaveAttribute(
    'data-state',
    'approved',
  );
  await expect(item('<img src=x onerror=alert(1)>').getByTestId('approval-badge')).toHaveAttribute(
    'data-state',
    'changes_requested',
  );
  await chooseOption(page, page.getByLabel('审核状态'), '已通过', null);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('calendar-item')).toHaveCount(1);
  await expect(item('夏日第一杯青柠茶')).toBeVisible();

  // Required approval: the board refuses to schedule the item with changes requested, naming it.
  await page.getByLabel('审核状态').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').hover();
  await page.locator('[data-testid="approval-filter"] .ant-select-clear').click();
  await expect(page.getByTestId('calendar-item')).toHaveCount(2);
  // Wide enough for every board column (at 1440 px the board scrolls sideways, which a drag cannot do here).
  await page.setViewportSize({ width: 2400, height: 1000 });
  await page.getByTestId('view-board').click();
  const card = page.getByTestId('board-card').filter({ hasText: '<img src=x onerror=alert(1)>' });
  await card.dragTo(page.getByTestId('board-column-scheduled'));
  await expect(page.getByText('「<img src=x onerror=alert(1)>」尚未通过客户审核')).toBeVisible();
  const approvedCard = page.getByTestId('board-card').filter({ hasText: '夏日第一杯青柠茶' });
  await approvedCard.dragTo(page.getByTestId('board-column-scheduled'));
  await expect(page.getByTestId('board-column-scheduled').getByTestId('board-card')).toHaveCount(1);
});
