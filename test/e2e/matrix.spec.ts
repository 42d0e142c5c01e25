import type { Page } from '@playwright/test';
import { startHost } from '../support/webHost';
import { chooseOption } from './antdSelect';
import { expect, test } from './fixtures';

async function createWorkspace(page: Page, name: string) {
  await page.getByRole('button', { name: '创建工作台' }).click();
  const dialog = page.getByRole('dialog', { name: '新建工作台' });
  await dialog.getByLabel('名称').fill(name);
  await dialog.getByRole('button', { name: /创\s*建/ }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

async function addAccount(
  page: Page,
  column: 'brand' | 'sales',
  fields: { handle: string; name: string; followers: string; targets: Record<string, string> },
) {
  await page
    .getByTestId(`column-${column}`)
    .getByRole('button', { name: column === 'brand' ? '添加品牌号' : '添加销售号' })
    .click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('账号 ID').fill(fields.handle);
  await drawer.getByLabel('账号名称').fill(fields.name);
  await drawer.getByLabel('粉丝数').fill(fields.followers);
  for (const [label, value] of Object.entries(fields.targets)) await drawer.getByLabel(label).fill(value);
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(drawer).toBeHidden();
}

test('create a workspace, add a brand-building and a sales account, switch language, reload', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByText('欢迎使用矩阵工作台')).toBeVisible();
  await createWorkspace(page, '青柠饮品 · 抖音矩阵');

  await addAccount(page, 'brand', {
    handle: 'lime_official',
    name: '青柠官方号',
    followers: '123000',
    targets: { '每周发布（条）': '5', '月 A3 种草人群增长': '60000', '互动率目标（%）': '4.5' },
  });
  await addAccount(page, 'sales', {
    handle: 'lime_store',
    name: '青柠旗舰店',
    followers: '56000',
    targets: { '月 GMV（¥）': '1200000', 'GPM（¥/千次观看）': '800', '每周直播（小时）': '30' },
  });

  const brandCard = page.getByTestId('column-brand').getByTestId('account-card');
  await expect(brandCard).toHaveCount(1);
  await expect(brandCard).toContainText('青柠官方号');
  await expect(brandCard.getByTestId('followers')).toHaveText('12.3万');
  await expect(brandCard.getByTestId('target-a3GrowthMonthly')).toHaveText('6万');
  await expect(brandCard.getByTestId('target-engagementRatePct')).toHaveText('4.5%');

  const salesCard = page.getByTestId('column-sales').getByTestId('account-card');
  await expect(salesCard).toContainText('青柠旗舰店');
  // One money rule: a card is read at a glance, so it is compact like the column total below.
  await expect(salesCard.getByTestId('target-gmvMonthly')).toHaveText('¥120万');
  await expect(
    page.getByTestId('column-sales').getByTestId('account-card').filter({ hasText: '青柠官方号' }),
  ).toHaveCount(0);
  await expect(page.getByTestId('sales-gmv')).toHaveText('¥120万');
  await expect(page.getByTestId('brand-followers')).toHaveText('12.3万');

  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Brand-building (品牌号)' })).toBeVisible();
  await expect(brandCard.getByTestId('followers')).toHaveText('123,000');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sales (销售号)' })).toBeVisible();
  await expect(page.getByTestId('column-brand').getByTestId('account-card')).toContainText('青柠官方号');
  await expect(page.getByTestId('column-sales').getByTestId('account-card')).toContainText('青柠旗舰店');
  await expect(page.getByTestId('sales-gmv')).toHaveText('¥1.2M');
  await expect(
    page.getByTestId('column-sales').getByTestId('account-card').getByTestId('target-gmvMonthly'),
  ).toHaveText('¥1.2M');
});

test('bad input is shown on the field and nothing is stored', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkspace(page, '校验测试');
  await addAccount(page, 'brand', { handle: 'taken', name: '已有账号', followers: '10', targets: {} });

  await page.getByTestId('column-sales').getByRole('button', { name: '添加销售号' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('账号 ID').fill('TAKEN');
  await drawer.getByLabel('账号名称').fill('重复的');
  await drawer.getByLabel('月 GMV（¥）').fill('-5');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  // Inline error from the shared zod schema, before anything is sent.
  await expect(drawer.locator('#account_targets_gmvMonthly_help')).toBeVisible();
  await drawer.getByLabel('月 GMV（¥）').fill('5000');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  // The backend's uniqueness check lands on the handle field.
  await expect(drawer.getByText('该平台下已有相同账号 ID')).toBeVisible();
  await drawer.getByRole('button', { name: /取\s*消/ }).click();
  await expect(page.getByTestId('account-card')).toHaveCount(1);
});

test('sample workspace, role change confirmation, archive, restore and typed delete; survives a restart', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '打开示例工作台' }).click();
  await expect(page.getByTestId('column-brand').getByTestId('account-card')).toHaveCount(2);
  await expect(page.getByTestId('column-sales').getByTestId('account-card')).toHaveCount(3);
  await expect(page.getByTestId('column-sales').getByText('自播', { exact: true })).toBeVisible();

  // Change a brand account to sales: the confirmation names the targets that will be dropped.
  const persona = page.getByTestId('account-card').filter({ hasText: '成分实验室·小茶' });
  await persona.getByRole('button', { name: '编辑' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '编辑账号' });
  await drawer.getByText('销售号', { exact: true }).click();
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  const confirm = page.getByTestId('role-change-confirm');
  await expect(confirm).toContainText('月 A3 种草人群增长');
  await expect(confirm).toContainText('月涨粉');
  await page.getByRole('button', { name: '确认更改' }).click();
  await expect(page.getByTestId('column-sales').getByTestId('account-card')).toHaveCount(4);
  await expect(
    page
      .getByTestId('column-sales')
      .getByTestId('account-card')
      .filter({ hasText: '成分实验室·小茶' })
      .getByTestId('target-postsPerWeek'),
  ).toHaveText('7 条');

  // Archive hides it; the toggle shows it again; restore brings it back.
  const deals = page.getByTestId('account-card').filter({ hasText: '好价福利社' });
  await deals.getByRole('button', { name: '归档' }).click();
  await expect(page.getByTestId('account-card').filter({ hasText: '好价福利社' })).toHaveCount(0);
  await page.getByRole('switch', { name: /显示已归档/ }).click();
  await expect(deals).toContainText('已归档');
  await deals.getByRole('button', { name: '恢复' }).click();
  await expect(deals).not.toContainText('已归档');

  // Delete needs the handle typed exactly.
  await deals.getByRole('button', { name: '删除' }).click();
  const del = page.getByRole('dialog', { name: '删除账号' });
  const ok = del.getByRole('button', { name: /删\s*除/ });
  await expect(ok).toBeDisabled();
  await del.getByRole('textbox').fill('camellialab_deals');
  await ok.click();
  await expect(page.getByTestId('account-card').filter({ hasText: '好价福利社' })).toHaveCount(0);

  // Quit and start again on the same data directory: everything is still there.
  await host.stop();
  const again = await startHost(host.dataDir);
  try {
    await page.goto(again.url);
    await expect(page.getByTestId('column-sales').getByTestId('account-card')).toHaveCount(3);
    await expect(page.getByTestId('account-card').filter({ hasText: '成分实验室·小茶' })).toHaveCount(1);
  } finally {
    await again.stop();
  }
});

test('an agency switches between client workspaces and renames one', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkspace(page, '客户甲');
  await addAccount(page, 'brand', { handle: 'client_a', name: '甲品牌号', followers: '1', targets: {} });
  // Use the switcher's own menu to create a second workspace.
  await page.getByLabel('切换工作台').click();
  await page.getByRole('button', { name: '新建工作台' }).click();
  const dialog = page.getByRole('dialog', { name: '新建工作台' });
  await dialog.getByLabel('名称').fill('客户乙');
  await dialog.getByRole('button', { name: /创\s*建/ }).click();
  await expect(page.getByRole('heading', { name: '客户乙' })).toBeVisible();
  await expect(page.getByTestId('account-card')).toHaveCount(0);

  await chooseOption(
    page,
    page.getByLabel('切换工作台'),
    '客户甲',
    page.getByRole('heading', { name: '客户甲' }),
  );
  await expect(page.getByTestId('account-card')).toContainText('甲品牌号');

  await page.getByRole('button', { name: '编辑工作台' }).click();
  const edit = page.getByRole('dialog', { name: '编辑工作台' });
  await edit.getByLabel('名称').fill('客户甲（年框）');
  await edit.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByRole('heading', { name: '客户甲（年框）' })).toBeVisible();
});
