/**
 * Where the first screen's JavaScript time goes, by function (issue 11 §8): each page is loaded in a fresh
 * context with Chrome's sampling CPU profiler on (CDP `Profiler`), stopped when the first card / item shows,
 * and the self time of every function is summed over `rounds` loads. Printed as one JSON object per page and
 * build (the heaviest functions, with their chunk and position so a minified name can be looked up); never
 * asserted. `npx tsx test/bench/firstScreen/profile.ts [rounds] [<other build>]` after `npx electron-vite build`.
 */
import type { Browser } from '@playwright/test';
import { freshContext, withSamplePages } from './sampleHost';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const TOP = 25;

/** Self time (ms) per function of one profile, keyed by name and place. */
function selfTimes(profile: Profile, into: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    into.set(key, (into.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
}

async function profileLoad(browser: Browser, url: string, selector: string, into: Map<string, number>) {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const start = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 60_000 });
    const visibleMs = Math.round(performance.now() - start);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    selfTimes(profile, into);
    return visibleMs;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const rounds = Math.max(1, Number(process.argv[2] ?? 3));
  const otherBuild = process.argv[3];
  await withSamplePages(async (browser, pages, _host, otherPages) => {
    const builds = [
      ...(otherPages ? [{ build: 'before', pages: otherPages }] : []),
      { build: 'this', pages },
    ];
    for (const target of pages.keys()) {
      for (const { build, pages: list } of builds) {
        const page = list[target]!;
        const times = new Map<string, number>();
        const visible: number[] = [];
        for (let r = 0; r < rounds; r++)
          visible.push(await profileLoad(browser, page.url, page.selector, times));
        const total = [...times.values()].reduce((a, b) => a + b, 0);
        const top = [...times].sort((a, b) => b[1] - a[1]).slice(0, TOP);
        console.log(
          JSON.stringify({
            figure: page.figure,
            build,
            rounds,
            visibleMs: visible,
            sampledMsPerLoad: Math.round(total / rounds),
            topSelfMsPerLoad: top.map(([fn, ms]) => [fn, Math.round((ms / rounds) * 10) / 10]),
          }),
        );
      }
    }
  }, otherBuild);
}

void main();
