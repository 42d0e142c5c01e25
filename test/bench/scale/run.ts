/**
 * `npm run bench:scale [-- --seed 13 --scale 1 --no-pages | --pages-only --page-runs 3 --import-rows 500000]`
 *   `[--figures <figure,…>] [--no-import]` to measure part of the table on a busy machine (figures are the
 *   method cases' names, `first calls`, `workspace delete`, `forecast all`)
 *   `[--import-only --import-runs 3]` measures only the import throughput (no agency database needed)
 *
 * Builds (once, cached under $MATRIXDESK_BENCH_DIR or the temp folder) the agency database of issue 13
 * and prints every figure of its table as one JSON line each: method latency p50/p95 on the big and the
 * small client beside raw SQL, response sizes, import throughput vs a raw upsert, "forecast all" vs the
 * forecasts themselves, start-up vs a small database, peak RSS, and Playwright first-render timings.
 * Figures are printed, never asserted.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openBackend, DB_FILE_NAME } from '../../../electron/backend/app';
import { methodCases } from './cases';
import { ensureAgency, agencyShape } from './generate';
import { measureAfterWrite } from './afterWrite';
import { measureImport } from './importBench';
import { measureMethod, percentile, type Figure } from './measure';
import { measurePages } from './pages';
import { measureFirstCalls, measureWorkspaceDelete } from './firstCalls';
import { measureForecastAll, useBuiltJobWorker } from './forecastAll';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const print = (figure: Figure) => console.log(JSON.stringify(figure));
const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

async function startup(dataDir: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const b = await openBackend(dataDir);
    await b.router('workspaces.list', {});
    times.push(Math.round(performance.now() - t0));
    b.close();
  }
  return times;
}

async function main(): Promise<void> {
  const seed = Number(arg('seed', '13'));
  const scale = Number(arg('scale', '1'));
  const importRows = Number(arg('import-rows', String(Math.max(20_000, Math.round(500_000 * scale)))));
  const withPages = !process.argv.includes('--no-pages');
  useBuiltJobWorker();
  if (process.argv.includes('--import-only')) {
    for (let run = 0; run < Number(arg('import-runs', '1')); run++)
      for (const figure of await measureImport(importRows)) print({ ...figure, run });
    return;
  }
  console.error(`bench:scale seed=${seed} scale=${scale} shape=${JSON.stringify(agencyShape(scale))}`);

  const agency = await ensureAgency(seed, scale, (line) => console.error(line));
  const small = await ensureAgency(seed, Math.min(scale, 0.02), (line) => console.error(line));
  print({
    figure: 'database',
    seed,
    scale,
    megabytes: Math.round(agency.bytes / 1024 / 1024),
    generatedNow: agency.generatedNow,
    generateSeconds: Math.round(agency.seconds),
    referenceMegabytes: Math.round(statSync(join(small.dataDir, DB_FILE_NAME)).size / 1024 / 1024),
  });

  const pagesOnly = process.argv.includes('--pages-only');
  const pageRuns = Number(arg('page-runs', '3'));
  if (pagesOnly) {
    for (const figure of await measurePages(
      agency.dataDir,
      { big: agency.bigWorkspaceId, small: agency.smallWorkspaceId },
      pageRuns,
    ))
      print(figure);
    return;
  }
  const bigStart = await startup(agency.dataDir);
  const smallStart = await startup(small.dataDir);
  print({
    figure: 'start-up',
    bigMs: bigStart,
    referenceMs: smallStart,
    ratio: Math.round((percentile(bigStart, 50) / percentile(smallStart, 50)) * 100) / 100,
  });

  // Memory of a page pass alone, in a fresh process (before this process holds anything).
  print(
    JSON.parse(
      execFileSync(
        process.execPath,
        ['--import', 'tsx', join(__dirname, 'memoryPass.ts'), agency.dataDir, agency.bigWorkspaceId],
        { encoding: 'utf8' },
      ).trim(),
    ) as Figure,
  );

  const clients = { big: agency.bigWorkspaceId, small: agency.smallWorkspaceId };
  // `--figures offers.list,match.forProduct` measures only those (a shared machine is slow; exports take minutes).
  const only = arg('figures', '');
  const wanted = (figure: string) => !only || only.split(',').includes(figure);
  if (wanted('first calls'))
    for (const figure of await measureFirstCalls(agency.dataDir, clients)) print(figure);
  if (wanted('workspace delete')) print(await measureWorkspaceDelete(agency.dataDir, clients.small));

  const rssBefore = rssMb();
  const b = await openBackend(agency.dataDir);
  try {
    const chosen = only ? methodCases.filter((c) => only.split(',').includes(c.figure)) : methodCases;
    for (const c of chosen) print(await measureMethod(b, c, clients));
    if (wanted('offers.list') || wanted('match.forProduct'))
      print(await measureAfterWrite(b, agency.bigWorkspaceId));
    if (wanted('forecast all')) print(await measureForecastAll(b, agency.bigWorkspaceId));
  } finally {
    b.close();
  }
  print({
    figure: 'memory',
    rssBeforeMb: rssBefore,
    rssAfterMethodsMb: rssMb(),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  });

  if (!process.argv.includes('--no-import'))
    for (const figure of await measureImport(importRows)) print(figure);
  print({
    figure: 'memory after import',
    rssMb: rssMb(),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  });

  if (withPages) {
    try {
      for (const figure of await measurePages(
        agency.dataDir,
        { big: agency.bigWorkspaceId, small: agency.smallWorkspaceId },
        pageRuns,
      ))
        print(figure);
    } catch (err) {
      print({
        figure: 'pages',
        error: err instanceof Error ? err.message : String(err),
        hint: 'run `npx electron-vite build` first',
      });
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
