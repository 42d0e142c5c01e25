/**
 * `npx tsx test/bench/scale/forecastPlanned.ts <data dir of a bench:scale database> [runs] [forecast-all runs]`
 *
 * forecasts.run with and without planned content on the account with the most content items of the
 * busiest workspace, interleaved, through the router: this process's CPU time p50 of each and their ratio
 * (the issue 13 target is ≤ 2×), the same right after a plan edit (the account's past is kept) and right
 * after each kind of change to a published item (re-dated, set back and published again, retagged: the past
 * is rebuilt, rereading that item's targets at most), plus a digest of the planned run so two builds can be compared for equal
 * values. Printed, never asserted. Point two builds at two copies of the same database (a build refuses a
 * database migrated past it). Then "forecast all" on that workspace against its forecasts one by one
 * (`forecastAll.ts`; 0 runs skips it).
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { openBackend, type Backend } from '../../../electron/backend/app';
import { measureForecastAll, useBuiltJobWorker } from './forecastAll';

const [dataDir, runsArg, allRunsArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: forecastPlanned.ts <data dir> [runs]');
const runs = Number(runsArg ?? 15);
const allRuns = Number(allRunsArg ?? 3);

async function main() {
  useBuiltJobWorker();
  const b = await openBackend(dataDir!);
  const db = b.context.db;
  const one = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { id: string }).id;
  const ws = one(
    'SELECT workspace_id AS id FROM content_items GROUP BY workspace_id ORDER BY COUNT(*) DESC LIMIT 1',
  );
  const accountId = one(
    `SELECT a.id FROM accounts a WHERE a.workspace_id = ? AND a.role = 'sales' AND a.archived_at IS NULL
     ORDER BY (SELECT COUNT(*) FROM content_items c WHERE c.account_id = a.id) DESC LIMIT 1`,
    ws,
  );
  const input = (includePlanned: boolean) => ({
    accountId,
    metric: 'views',
    horizon: 30,
    includePlanned,
    save: false,
  });
  const cpu = async (includePlanned: boolean) => {
    const c0 = process.cpuUsage();
    const r = await b.router('forecasts.run', input(includePlanned));
    if (!r.ok) throw new Error(r.error.message);
    const used = process.cpuUsage(c0);
    return (used.user + used.system) / 1000;
  };
  // Kinds of write between calls (`kinds` below). A plan edit (an item of the plan renamed) is what the
  // account's past (forecasts/accountPast.ts) is not built from: kept since migration 0420. A change to a
  // published item is what it is built from: rebuilt, since 0430 rereading only that item's targets. Every
  // write is undone after the runs, so the database stays as it was for the next build.
  const horizonItem = db
    .prepare(
      `SELECT id, title FROM content_items WHERE account_id = ? AND status NOT IN ('published', 'cancelled')
       ORDER BY planned_at DESC LIMIT 1`,
    )
    .get(accountId) as { id: string; title: string };
  const publishedItem = db
    .prepare(
      `SELECT id, planned_at FROM content_items WHERE account_id = ? AND status = 'published'
         AND format <> 'live' AND EXISTS (SELECT 1 FROM content_item_tags t WHERE t.item_id = content_items.id)
       ORDER BY planned_at DESC LIMIT 1`,
    )
    .get(accountId) as { id: string; planned_at: string };
  const setTitle = db.prepare('UPDATE content_items SET title = ? WHERE id = ?');
  const setPlannedAt = db.prepare('UPDATE content_items SET planned_at = ?, planned_end_at = ? WHERE id = ?');
  const setStatus = db.prepare('UPDATE content_items SET status = ? WHERE id = ?');
  const firstTag = db
    .prepare('SELECT tag FROM content_item_tags WHERE item_id = ? ORDER BY position LIMIT 1')
    .get(publishedItem.id) as { tag: string } | undefined;
  const setTag = db.prepare('UPDATE content_item_tags SET tag = ? WHERE item_id = ? AND tag = ?');
  // A tag of a product the account's items link (the workspace's note: every item's targets are reread).
  const productTag = db
    .prepare(
      `SELECT pt.product_id, pt.tag FROM content_items c JOIN content_item_products l ON l.item_id = c.id
         JOIN product_tags pt ON pt.product_id = l.product_id
       WHERE c.account_id = ? AND c.status = 'published' LIMIT 1`,
    )
    .get(accountId) as { product_id: string; tag: string } | undefined;
  const setProductTag = db.prepare('UPDATE product_tags SET tag = ? WHERE product_id = ? AND tag = ?');
  let productTagNow = productTag?.tag;
  let writes = 0;
  let tag = firstTag?.tag;
  // Each kind of write, undone by the next of its kind (the database ends as it started).
  const kinds: Record<string, () => void> = {
    // The plan: not what the past is built from (kept since 0420).
    afterPlanEdit: () => setTitle.run(`${horizonItem.title} ${++writes}`, horizonItem.id),
    // A published item re-dated by a millisecond: the past is rebuilt, no item's targets reread (0430).
    afterPastWrite: () => {
      const at = new Date(Date.parse(publishedItem.planned_at) + (++writes % 2)).toISOString();
      setPlannedAt.run(at, at, publishedItem.id);
    },
    // A published item set back and published again: rebuilt, that item's targets reread.
    afterRepublish: () => {
      setStatus.run('scheduled', publishedItem.id);
      setStatus.run('published', publishedItem.id);
    },
    // A published item's first tag rewritten: rebuilt, that item's targets reread.
    afterRetag: () => {
      if (tag === undefined) return;
      const next = tag.endsWith('*') ? tag.slice(0, -1) : `${tag}*`;
      setTag.run(next, publishedItem.id, tag);
      tag = next;
    },
    // A linked product's tag rewritten: rebuilt, every item's targets reread.
    afterProductTag: () => {
      if (!productTag || productTagNow === undefined) return;
      const next = productTagNow.endsWith('*') ? productTagNow.slice(0, -1) : `${productTagNow}*`;
      setProductTag.run(next, productTag.product_id, productTagNow);
      productTagNow = next;
    },
  };
  const planned = await runValue(b, input(true));
  await cpu(false);
  const without: number[] = [];
  const withPlanned: number[] = [];
  const after = Object.fromEntries(
    Object.keys(kinds).map((k) => [k, { without: [] as number[], with: [] as number[] }]),
  );
  for (let i = 0; i < runs; i++) {
    without.push(await cpu(false));
    withPlanned.push(await cpu(true));
    for (const [kind, write] of Object.entries(kinds)) {
      write();
      after[kind]!.without.push(await cpu(false));
      write();
      after[kind]!.with.push(await cpu(true));
    }
  }
  setTitle.run(horizonItem.title, horizonItem.id);
  setPlannedAt.run(publishedItem.planned_at, publishedItem.planned_at, publishedItem.id);
  if (firstTag && tag !== firstTag.tag) setTag.run(firstTag.tag, publishedItem.id, tag);
  if (productTag && productTagNow !== productTag.tag)
    setProductTag.run(productTag.tag, productTag.product_id, productTagNow);
  const p50 = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
  const ratio = (a: number[], b: number[]) => Math.round((p50(a) / p50(b)) * 100) / 100;
  console.log(
    JSON.stringify({
      figure: 'forecasts.run with ÷ without planned content',
      accountId,
      plannedItems: planned.plannedItems,
      digest: planned.digest,
      withoutCpuP50: p50(without),
      withCpuP50: p50(withPlanned),
      ratio: ratio(withPlanned, without),
      ...Object.fromEntries(
        Object.entries(after).map(([kind, runs]) => [
          kind,
          {
            withoutCpuP50: p50(runs.without),
            withCpuP50: p50(runs.with),
            ratio: ratio(runs.with, runs.without),
          },
        ]),
      ),
      load: loadavg().map((l) => Math.round(l * 100) / 100),
    }),
  );
  if (allRuns > 0) console.log(JSON.stringify(await measureForecastAll(b, ws, allRuns)));
  b.close();
}

/** The planned run's values without its creation time, hashed: equal digests mean equal forecasts. */
async function runValue(b: Backend, input: Record<string, unknown>) {
  const r = await b.router('forecasts.run', input);
  if (!r.ok) throw new Error(r.error.message);
  const { createdAt: _createdAt, ...values } = r.value as { createdAt: string; planned: unknown[] };
  return {
    plannedItems: values.planned.length,
    digest: createHash('sha1').update(JSON.stringify(values)).digest('hex'),
  };
}

void main();
