/**
 * content.list, one page of a big client's month, against the raw SQL of the same page, and
 * content.calendarItems for the month against the raw month query, CPU time measured in the same process
 * (printed, never asserted): `tsx test/bench/contentListPage.ts [items]`.
 * The default 40,000 items over a year across 40 accounts is the scale bench's big client (≈ 3,300 a month).
 * A page keeps the workspace context, its weeks' tallies and the list's total until the next write, so
 * "after a write" is also measured: the first page read again right after one item's title is rewritten.
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
  const rawMonth = db.prepare(
    'SELECT * FROM content_items WHERE workspace_id = ? AND planned_at >= ? AND planned_at < ? ORDER BY planned_at',
  );
  const touch = db.prepare('UPDATE content_items SET title = title WHERE id = ?');
  const someId = (db.prepare('SELECT id FROM content_items LIMIT 1').get() as { id: string }).id;
  const times = {
    first: [] as number[],
    middle: [] as number[],
    afterWrite: [] as number[],
    raw: [] as number[],
    calendar: [] as number[],
    rawMonth: [] as number[],
  };
  const monthInput = { workspaceId: m.workspaceId, ...month };
  for (let run = 0; run < RUNS; run++) {
    times.first.push(await cpuMs(() => call(backend, 'content.list', input)));
    if (cursor) times.middle.push(await cpuMs(() => call(backend, 'content.list', { ...input, cursor })));
    touch.run(someId);
    times.afterWrite.push(await cpuMs(() => call(backend, 'content.list', input)));
    times.raw.push(await cpuMs(() => raw.all(m.workspaceId, from, to)));
    times.calendar.push(await cpuMs(() => call(backend, 'content.calendarItems', monthInput)));
    times.rawMonth.push(await cpuMs(() => rawMonth.all(m.workspaceId, from, to)));
  }
  const line = (what: string, values: number[], rawMs = median(times.raw)) =>
    values.length > 0
      ? `${what}: ${median(values).toFixed(2)} ms CPU p50 = ${(median(values) / rawMs).toFixed(1)}× raw`
      : `${what}: not measured`;
  console.log(
    `content.list, August of ${items.toLocaleString('en-US')} items (${first.total.toLocaleString('en-US')} in the month), page of 50, ${RUNS} runs`,
  );
  console.log(`raw page SQL: ${median(times.raw).toFixed(2)} ms CPU p50`);
  console.log(line('first page', times.first));
  console.log(line('page 32', times.middle));
  console.log(line('first page after a write', times.afterWrite));
  console.log(`raw month SQL: ${median(times.rawMonth).toFixed(2)} ms CPU p50`);
  console.log(line('calendarItems month', times.calendar, median(times.rawMonth)));
});
