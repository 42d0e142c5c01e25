/**
 * Where the first screen's time goes (issue 11 §8): one matrix load and one calendar load, each traced with
 * Chrome's timeline categories in a fresh context, split into
 *  - downloads (HTML, each script chunk, each API call: request start → response end, from Resource Timing),
 *  - main-thread work by kind (script compile/evaluate per chunk, other JS (React render/commit, i18n, antd
 *    style injection), style/layout, paint), summed over the top-level tasks of the renderer's main thread,
 *  - idle main thread (waiting on the network).
 * Printed as one JSON object per page; never asserted. `npx tsx test/bench/firstScreen/trace.ts` after
 * `npx electron-vite build`.
 */
import type { Browser } from '@playwright/test';
import { freshContext, withSamplePages } from './sampleHost';
import { summariseTrace, type TraceEvent } from './traceSummary';

interface ResourceRow {
  name: string;
  startMs: number;
  endMs: number;
  kB: number;
}

async function traceLoad(browser: Browser, url: string, selector: string) {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    await browser.startTracing(page, {
      categories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'blink.user_timing',
        'loading',
      ],
    });
    const start = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 60_000 });
    const visibleMs = Math.round(performance.now() - start);
    const raw = (await browser.stopTracing()).toString('utf8');
    if (process.env['TRACE_OUT'])
      (await import('node:fs')).writeFileSync(`${process.env['TRACE_OUT']}-${selector.length}.json`, raw);
    const trace = JSON.parse(raw) as { traceEvents: TraceEvent[] };
    const resources = await page.evaluate((): ResourceRow[] => {
      // Resource Timing as the page saw it (typed here: this tsconfig has no DOM library).
      interface Entry {
        name: string;
        startTime: number;
        responseEnd: number;
        encodedBodySize: number;
        transferSize: number;
      }
      const timing = performance as unknown as { getEntriesByType(type: string): Entry[] };
      const nav = timing.getEntriesByType('navigation')[0];
      const rows: ResourceRow[] = nav
        ? [{ name: 'document', startMs: 0, endMs: nav.responseEnd, kB: nav.transferSize / 1024 }]
        : [];
      for (const e of timing.getEntriesByType('resource')) {
        const path = new URL(e.name).pathname;
        rows.push({ name: path, startMs: e.startTime, endMs: e.responseEnd, kB: e.encodedBodySize / 1024 });
      }
      return rows;
    });
    return {
      visibleMs,
      resources: resources.map(
        (r) => `${r.name} ${Math.round(r.startMs)}→${Math.round(r.endMs)} ms ${Math.round(r.kB)} KB`,
      ),
      mainThread: summariseTrace(trace.traceEvents),
    };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  await withSamplePages(async (browser, pages) => {
    // One unmeasured round warms the host and the file system cache alike for both pages.
    for (const target of pages) await traceLoad(browser, target.url, target.selector);
    for (const target of pages) {
      const result = await traceLoad(browser, target.url, target.selector);
      console.log(JSON.stringify({ figure: target.figure, ...result }, null, 1));
    }
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
