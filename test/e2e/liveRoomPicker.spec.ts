import { apiCall } from './api';
import { chooseOption } from './antdSelect';
import { expect, test } from './fixtures';
import { importRoster, rosterName } from './roster';
import { uploadCsv } from './upload';

/**
 * A live-session file without an account column belongs to the room chosen for it. An agency's roster
 * holds thousands of creators: the room picker searches it on the server as the user types, so a creator
 * far down the roster (after the first 200 by name) can be chosen.
 */
const ROSTER = 250;

test('the live import finds a creator’s room anywhere in a long roster by typing its name', async ({
  page,
  request,
  host,
}) => {
  const ws = await apiCall(request, host, 'workspaces.loadSample', {});
  // A 250-creator import and a picker that asks the server as the user types, on a loaded machine.
  test.setTimeout(240_000);
  await importRoster(request, host, ws.id, { count: ROSTER, label: 'Room', digits: 3, handlePrefix: 'room' });

  await page.goto(`${host.url}#/w/${ws.id}/live`);
  await page.getByRole('button', { name: '导入场次数据' }).click({ timeout: 60_000 });
  const modal = page.getByRole('dialog', { name: '导入直播场次数据' });
  const sessions = ['直播开始时间,直播结束时间,直播间观看人数', '2031-03-01 20:00,2031-03-01 22:00,4000'];
  await uploadCsv(modal, 'room-240.csv', sessions.join('\r\n'));

  const room = modal.getByRole('combobox', { name: '整份文件所属直播间' });
  await chooseOption(page, room, /Room 240 @room_240/, modal, 'Room 240');
  await expect(modal.getByTestId('live-import-preview')).toContainText(rosterName('Room', 240, 3), {
    timeout: 60_000,
  });
  await expect(modal.getByTestId('live-import-summary')).toContainText('有效 1 行，错误 0 行');
});
