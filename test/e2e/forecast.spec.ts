import type { Locator, Page } from '@playwright/test';
import { chooseOption } from './antdSelect';
import { expect, test } from './fixtures';
import { uploadCsv } from './upload';
import { canvasIsDrawn } from './canvas';

/** How much taller the saved PNG is than the drawn chart, and how much ink sits in that added top band. */
async function pngTitleBand(page: Page, base64: string, canvas: Locator) {
  const chartHeight = await canvas.evaluate((c) => (c as HTMLCanvasElement).height);
  return page.evaluate(
    async ({ data, chartHeight }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const heightGain = image.height - chartHeight;
      const probe = document.createElement('canvas');
      probe.width = image.width;
      probe.height = Math.max(1, heightGain);
      const ctx = probe.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const pixels = ctx.getImageData(0, 0, probe.width, probe.height).data;
      let darkPixelsInBand = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) darkPixelsInBand++;
      return { heightGain, darkPixelsInBand };
    },
    { data: base64, chartHeight },
  );
}

/** Twenty days of a platform back-end export: Chinese headers, 万 / w / K counts, ¥ amounts, mixed date layouts. */
function metricsCsv(): string {
  const lines = ['日期,账号,播放量,点赞,评论,分享,收藏,涨粉,成交金额'];
  for (let i = 0; i < 20; i++) {
    const day = new Date(Date.UTC(2025, 7, 1 + i));
    const y = day.getUTCFullYear();
    const m = day.getUTCMonth() + 1;
    const d = day.getUTCDate();
    const date =
      i % 3 === 0
        ? `${y}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}`
        : i % 3 === 1
          ? `${y}/${m}/${d}`
          : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} 20:00`;
    const views = i % 2 === 0 ? `${(1.2 + (i % 7) * 0.1).toFixed(1)}万` : `${(12 + (i % 5)).toFixed(1)}K`;
    lines.push(
      `${date},@e2e_store,${views},${300 + i * 7},${20 + i},${15 + i},3.4w,${40 + i},"¥${(9000 + i * 321.5).toLocaleString('en-US', { minimumFractionDigits: 2 })}"`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function openSample(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: '打开示例工作台' }).click();
  await expect(page.getByTestId('column-sales').getByTestId('account-card')).toHaveCount(3);
}

test('import a metrics file, see the forecast fan and its table, then the match ranking for a product', async ({
  page,
  host,
}) => {
  await openSample(page, host.url);

  // A new sales account to import into.
  await page.getByTestId('column-sales').getByRole('button', { name: '添加销售号' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('账号 ID').fill('e2e_store');
  await drawer.getByLabel('账号名称').fill('导入测试店');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(drawer).toBeHidden();

  await page.getByRole('menuitem', { name: '数据与预测' }).click();
  await page.getByRole('button', { name: '导入数据' }).click();
  const modal = page.getByRole('dialog', { name: '导入表现数据' });
  await uploadCsv(modal, '抖音后台导出.csv', metricsCsv());
  await expect(modal.getByTestId('import-summary')).toContainText('可导入 20 行');
  await expect(modal.getByTestId('import-preview')).toContainText('¥9,321.50');
  await modal.getByRole('button', { name: /导入 20 行/ }).click();
  await expect(modal.getByTestId('import-done')).toContainText('新增 20 行');
  await modal.getByRole('button', { name: '关 闭' }).click();

  // The imported account's forecast: the fan chart is drawn.
  await chooseOption(
    page,
    page.getByTestId('forecast-account'),
    '导入测试店（销售号）',
    page.getByTestId('forecast-account'),
  );
  await expect(page.getByTestId('forecast-method')).toBeVisible();
  const canvas = page.getByTestId('forecast-chart-canvas').locator('canvas');
  await expect(canvas).toBeVisible();
  await expect.poll(() => canvasIsDrawn(canvas)).toBe(true);

  // Saved as PNG, the image carries the card's title (account and metric) in a band above the chart.
  const download = page.waitForEvent('download');
  await page.getByTestId('forecast-chart').getByRole('button', { name: '保存为 PNG' }).click();
  const png = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of png) chunks.push(chunk as Buffer);
  const saved = await pngTitleBand(page, Buffer.concat(chunks).toString('base64'), canvas);
  expect(saved.heightGain).toBeGreaterThan(0);
  expect(saved.darkPixelsInBand).toBeGreaterThan(50);

  // Its table view shows the same numbers.
  await page.getByTestId('forecast-chart').getByText('表格', { exact: true }).click();
  const table = page.getByTestId('forecast-chart-table');
  await expect(table).toBeVisible();
  await expect(table).toContainText('2025.08.01');
  await expect(table.locator('tbody tr.ant-table-row').first()).toContainText('1.2万');

  // A sample account with 120 days of history shows accuracy from its stored run.
  await chooseOption(
    page,
    page.getByTestId('forecast-account'),
    '山茶花研官方旗舰店（销售号）',
    page.getByTestId('forecast-account'),
  );
  await expect(page.getByTestId('accuracy-panel')).toContainText('80% 区间命中率');

  // The match ranking for a product.
  await page.getByRole('menuitem', { name: '兴趣匹配' }).click();
  const ranking = page.getByTestId('match-ranking');
  await expect(ranking.locator('tbody tr.ant-table-row')).toHaveCount(6);
  await expect(ranking).toContainText('成分实验室·小茶');
  await expect(ranking).toContainText('TGI');
  const heat = page.getByTestId('match-heatmap-canvas').locator('canvas');
  await expect.poll(() => canvasIsDrawn(heat)).toBe(true);
  // Under the cells: a colour legend running from red (weak) to green (strong).
  await expect.poll(() => legendColours(heat)).toEqual({ red: true, green: true });
});

/** Whether the bottom band of a canvas (where the heatmap draws its legend) holds red and green pixels. */
async function legendColours(canvas: Locator) {
  return canvas.evaluate((c) => {
    const el = c as HTMLCanvasElement;
    const band = Math.round(el.height * 0.12);
    const pixels = el.getContext('2d')!.getImageData(0, el.height - band, el.width, band).data;
    let red = false;
    let green = false;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (r > 180 && g < 110 && b < 110) red = true;
      if (g > 150 && r < 130 && b < 130) green = true;
    }
    return { red, green };
  });
}

test('a file with unmappable columns is explained and nothing is imported', async ({ page, host }) => {
  await openSample(page, host.url);
  await page.getByRole('menuitem', { name: '数据与预测' }).click();
  await page.getByRole('button', { name: '导入数据' }).click();
  const modal = page.getByRole('dialog', { name: '导入表现数据' });
  await uploadCsv(modal, 'notes.csv', '备注,负责人\n好,小王\n');
  await expect(modal.getByTestId('import-problem')).toContainText('日期');
  await expect(modal.getByRole('button', { name: /导入 0 行/ })).toBeDisabled();
  await modal.getByRole('button', { name: /取\s*消/ }).click();
  await expect(modal).toBeHidden();
});
