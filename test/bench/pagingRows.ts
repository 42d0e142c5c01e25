/**
 * Paging bench (issue 13): the calendar's deliverables payload for one month of a big client, before (the
 * workspace's every deliverable, as deliverables.list returned them) and after (deliverables.calendar for
 * the month); the deliverables tracker's pages and counts (and the raw count through the offers vs the
 * deliverables' own workspace column, migration 0250); and metrics.rows page latency against the raw SQL of
 * the same page. Printed, never asserted.
 *
 *   npx tsx test/bench/pagingRows.ts [offers=2000] [metricRows=200000]
 */
import type { Backend } from '../../electron/backend/app';
import type { Db } from '../../electron/backend/db/types';
import { call, percentile } from './support';
import { withTempBackend } from './tempBackend';
import { creatorInput, offerInput } from '../support/offers';

const offers = Number(process.argv[2] ?? 2000);
const metricRows = Number(process.argv[3] ?? 200_000);
const DAY = 86_400_000;
const RUNS = 15;

async function timed(fn: () => unknown): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: +percentile(samples, 50).toFixed(2), p95: +percentile(samples, 95).toFixed(2) };
}

const columnsOf = (db: Db, table: string) =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

/** Copies a row `n` times with new ids and the given overrides (column → SQL expression over `src`). */
function cloneStatement(db: Db, table: string, overrides: Record<string, string>) {
  const columns = columnsOf(db, table);
  const values = columns.map((c) => overrides[c] ?? `src.${c}`);
  return db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM ${table} src WHERE src.id = @id`,
  );
}

/** One real accepted offer (two backends, files, verification), then `offers - 1` copies spread over a year. */
async function seedDeliverables(b: Backend): Promise<string> {
  const brand = await call<{ id: string }>(b, 'workspaces.create', {
    name: '大客户',
    industry: 'beauty_personal_care',
  });
  const account = (role: string, handle: string) =>
    call<{ id: string }>(b, 'accounts.create', { workspaceId: brand.id, role, handle, displayName: handle });
  const official = await account('brand', 'official');
  const store = await account('sales', 'store');
  const creator = await call<{ id: string }>(b, 'creators.create', creatorInput(brand.id));
  const draft = await call<{ id: string }>(
    b,
    'offers.create',
    offerInput(
      { workspaceId: brand.id, creatorId: creator.id, brandAccountId: official.id, salesAccountId: store.id },
      { title: '合作', commissionPct: 10 },
    ),
  );
  await call(b, 'offers.send', { id: draft.id });
  await withTempBackend('paging-creator', async (c) => {
    const file = await call<{ base64: string }>(b, 'offers.exportFile', { id: draft.id });
    const inbox = await call<{ offer: { id: string } }>(c, 'offers.importFile', { base64: file.base64 });
    await call(c, 'offers.accept', { id: inbox.offer.id });
    const answer = await call<{ base64: string }>(c, 'offers.exportFile', { id: inbox.offer.id });
    await call(b, 'offers.importFile', { base64: answer.base64 });
    const { code } = await call<{ code: string }>(c, 'offers.verification', { offerId: inbox.offer.id });
    await call(b, 'offers.verifyCounterpart', { offerId: draft.id, code });
  });

  const db = b.context.db;
  const cloneOffer = cloneStatement(db, 'offers', { id: '@newId', exchange_id: '@newId' });
  const cloneItem = cloneStatement(db, 'content_items', {
    id: '@newId',
    planned_at: '@plannedAt',
    planned_end_at: '@plannedAt',
    title: "src.title || ' ' || @newId",
  });
  const cloneDeliverable = cloneStatement(db, 'offer_deliverables', {
    id: '@newId',
    offer_id: '@offerId',
    due_on: '@dueOn',
    content_item_id: '@itemId',
  });
  const originals = db
    .prepare('SELECT id, content_item_id FROM offer_deliverables WHERE offer_id = ?')
    .all(draft.id) as { id: string; content_item_id: string }[];
  const start = Date.UTC(2026, 0, 1);
  db.transaction(() => {
    for (let i = 1; i < offers; i++) {
      const offerId = `bench-offer-${i}`;
      cloneOffer.run({ id: draft.id, newId: offerId });
      originals.forEach((d, k) => {
        const at = start + ((i * 7 + k * 3) % 365) * DAY + 12 * 3_600_000;
        const itemId = `bench-item-${i}-${k}`;
        cloneItem.run({ id: d.content_item_id, newId: itemId, plannedAt: new Date(at).toISOString() });
        cloneDeliverable.run({
          id: d.id,
          newId: `bench-deliverable-${i}-${k}`,
          offerId,
          dueOn: new Date(at).toISOString().slice(0, 10),
          itemId,
        });
      });
    }
  })();
  return brand.id;
}

function seedMetrics(b: Backend, workspaceId: string): Promise<string> {
  return (async () => {
    const accounts: string[] = [];
    for (let i = 0; i < 20; i++) {
      accounts.push(
        (
          await call<{ id: string }>(b, 'accounts.create', {
            workspaceId,
            role: 'sales',
            handle: `m${i}`,
            displayName: `店 ${i}`,
          })
        ).id,
      );
    }
    const db = b.context.db;
    const insert = db.prepare(
      `INSERT INTO account_metrics (account_id, granularity, period_start, views, likes, comments, shares, saves,
         new_followers, live_viewers, orders, gmv_fen, watch_time_seconds, source, imported_at)
       VALUES (?, 'day', ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 'bench.csv', '2026-01-01T00:00:00.000Z')`,
    );
    const perAccount = Math.ceil(metricRows / accounts.length);
    db.transaction(() => {
      accounts.forEach((id) => {
        for (let d = 0; d < perAccount; d++) {
          const v = 1000 + ((d * 7919) % 50_000);
          insert.run(
            id,
            new Date(Date.UTC(2000, 0, 1) + d * DAY).toISOString().slice(0, 10),
            v,
            v >> 4,
            v >> 7,
            v >> 8,
            v >> 8,
            v >> 9,
            v >> 8,
            v * 130,
            v * 12,
          );
        }
      });
    })();
    return accounts[0]!;
  })();
}

/**
 * The tracker's reads on the same client: pages under each filter and the counts through the router, and
 * the count of a workspace's deliverables by raw SQL through the offers (as before migration 0250) and by
 * the deliverables' own workspace column, in the same run.
 */
async function trackerFigures(b: Backend, workspaceId: string): Promise<void> {
  const db = b.context.db;
  const viaOffers = db.prepare(
    `SELECT count(*) AS n FROM offer_deliverables d JOIN offers o ON o.id = d.offer_id
      WHERE o.workspace_id = ? AND o.side = 'brand'`,
  );
  const byColumn = db.prepare('SELECT count(*) AS n FROM offer_deliverables WHERE workspace_id = ?');
  const joined = await timed(() => viaOffers.get(workspaceId));
  const own = await timed(() => byColumn.get(workspaceId));
  const page = (filter: Record<string, unknown>) =>
    timed(() => call(b, 'deliverables.list', { workspaceId, limit: 50, ...filter }));
  console.log(
    JSON.stringify({
      figure: 'deliverables tracker reads',
      deliverables: (byColumn.get(workspaceId) as { n: number }).n,
      rawCountMs: { throughOffers: joined, ownColumn: own, ratioP50: +(joined.p50 / own.p50).toFixed(2) },
      listPageMs: {
        unfiltered: await page({}),
        latestFirst: await page({ sort: 'dueDesc' }),
        overdue: await page({ due: 'overdue' }),
        within7d: await page({ due: 'within7d' }),
        openStatuses: await page({ status: ['due', 'submitted', 'approved'] }),
      },
      countsMs: await timed(() => call(b, 'deliverables.counts', { workspaceId })),
    }),
  );
  // The bell on the same client (most of its deliverables are past due by the bench's clock: all reminders).
  const bell = (input: Record<string, unknown>) =>
    call<{ total: number }>(b, 'reminders.list', { limit: 50, ...input });
  console.log(
    JSON.stringify({
      figure: 'reminders.list (the bell), first 50',
      reminders: (await bell({ workspaceId })).total,
      oneWorkspaceMs: await timed(() => bell({ workspaceId })),
      everyWorkspaceMs: await timed(() => bell({})),
    }),
  );
}

async function main(): Promise<void> {
  await withTempBackend('paging', async (b) => {
    const workspaceId = await seedDeliverables(b);
    const everything: unknown[] = [];
    let cursor: string | undefined;
    do {
      const page = await call<{ items: unknown[]; nextCursor: string | null }>(b, 'deliverables.list', {
        workspaceId,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      });
      everything.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const month = { workspaceId, from: '2026-08-01', to: '2026-09-01' };
    const inMonth = await call<unknown[]>(b, 'deliverables.calendar', month);
    console.log(
      JSON.stringify({
        figure: 'calendar deliverables payload, one month',
        deliverables: everything.length,
        beforeAllItems: everything.length,
        beforeBytes: Buffer.byteLength(JSON.stringify(everything)),
        afterItems: inMonth.length,
        afterBytes: Buffer.byteLength(JSON.stringify(inMonth)),
        afterLatencyMs: await timed(() => call(b, 'deliverables.calendar', month)),
        listFirstPageLatencyMs: await timed(() => call(b, 'deliverables.list', { workspaceId, limit: 50 })),
      }),
    );

    await trackerFigures(b, workspaceId);

    const accountId = await seedMetrics(b, workspaceId);
    const first = await call<{ nextCursor: string | null; total: number }>(b, 'metrics.rows', {
      accountId,
      limit: 50,
    });
    // Page 42, or the last page when the account has fewer (a small run: `-- 20 2000`).
    if (!first.nextCursor) throw new Error('metrics.rows: the account has one page only; seed more rows');
    let deep: string = first.nextCursor;
    for (let i = 0; i < 40; i++) {
      const next: string | null = (
        await call<{ nextCursor: string | null }>(b, 'metrics.rows', { accountId, limit: 50, cursor: deep })
      ).nextCursor;
      if (!next) break;
      deep = next;
    }
    const deepDate = (JSON.parse(deep) as [string])[0];
    const db = b.context.db;
    // The raw SQL of the same pages: the rows and the count, through one prepared statement each.
    const rawPage = db.prepare(
      `SELECT period_start AS date, views, likes, comments, shares, saves, new_followers, live_viewers, orders,
            gmv_fen, watch_time_seconds, source FROM account_metrics
      WHERE account_id = ? AND granularity = 'day' AND period_start < ? ORDER BY period_start DESC LIMIT 51`,
    );
    const rawCount = db.prepare(
      "SELECT count(*) AS n FROM account_metrics WHERE account_id = ? AND granularity = 'day'",
    );
    const routerFirst = await timed(() => call(b, 'metrics.rows', { accountId, limit: 50 }));
    const rawFirst = await timed(() => (rawPage.all(accountId, '9999-12-31'), rawCount.get(accountId)));
    const routerDeep = await timed(() => call(b, 'metrics.rows', { accountId, limit: 50, cursor: deep }));
    const rawDeep = await timed(() => (rawPage.all(accountId, deepDate), rawCount.get(accountId)));
    console.log(
      JSON.stringify({
        figure: 'metrics.rows page of 50 vs raw SQL',
        tableRows: (db.prepare('SELECT count(*) AS n FROM account_metrics').get() as { n: number }).n,
        accountRows: first.total,
        firstPage: {
          routerMs: routerFirst,
          rawMs: rawFirst,
          ratioP50: +(routerFirst.p50 / rawFirst.p50).toFixed(2),
        },
        page42: {
          routerMs: routerDeep,
          rawMs: rawDeep,
          ratioP50: +(routerDeep.p50 / rawDeep.p50).toFixed(2),
        },
      }),
    );
  });
}

void main();
