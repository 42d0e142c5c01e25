/**
 * Where the first screen's JavaScript time goes (issue 11 §8), by function: the renderer is sampled with the
 * DevTools CPU profiler (CDP `Profiler`, 100 µs) from navigation until the first account card (or calendar
 * item) is visible, in a fresh context, `rounds` times; self time is summed per function and per script
 * URL (and, in a build made with `MATRIXDESK_MINIFY=0`, per bundled module and package: rolldown marks each
 * module's code with a `// <path>` line). Printed, never asserted.
 * `npx tsx test/bench/firstScreen/profile.ts [matrix|calendar] [rounds] [top] [other build]` after
 * `npx electron-vite build`; with `<other build>` (a folder holding another build's `out/`, for example one built
 * with `MATRIXDESK_MINIFY=0`) that build is profiled instead.
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

const [pageArg = 'matrix', roundsArg = '3', topArg = '40', otherBuild] = process.argv.slice(2);

async function profileLoad(browser: Browser, url: string, selector: string) {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const start = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 60_000 });
    const visibleMs = performance.now() - start;
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    // Each script's text, to name bundled modules by their `//#region` markers (unminified builds only).
    const urls = [...new Set(profile.nodes.map((n) => n.callFrame.url).filter((u) => u.startsWith('http')))];
    const sources = new Map<string, string>();
    for (const u of urls) sources.set(u, await (await fetch(u)).text().catch(() => ''));
    return { visibleMs, profile, sources };
  } finally {
    await context.close();
  }
}

/** The bundled module enclosing each line of a script (unminified builds mark each module with `// <path>`). */
function moduleIndex(source: string): (line: number) => string | undefined {
  const moduleAt: (string | undefined)[] = [];
  let current: string | undefined;
  for (const line of source.split('\n')) {
    // Packages reached through a symlinked node_modules are named by their real path (`../../x/node_modules/…`).
    const marker =
      /^\/\/ ((?:\.\.\/)*(?:[\w.-]+\/)*?(?:node_modules|renderer|shared)\/\S+\.[cm]?[jt]sx?)$/.exec(line);
    if (marker) current = marker[1];
    moduleAt.push(current);
  }
  return (line) => moduleAt[line];
}

/** Folds a module path into its package and folder, e.g. `antd/es/menu` or `renderer/src/app`. */
function packageOf(module: string): string {
  const nm = module.lastIndexOf('node_modules/');
  if (nm < 0) return module.split('/').slice(0, 3).join('/');
  const parts = module.slice(nm + 'node_modules/'.length).split('/');
  const nameLength = parts[0]!.startsWith('@') ? 2 : 1;
  const inEs = ['es', 'lib', 'dist'].includes(parts[nameLength] ?? '');
  return parts.slice(0, nameLength + (inEs ? 2 : 0)).join('/');
}

function add(map: Map<string, number>, key: string, ms: number) {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function top(map: Map<string, number>, n: number, rounds: number) {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `${(ms / rounds).toFixed(1).padStart(7)} ms  ${k}`);
}

async function main(): Promise<void> {
  const rounds = Math.max(1, Number(roundsArg));
  const n = Math.max(1, Number(topArg));
  await withSamplePages(async (browser, ownPages, _host, otherPages) => {
    const pages = otherPages ?? ownPages;
    const target = pages.find((p) => p.figure.startsWith(pageArg)) ?? pages[0]!;
    await profileLoad(browser, target.url, target.selector); // warms the host and the file system cache
    const byFunction = new Map<string, number>();
    const byUrl = new Map<string, number>();
    const byModule = new Map<string, number>();
    const byPackage = new Map<string, number>();
    const visible: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const { visibleMs, profile, sources } = await profileLoad(browser, target.url, target.selector);
      if (process.env['PROFILE_OUT'])
        (await import('node:fs')).writeFileSync(
          `${process.env['PROFILE_OUT']}-${round}.cpuprofile`,
          JSON.stringify(profile),
        );
      visible.push(Math.round(visibleMs));
      const regions = new Map([...sources].map(([u, s]) => [u, moduleIndex(s)]));
      const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
      profile.samples.forEach((id, i) => {
        const node = nodes.get(id)!;
        const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        const { functionName, url, lineNumber, columnNumber } = node.callFrame;
        const file = url ? url.split(/[/?#]/).filter(Boolean).pop()! : `(${functionName || 'native'})`;
        if (
          functionName === '(idle)' ||
          functionName === '(program)' ||
          functionName === '(garbage collector)'
        ) {
          add(byUrl, functionName, ms);
          return;
        }
        const module = regions.get(url)?.(lineNumber);
        add(
          byFunction,
          `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}${module ? ` [${module}]` : ''}`,
          ms,
        );
        add(byUrl, file, ms);
        if (module) {
          add(byModule, module, ms);
          add(byPackage, packageOf(module), ms);
        }
      });
    }
    console.log(
      `${target.figure}: visible after ${visible.join(', ')} ms; self time per round (mean of ${rounds}):`,
    );
    console.log('\nby script\n' + top(byUrl, n, rounds).join('\n'));
    if (byPackage.size) console.log('\nby package\n' + top(byPackage, n, rounds).join('\n'));
    if (byModule.size) console.log('\nby module\n' + top(byModule, n, rounds).join('\n'));
    console.log('\nby function\n' + top(byFunction, n, rounds).join('\n'));
  }, otherBuild);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
