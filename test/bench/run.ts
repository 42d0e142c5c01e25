/**
 * `npm run bench`: runs every domain's benchmark module in turn and prints their figures; the last line is
 * one JSON object keyed by domain for CI to parse. Figures are printed, never asserted.
 * To add a domain, export `run<Domain>Bench(): Promise<object>` from test/bench/<domain>.ts and list it here.
 * (The forecast benchmark is its own script: `npm run bench:forecast`.)
 */
import { runContentBench } from './content';
import { runAdvisorBench } from './advisor';
import { runApprovalsBench } from './approvals';

const benches: { name: string; run: () => Promise<object> }[] = [
  { name: 'content', run: runContentBench },
  { name: 'advisor', run: runAdvisorBench },
  { name: 'approvals', run: runApprovalsBench },
];

async function main(): Promise<void> {
  const figures: Record<string, object> = {};
  for (const bench of benches) {
    console.log(`\n== ${bench.name} ==`);
    figures[bench.name] = await bench.run();
  }
  console.log(JSON.stringify(figures));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
