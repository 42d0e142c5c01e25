import { creatorInput, offerInput } from '../support/offers';
import { api } from './api';
import { dayCell } from './calendarPage';
import { expect, test } from './fixtures';
import { setupLimeVideo } from './limeWorkspace';

/**
 * Issue 11 (closing note): the workspace's time zone and its brand name shown to creators, changed in the
 * workspace form, are kept across a reload and take effect: planned items show at the new zone's local
 * time, and an offer made afterwards carries the creator-facing name (what its file shows the creator).
 */
test('time zone and creator-facing name set in the workspace form are kept and in effect', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  const { workspaceId, brandId } = await setupLimeVideo(host);
  await page.goto(`${host.url}#/w/${workspaceId}/calendar?view=month&date=2025-08-05`);
  const item = dayCell(page, '2025-08-05').getByTestId('calendar-item');
  await expect(item).toContainText('20:00', { timeout: 60_000 });

  const openForm = async () => {
    await page.getByRole('button', { name: '编辑工作台' }).click();
    const modal = page.getByRole('dialog').filter({ hasText: '编辑工作台' });
    await expect(modal.getByLabel('名称', { exact: true })).toHaveValue('青柠饮品');
    return modal;
  };
  let modal = await openForm();
  const zone = modal.getByTestId('workspace-time-zone');
  await zone.click();
  await page.keyboard.type('Asia/Tokyo');
  await page.locator('.ant-select-item-option[title^="Asia/Tokyo"]').click();
  await modal.getByLabel('对达人显示的品牌名').fill('青柠 LIME');
  await modal.getByRole('button', { name: /保\s*存/ }).click();
  await expect(modal).toBeHidden();
  await expect(page.getByText('已保存')).toBeVisible();
  // Saving leads to the workspace's home; the calendar is opened again, then the app reloaded.
  // Tokyo is an hour ahead of Shanghai: the same moment now reads 21:00.
  await page.goto(`${host.url}#/w/${workspaceId}/calendar?view=month&date=2025-08-05`);
  await expect(item).toContainText('21:00', { timeout: 60_000 });
  await page.reload();
  await expect(item).toContainText('21:00', { timeout: 60_000 });
  modal = await openForm();
  await expect(modal.getByTestId('workspace-time-zone')).toContainText('Asia/Tokyo');
  await expect(modal.getByLabel('对达人显示的品牌名')).toHaveValue('青柠 LIME');
  await modal.getByRole('button', { name: /取\s*消/ }).click();

  const salesAccountId = (
    await api(host, 'accounts.create', {
      workspaceId,
      role: 'sales',
      handle: 'lime_store',
      displayName: '青柠旗舰店',
    })
  ).id;
  const creatorId = (await api(host, 'creators.create', creatorInput(workspaceId))).id;
  const offer = await api(
    host,
    'offers.create',
    offerInput({ workspaceId, brandAccountId: brandId, salesAccountId, creatorId }),
  );
  const stored = await api<{ brand: { name: string }; terms: { timeZone: string } }>(host, 'offers.get', {
    id: offer.id,
  });
  expect(stored.brand.name).toBe('青柠 LIME');
  expect(stored.terms.timeZone).toBe('Asia/Tokyo');
});
