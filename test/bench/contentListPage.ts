/**
 * content.list, one page of a big client's month, against the raw SQL of the same page, CPU time measured in
 * the same process (printed, never asserted): `tsx test/bench/contentListPage.ts [items]`.
 * The default 40,000 items over a year across 40 accounts is the scale bench's big client (≈ 3,300 a month).
 */
import { call, percentile } from './support';
import { createMatrix, seedItems } from './content';
import { withTempBackend } from './tempBackend';

const RUNS = 15;
const items = Number(process.argv[2] ?? 40_000);
const month = { from: '2025-08-01T00:00:00+08:00', to: '2025-09-01T00:00:00+08:00' };

/** CPU milliseconds (user + system) of `run`: on a shared machine wall time is mostly waiting for a core. */
async function cpuMs(run: () => Promise<unknown> | unknown): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

void withTempBackend('content-list-page', async (backend) => {
  const m = await createMatrix(backend, '内容分页基准');
  seedItems(backend, m, items);
  const db = backend.context.db;
  db.pragma('optimize');
  const input = { workspaceId: m.workspaceId, ...month, limit: 50 };
  const first = await call<{ total: number; nextCursor: string | null }>(backend, 'content.list', input);
  // A page from the middle of the month: its neighbours are on both sides.
  let cursor = first.nextCursor;
  for (let i = 0; i < 30 && cursor; i++) {
    cursor = (await call<{ nextCursor: string | null }>(backend, 'content.list', { ...input, cursor }))
      .nextCursor;
  }
  const raw = db.prepare(
    'SELECT * FROM content_items WHERE workspace_id = ? AND planned_at >= ? AND planned_at < ? ORDER BY planned_at LIMIT 51',
  );
  const from = new Date(month.from).toISOString();
  const to = new Date(month.to).toISOString();
  const times = { first: [] as number[], middle: [] as number[], raw: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    times.first.push(await cpuMs(() => call(backend, 'content.list', input)));
    if (cursor) times.middle.push(await cpuMs(() => call(backend, 'content.list', { ...input, cursor })));
    times.raw.push(await cpuMs(() => raw.all(m.workspaceId, from, to)));
  }
  const rawMs = median(times.raw);
  const line = (what: string, values: number[]) =>
    values.length > 0
      ? `${what}: ${median(values).toFixed(2)} ms CPU p50 = ${(median(values) / rawMs).toFixed(1)}× raw`
      : `${what}: not measured`;
  console.log(
    `content.list, August of ${items.toLocaleString('en-US')} items (${first.total.toLocaleString('en-US')} in the month), page of 50, ${RUNS} runs`,
  );
  console.log(`raw page SQL: ${rawMs.toFixed(2)} ms CPU p50`);
  console.log(line('first page', times.first));
  console.log(line('page 32', times.middle));
});
