import { chromium, request as playwrightRequest, type Browser, type BrowserContext } from '@playwright/test';
import { chromiumLaunchOptions } from '../../support/chromium';
import { startHost, type RunningHost } from '../../support/webHost';

interface PageTarget {
  figure: string;
  url: string;
  selector: string;
}

async function loadSample(host: RunningHost): Promise<string> {
  const api = await playwrightRequest.newContext();
  try {
    const res = await api.post(`${host.origin}/api/workspaces.loadSample`, {
      headers: { Authorization: `Bearer ${host.token}` },
      data: {},
    });
    const body = (await res.json()) as { ok: boolean; value?: { id: string } };
    if (!body.ok || !body.value) throw new Error(`workspaces.loadSample failed: ${JSON.stringify(body)}`);
    return body.value.id;
  } finally {
    await api.dispose();
  }
}

/** A fresh context, as a user's first visit: zh-CN, Shanghai time, 1440×900, no motion, nothing cached. */
export function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'reduce',
  });
}

/** The two first screens of a host with the sample workspace loaded. */
async function samplePages(host: RunningHost): Promise<PageTarget[]> {
  const workspaceId = await loadSample(host);
  const app = (route: string) =>
    `${host.origin}/?token=${encodeURIComponent(host.token)}#/w/${workspaceId}/${route}`;
  return [
    { figure: 'matrix first account card', url: app('matrix'), selector: '[data-testid="account-card"]' },
    { figure: 'calendar first item', url: app('calendar'), selector: '[data-testid="calendar-item"]' },
  ];
}

/**
 * Starts a browser-mode host with the sample workspace and a browser, runs `measure` on the two first
 * screens (the matrix page's first account card, the calendar's first item), then closes both.
 * With `otherBuild` (a folder holding another build's `out/`), a second host serves that build with its own
 * sample, so one run measures both builds under the same load; its pages come as `otherPages`.
 */
export async function withSamplePages(
  measure: (
    browser: Browser,
    pages: PageTarget[],
    host: RunningHost,
    otherPages?: PageTarget[],
  ) => Promise<void>,
  otherBuild?: string,
): Promise<void> {
  const host = await startHost();
  const other = otherBuild ? await startHost(undefined, undefined, otherBuild) : undefined;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await measure(browser, await samplePages(host), host, other && (await samplePages(other)));
  } finally {
    await browser.close();
    await host.dispose();
    await other?.dispose();
  }
}
