/**
 * First render of the heavy pages in browser mode on the generated database: the big client against the
 * small one, in the same run. "Rendered" = the last API answer the page waited for, once the network has
 * been idle (Playwright's networkidle) and no spinner is left.
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../support/chromium';
import { startHost } from '../../support/webHost';
import { percentile, type Figure } from './measure';

const pages = ['matrix', 'calendar', 'creators', 'offers', 'match'] as const;

async function firstRender(page: Page, url: string): Promise<{ ms: number; apiBytes: number }> {
  let lastApiEnd = 0;
  let apiBytes = 0;
  const onResponse = async (response: import('@playwright/test').Response) => {
    if (!response.url().includes('/api/')) return;
    try {
      apiBytes += (await response.body()).length;
    } catch {
      // the page navigated away; the size of that answer does not matter
    }
    lastApiEnd = performance.now();
  };
  page.on('response', onResponse);
  const start = performance.now();
  await page.goto(url);
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached', timeout: 120_000 })
    .catch(() => undefined);
  page.off('response', onResponse);
  return { ms: Math.round((lastApiEnd || performance.now()) - start), apiBytes };
}

export async function measurePages(
  dataDir: string,
  clients: { big: string; small: string },
  runsPerPage = 3,
): Promise<Figure[]> {
  const host = await startHost(dataDir, 600_000);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const figures: Figure[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(host.url); // stores the token
    for (const name of pages) {
      const out: Figure = { figure: `page ${name}` };
      // Big and small alternate run by run, so a burst of load on the shared machine falls on both.
      const runs = new Map<string, { ms: number; apiBytes: number }[]>();
      for (let i = 0; i < runsPerPage; i++) {
        for (const [label, workspaceId] of Object.entries(clients)) {
          await page.goto('about:blank');
          const run = await firstRender(
            page,
            `${host.origin}/?token=${host.token}#/w/${workspaceId}/${name}`,
          );
          runs.set(label, [...(runs.get(label) ?? []), run]);
        }
      }
      for (const [label, measured] of runs) {
        out[label] = {
          p50: percentile(
            measured.map((r) => r.ms),
            50,
          ),
          runsMs: measured.map((r) => r.ms),
          apiBytes: measured.at(-1)?.apiBytes ?? 0,
        };
      }
      const big = out['big'] as { p50: number };
      const small = out['small'] as { p50: number };
      out['bigToSmall'] = small.p50 > 0 ? Math.round((big.p50 / small.p50) * 100) / 100 : null;
      figures.push(out);
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  return figures;
}
