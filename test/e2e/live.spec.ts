import { expect, test } from './fixtures';
import { uploadCsv } from './upload';
import { canvasIsDrawn } from './canvas';

/**
 * A 电商罗盘-style per-session export of the sample's 自播 room: full-width brackets, 进入 wording, 万 units,
 * 2小时15分 durations, percentages as text. Four evenings in 2024 (before the sample's own sessions); the
 * last has a weak product click rate (520 ÷ 8,650 against about 14%).
 */
function sessionsCsv(): string {
  const header =
    '账号,直播开始时间,直播结束时间,直播时长,直播间曝光人数（人）,直播间进入人数（人）,直播间观看次数（次）,商品曝光人数（人）,商品点击人数（人）,成交金额（元）,成交人数,推荐feed,千川';
  const rows = [
    'camellialab_store,2024/03/01 20:00,2024/03/01 22:15,2小时15分,10.5万,"12,600","15,800","8,190","1,147","38,760.50",287,48.5%,12.0%',
    'camellialab_store,2024/03/02 20:00,2024/03/02 22:15,2小时15分,9.8万,"11,900","14,600","7,740","1,083","36,120.00",270,47.9%,11.7%',
    'camellialab_store,2024/03/03 20:00,2024/03/03 22:15,2小时15分,11.2万,"13,400","16,900","8,710","1,255","40,950.80",301,49.2%,12.1%',
    'camellialab_store,2024/03/04 20:00,2024/03/04 22:15,2小时15分,10.9万,"13,100","16,200","8,650",520,"17,300.00",131,50.1%,12.0%',
  ];
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}

test('import a session export, open its diagnosis and see the weakest step named first', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '打开示例工作台' }).click();
  // Creating the sample is the slowest step of the test on a loaded machine: wait for it, not a fixed time.
  await expect(page.getByRole('heading', { name: '山茶花研 CamelliaLab（示例）' })).toBeVisible({
    timeout: 60_000,
  });
  // The 自播 room's card shows its last session's GPM and band (the sample's latest evening is a weak one).
  const storeCard = page.locator('[data-account-handle="camellialab_store"]');
  await expect(storeCard.getByTestId('last-session-gpm')).toHaveAttribute('data-band', 'improve', {
    timeout: 30_000,
  });
  await expect(storeCard.getByTestId('last-session-gpm')).toContainText('待提升');

  await page.getByRole('menuitem', { name: '直播诊断' }).click();
  // The sample already holds 60 days of sessions.
  await expect(page.getByTestId('live-sessions').locator('tbody tr').first()).toContainText('山茶花研');

  await page.getByRole('button', { name: '导入场次数据' }).click();
  const modal = page.getByRole('dialog', { name: '导入直播场次数据' });
  await uploadCsv(modal, '罗盘场次数据.csv', sessionsCsv());
  await expect(modal.getByTestId('live-import-summary')).toContainText('有效 4 行，错误 0 行；将新增 4 场');
  await expect(modal.getByTestId('live-import-preview')).toContainText('¥38,760.50');
  await modal.getByTestId('live-import-commit').click();
  await expect(modal.getByTestId('live-import-done')).toContainText('新增 4 场');
  await modal.getByRole('button', { name: '查看最新一场的诊断' }).click();

  const diagnosis = page.getByTestId('live-diagnosis');
  await expect(diagnosis).toBeVisible();
  const weakest = page.getByTestId('live-weakest-step');
  await expect(weakest).toHaveAttribute('data-metric', 'productClickRate');
  await expect(weakest).toContainText('商品点击率 6%，低于你的中位值 14%');
  await expect(weakest).toContainText('调整讲解顺序');
  await expect(page.getByTestId('live-metrics')).toContainText('待提升');
  await expect.poll(() => canvasIsDrawn(page.getByTestId('live-funnel-canvas').locator('canvas'))).toBe(true);
  await expect(page.getByTestId('live-funnel-canvas').locator('canvas')).toHaveAttribute(
    'aria-label',
    /商品点击率/,
  );
});
