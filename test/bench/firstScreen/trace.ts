/**
 * Where the first screen's time goes (issue 11 §8): one matrix load and one calendar load, each traced with
 * Chrome's timeline categories in a fresh context, split into
 *  - downloads (HTML, each script chunk, each API call: request start → response end, from Resource Timing),
 *  - main-thread work by kind (script compile/evaluate per chunk, other JS (React render/commit, i18n, antd
 *    style injection), style/layout, paint), summed over the top-level tasks of the renderer's main thread,
 *  - idle main thread (waiting on the network).
 * Printed as one JSON object per page; never asserted. `npx tsx test/bench/firstScreen/trace.ts` after
 * `npx electron-vite build`. With `-- <other build> [rounds]` (a folder holding another build's `out/`), both
 * builds are traced in turn, `rounds` times (default 3), and each page prints the medians of main-thread busy
 * time and of each kind of work per build, so a change's cost is compared in CPU time rather than in wall time
 * on a loaded machine.
 */
import type { Browser } from '@playwright/test';
import { median } from './median';
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

/** Medians over rounds of one page's traced loads: time to visible, busy time and each kind of work. */
type TracedLoad = Awaited<ReturnType<typeof traceLoad>>;

function medians(results: TracedLoad[]) {
  const kinds = new Set(results.flatMap((r) => Object.keys(r.mainThread.selfMsByKind)));
  return {
    visibleMs: median(results.map((r) => r.visibleMs)),
    busyMs: median(results.map((r) => r.mainThread.busyMs)),
    selfMsByKind: Object.fromEntries(
      [...kinds].map((k) => [k, median(results.map((r) => r.mainThread.selfMsByKind[k] ?? 0))]),
    ),
  };
}

async function main(): Promise<void> {
  const [otherBuild, rounds] = [process.argv[2], Math.max(1, Number(process.argv[3] ?? 3))];
  await withSamplePages(async (browser, pages, _host, otherPages) => {
    // One unmeasured round warms the host and the file system cache alike for both pages.
    for (const target of pages) await traceLoad(browser, target.url, target.selector);
    if (!otherPages) {
      for (const target of pages) {
        const result = await traceLoad(browser, target.url, target.selector);
        console.log(JSON.stringify({ figure: target.figure, ...result }, null, 1));
      }
      return;
    }
    for (const target of otherPages) await traceLoad(browser, target.url, target.selector);
    for (const [i, target] of pages.entries()) {
      const before = otherPages[i]!;
      const runs: Record<'before' | 'this', TracedLoad[]> = { before: [], this: [] };
      for (let round = 0; round < rounds; round++) {
        runs.before.push(await traceLoad(browser, before.url, before.selector));
        runs.this.push(await traceLoad(browser, target.url, target.selector));
      }
      console.log(
        JSON.stringify({
          figure: target.figure,
          rounds,
          before: medians(runs.before),
          this: medians(runs.this),
        }),
      );
    }
  }, otherBuild);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
