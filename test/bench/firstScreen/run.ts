/**
 * First-screen benchmark (printed as JSON lines, never asserted): on a browser-mode host with the sample
 * workspace, the time from navigation to
 *  - the first account card on the matrix page, and
 *  - the first calendar item on the calendar page,
 * each beside the time to load a blank page from the same host in the same run (the host's `icon.svg`,
 * a static file with no script), so a slow machine slows both sides alike. Each page is loaded from
 * about:blank in a fresh browser context (no warm cache), several times; the median is reported.
 * Targets (issue 11 §8): matrix within 600 ms of blank, calendar within 900 ms.
 * Two clocks per load, both ending when the page itself reports the element shown (a MutationObserver
 * installed before the page's scripts resolves `__firstShownAt` in the animation frame that first holds the
 * element with a size): `medianMs` is Node's, from `goto` until that report arrives; `inPageMs` is the page's,
 * from its navigation start (`performance.timeOrigin`) to that frame, and for the blank page its
 * `loadEventEnd`. Until session 11 the end was Playwright's `locator.waitFor`, whose injected selector script
 * compiles on the page's main thread while the app boots (~125 ms in a trace: work a user's app never does)
 * and whose polling backs off; those figures are not comparable with these.
 * `npm run bench:first-screen` (build first: `npx electron-vite build`). Optional: `-- <runs> [<other build>]`,
 * where `<other build>` is a folder holding another build's `out/` (for example main built in a copy): both
 * builds are then measured in the same run, interleaved, each page printed per build with after ÷ before.
 */
import type { Browser } from '@playwright/test';
import { median } from './median';
import { freshContext, withSamplePages } from './sampleHost';

const RUNS = Math.max(1, Number(process.argv[2] ?? 7));
const OTHER_BUILD = process.argv[3];

interface Timing {
  ms: number;
  inPageMs: number;
  apiCalls: Record<string, number>;
}

/**
 * Runs before the page's scripts (a string: this file is type-checked without the DOM): `__firstShownAt`
 * resolves with the frame time at which `selector` first shows with a size. The rAF of that frame runs after
 * style and before paint, so its layout is measurable there.
 */
function recordFirstFrameWith(selector: string): string {
  return `window.__firstShownAt = new Promise((resolve) => {
    const selector = ${JSON.stringify(selector)};
    let waitingFrame = false;
    const shown = () => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return box !== undefined && box.width > 0 && box.height > 0;
    };
    const observer = new MutationObserver(() => {
      if (waitingFrame || !document.querySelector(selector)) return;
      waitingFrame = true;
      requestAnimationFrame(() => {
        waitingFrame = false;
        if (!shown()) return;
        observer.disconnect();
        resolve(performance.now());
      });
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  });`;
}

/** From `goto` until `selector` is visible, in a fresh context, on both clocks; also counts API calls by method. */
async function timeTo(browser: Browser, url: string, selector: string | undefined): Promise<Timing> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    const apiCalls: Record<string, number> = {};
    page.on('request', (req) => {
      const path = new URL(req.url()).pathname;
      if (!path.startsWith('/api/')) return;
      const method = path.slice('/api/'.length);
      apiCalls[method] = (apiCalls[method] ?? 0) + 1;
    });
    await page.goto('about:blank');
    if (selector) await page.addInitScript(recordFirstFrameWith(selector));
    const start = performance.now();
    await page.goto(url, { waitUntil: selector ? 'commit' : 'load' });
    if (!selector) {
      const ms = Math.round(performance.now() - start);
      const loaded = await page.evaluate<number>(
        "performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0",
      );
      return { ms, inPageMs: Math.round(loaded), apiCalls };
    }
    // Awaiting the page's own mark, not a locator: the locator's injected script would compete with the boot.
    const shownAt = await page.evaluate<number>('window.__firstShownAt');
    const ms = Math.round(performance.now() - start);
    return { ms, inPageMs: Math.round(shownAt), apiCalls };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  await withSamplePages(async (browser, pages, host, otherPages) => {
    const labelled = (list: typeof pages, build: 'before' | 'this') =>
      list.map((p) => ({ ...p, build, figure: otherPages ? `${p.figure} (${build})` : p.figure }));
    const targets = [
      { figure: 'blank', url: `${host.origin}/icon.svg`, selector: undefined, build: 'blank' },
      ...labelled(otherPages ?? [], 'before'),
      ...labelled(pages, 'this'),
    ];
    // One unmeasured round warms the host (first SQLite reads, file system cache) for every target alike.
    for (const target of targets) await timeTo(browser, target.url, target.selector);
    const runs = new Map<string, number[]>(targets.map((t) => [t.figure, []]));
    const inPage = new Map<string, number[]>(targets.map((t) => [t.figure, []]));
    const lastCalls = new Map<string, Record<string, number>>();
    // Interleaved, so load on the shared machine falls on every target (and both builds) alike.
    for (let i = 0; i < RUNS; i++) {
      for (const target of targets) {
        const result = await timeTo(browser, target.url, target.selector);
        runs.get(target.figure)!.push(result.ms);
        inPage.get(target.figure)!.push(result.inPageMs);
        lastCalls.set(target.figure, result.apiCalls);
      }
    }
    const blank = median(runs.get('blank')!);
    const blankInPage = median(inPage.get('blank')!);
    const medians = new Map(targets.map((t) => [t.figure, median(runs.get(t.figure)!)]));
    const inPageMedians = new Map(targets.map((t) => [t.figure, median(inPage.get(t.figure)!)]));
    for (const target of targets) {
      const ms = medians.get(target.figure)!;
      const before = medians.get(target.figure.replace('(this)', '(before)'));
      console.log(
        JSON.stringify({
          figure: target.figure,
          runs: RUNS,
          medianMs: ms,
          blankMs: blank,
          overBlankMs: ms - blank,
          ratioToBlank: blank > 0 ? Math.round((ms / blank) * 100) / 100 : null,
          inPageMs: inPageMedians.get(target.figure),
          blankInPageMs: blankInPage,
          inPageOverBlankMs: inPageMedians.get(target.figure)! - blankInPage,
          ...(target.build === 'this' && otherPages
            ? {
                inPageThisOverBefore:
                  Math.round(
                    (inPageMedians.get(target.figure)! /
                      inPageMedians.get(target.figure.replace('(this)', '(before)'))!) *
                      100,
                  ) / 100,
              }
            : {}),
          ...(target.build === 'this' && otherPages && before
            ? { thisOverBefore: Math.round((ms / before) * 100) / 100 }
            : {}),
          apiCalls: lastCalls.get(target.figure),
        }),
      );
    }
  }, OTHER_BUILD);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
