import { chooseOption } from './antdSelect';
import { expect, test } from './fixtures';
import { api } from './api';
import { uploadCsv } from './upload';

/**
 * A plan as a marketer writes it: natural headers, date and time apart, dates without a year, a status
 * column under a name of its own (阶段) and a budget column the app has no field for.
 */
const PLAN = [
  '日期,时间,发布账号,内容标题,类型,目的,直播时长,挂车商品,负责人,备注,阶段,预算',
  '2026-12-22,20:00,青柠旗舰店,双12返场直播,直播,自播,120,LM-TEA-500,小王,开场福利,已排期,5000',
  '12月23日,10:00,青柠官方号,冬日热饮种草,短视频,种草,,,小李,拍外景,脚本,800',
  '12/28,晚上8点,青柠旗舰店,年末清仓直播,直播,转化,90,LM-TEA-500,小王,,创意,3000',
  '1月3日,12:00,青柠官方号,新年第一杯,图文,品牌故事,,,小李,,创意,0',
].join('\r\n');

test('import a plan written naturally: no problems, an optional column mapped, years and unused columns explained', async ({
  page,
  host,
}) => {
  const ws = await api(host, 'workspaces.create', { name: '青柠饮品', industry: 'food_beverage' });
  await api(host, 'accounts.create', {
    workspaceId: ws.id,
    role: 'brand',
    handle: 'lime_official',
    displayName: '青柠官方号',
  });
  await api(host, 'accounts.create', {
    workspaceId: ws.id,
    role: 'sales',
    handle: 'lime_store',
    displayName: '青柠旗舰店',
    selfBroadcast: true,
  });
  await api(host, 'products.create', {
    workspaceId: ws.id,
    name: '青柠柠檬茶 500ml',
    sku: 'LM-TEA-500',
    price: 6.5,
  });

  await page.goto(`${host.url}#/w/${ws.id}/calendar?date=2026-12-22`);
  await page.getByRole('button', { name: /导\s*入/ }).click();
  const modal = page.getByRole('dialog').filter({ hasText: '导入内容计划' });
  await uploadCsv(modal, '12月排期.csv', `\uFEFF${PLAN}`);

  const summary = modal.getByTestId('import-summary');
  await expect(summary).toContainText('共 4 行：新建 4，更新 0，未变 0，有问题 0');
  // The years given to dates written without one are stated, in Chinese.
  const notes = modal.getByTestId('import-notes');
  await expect(notes).toContainText('读作 2026 年（第 3, 4 行）');
  await expect(notes).toContainText('读作 2027 年（第 5 行）');
  // Times were joined to the dates.
  await expect(modal.locator('[data-row-number="2"]')).toContainText('2026.12.22 20:00');
  await expect(modal.locator('[data-row-number="5"]')).toContainText('2027.01.03 12:00');

  // Unrecognised columns open the column panel, which offers optional fields too; the mapping labels
  // are translated (no hard-coded "(name)").
  const mapping = modal.getByTestId('import-mapping');
  const unused = modal.getByTestId('import-unused-columns');
  await expect(unused).toHaveText('未使用的列：阶段、预算');
  await expect(mapping).toContainText('账号（名称）');
  await expect(mapping).not.toContainText('(name)');
  await chooseOption(page, modal.getByLabel('mapping-status'), '阶段', mapping, '阶段');
  await expect(unused).toHaveText('未使用的列：预算');
  await expect(modal.locator('[data-row-number="2"]')).toContainText('已排期');
  // The panel stays open with its note after the change.
  await expect(unused).toBeVisible();
  await expect(summary).toContainText('有问题 0');

  await modal.getByRole('button', { name: '导入 4 行' }).click();
  await expect(modal).toBeHidden();
  await expect(page.getByText('导入完成：新建 4 条')).toBeVisible();
  const { items } = await api<{ items: { title: string; status: string; plannedAt: string }[] }>(
    host,
    'content.list',
    { workspaceId: ws.id, from: '2026-12-01', to: '2027-01-31' },
  );
  expect(items.map((i) => [i.title, i.status, i.plannedAt]).sort()).toEqual([
    ['冬日热饮种草', 'scripting', '2026-12-23T02:00:00.000Z'],
    ['双12返场直播', 'scheduled', '2026-12-22T12:00:00.000Z'],
    ['年末清仓直播', 'idea', '2026-12-28T12:00:00.000Z'],
    ['新年第一杯', 'idea', '2027-01-03T04:00:00.000Z'],
  ]);
});

test('import a creator roster written by hand: unused columns named, an optional one mapped', async ({
  page,
  host,
}) => {
  const ws = await api(host, 'workspaces.create', { name: '青柠饮品', industry: 'food_beverage' });
  await page.goto(`${host.url}#/w/${ws.id}/creators`);
  await page.getByRole('button', { name: '导入名册' }).click();
  const modal = page.getByRole('dialog').filter({ hasText: '导入达人名册' });
  await uploadCsv(
    modal,
    '达人名册.csv',
    [
      '达人昵称,抖音号,粉丝数,类目,报价,wx号,合作阶段',
      '小鹿爱喝茶,xiaolu_tea,12.3万,美妆,"¥8,000",xiaolu_wx,洽谈中',
      '阿杰测评,ajie_review,3.4w,数码,5000,ajie_wx,已合作',
    ].join('\r\n'),
  );
  await expect(modal.getByTestId('import-counts')).toContainText('共 2 行：新增 2');
  // The columns no field takes are named; one is then given to an optional field and leaves the list.
  const unused = modal.getByTestId('import-unused-columns');
  await expect(unused).toHaveText('未使用的列：wx号、合作阶段');
  await chooseOption(page, modal.getByRole('combobox', { name: '联系方式' }), 'wx号');
  await expect(unused).toHaveText('未使用的列：合作阶段');

  await modal.getByRole('button', { name: /^导\s*入$/ }).click();
  await expect(modal).toBeHidden();
  const { items } = await api<{ items: { handle: string; contact: string }[] }>(host, 'creators.list', {
    workspaceId: ws.id,
  });
  expect(items.map((c) => [c.handle, c.contact]).sort()).toEqual([
    ['ajie_review', 'ajie_wx'],
    ['xiaolu_tea', 'xiaolu_wx'],
  ]);
});
