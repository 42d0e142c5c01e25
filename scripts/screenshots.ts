// `npx tsx scripts/screenshots.ts`: regenerates the README screenshots from the sample workspace.
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { startHost } from '../test/support/webHost';

async function main(): Promise<void> {
  const host = await startHost();
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1440, height: 900 },
    });
    // Seeding the sample and first renders take far longer on a loaded machine than Playwright's 30 s default.
    page.setDefaultTimeout(180_000);
    await page.goto(host.url);
    await page.getByRole('button', { name: '打开示例工作台' }).click();
    await page.getByTestId('column-sales').getByTestId('account-card').first().waitFor();
    await page.screenshot({ path: resolve(__dirname, '../docs/screenshots/matrix-zh.png'), fullPage: true });
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Sales (销售号)' }).waitFor();
    await page.screenshot({ path: resolve(__dirname, '../docs/screenshots/matrix-en.png'), fullPage: true });
    await page.getByText('中文', { exact: true }).click();

    const workspaceId = /#\/w\/([^/]+)\//.exec(page.url())?.[1] ?? '';
    const pages: [string, string][] = [
      ['calendar', 'calendar'],
      ['match', 'match'],
      ['performance', 'forecast'],
      ['offers', 'offers'],
      ['deliverables', 'deliverables'],
      ['creators', 'creators'],
      ['advisor', 'advisor'],
      ['live', 'live'],
      ['approvals', 'approvals'],
      ['portfolio', 'portfolio'],
      ['report', 'report'],
      ['data', 'backups'],
    ];
    for (const [section, file] of pages) {
      await page.goto(`${host.url}#/w/${workspaceId}/${section}`);
      await page.waitForLoadState('networkidle');
      // Charts animate in; give them a moment to settle before the picture.
      await page.waitForTimeout(1500);
      await page.screenshot({ path: resolve(__dirname, `../docs/screenshots/${file}-zh.png`) });
    }
  } finally {
    await browser.close();
    await host.dispose();
  }
}

void main();
