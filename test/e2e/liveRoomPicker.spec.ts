import { apiCall } from './api';
import { chooseOption } from './antdSelect';
import { expect, test } from './fixtures';
import { uploadCsv } from './upload';

/**
 * A live-session file without an account column belongs to the room chosen for it. An agency's roster
 * holds thousands of creators: the room picker searches it on the server as the user types, so a creator
 * far down the roster (after the first 200 by name) can be chosen.
 */
const ROSTER = 250;
const name = (i: number) => `Room ${String(i).padStart(3, '0')}`;

test('the live import finds a creator’s room anywhere in a long roster by typing its name', async ({
  page,
  request,
  host,
}) => {
  test.setTimeout(240_000);
  const ws = await apiCall(request, host, 'workspaces.loadSample', {});
  // One import: the whole roster written in one transaction.
  const roster = [
    'name,platform,handle,followers,categories',
    ...Array.from({ length: ROSTER }, (_, i) => `${name(i + 1)},douyin,room_${i + 1},${20_000 + i},beauty`),
  ].join('\n');
  await apiCall(request, host, 'creators.importCommit', {
    workspaceId: ws.id,
    fileName: 'roster.csv',
    base64: Buffer.from(roster, 'utf8').toString('base64'),
  });

  await page.goto(`${host.url}#/w/${ws.id}/live`);
  await page.getByRole('button', { name: '导入场次数据' }).click({ timeout: 60_000 });
  const modal = page.getByRole('dialog', { name: '导入直播场次数据' });
  const sessions = ['直播开始时间,直播结束时间,直播间观看人数', '2031-03-01 20:00,2031-03-01 22:00,4000'];
  await uploadCsv(modal, 'room-240.csv', sessions.join('\r\n'));

  const room = modal.getByRole('combobox', { name: '整份文件所属直播间' });
  await chooseOption(page, room, /Room 240 @room_240/, modal, 'Room 240');
  await expect(modal.getByTestId('live-import-preview')).toContainText(name(240), { timeout: 60_000 });
  await expect(modal.getByTestId('live-import-summary')).toContainText('有效 1 行，错误 0 行');
});
