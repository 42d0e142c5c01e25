/**
 * Portfolio benchmark (printed, never asserted): `portfolio.summary` over 50 client workspaces of agency
 * size, through the router as the app calls it, against
 *  - the same call for one workspace (a page of one on the same database): how the cost grows with clients;
 *  - the raw set queries alone (electron/backend/portfolio/repo.ts, no JS aggregation): the SQL share.
 * Each workspace: 8 accounts (3 brand, 5 sales), a year of content around today (~4,400 items), 120 days of
 * daily metrics per account, 20 products, 12 offers with deliverables, two stored GMV runs per sales account.
 * Generated in one transaction from a fixed seed, so runs are comparable. `npm run bench:portfolio`.
 */
import type { Backend } from '../../electron/backend/app';
import { portfolioRows } from '../../electron/backend/portfolio/repo';
import { addDays } from '../../shared/domain/dates';
import { percentile, random } from './support';
import { withTempBackend } from './tempBackend';

const WORKSPACES = 50;
const BRAND = 3;
const SALES = 5;
const ITEMS_PER_ACCOUNT_DAY = 1.5;
const CONTENT_DAYS = 365;
const METRIC_DAYS = 120;
const PRODUCTS = 20;
const OFFERS = 12;
const RUNS = 15;

export function generate(backend: Backend): { items: number; metrics: number } {
  const db = backend.context.db;
  const rand = random(20250806);
  const now = new Date();
  const at = now.toISOString();
  const today = at.slice(0, 10);
  const statuses = ['idea', 'scripting', 'filming', 'editing', 'review', 'scheduled'] as const;
  const ins = {
    ws: db.prepare(
      `INSERT INTO workspaces (id, name, industry, stage, time_zone, created_at, updated_at)
       VALUES (?, ?, 'beauty_personal_care', 'growing', 'Asia/Shanghai', ?, ?)`,
    ),
    account: db.prepare(
      `INSERT INTO accounts (id, workspace_id, platform, handle, display_name, role, followers,
         posts_per_week_target, live_hours_per_week_target, created_at, updated_at)
       VALUES (?, ?, 'douyin', ?, ?, ?, 10000, ?, ?, ?, ?)`,
    ),
    product: db.prepare(
      `INSERT INTO products (id, workspace_id, name, sku, price_fen, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, 9900, ?, ?, ?)`,
    ),
    item: db.prepare(
      `INSERT INTO content_items (id, workspace_id, account_id, title, format, objective, status, planned_at,
         planned_end_at, duration_minutes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    link: db.prepare('INSERT INTO content_item_products (item_id, product_id, position) VALUES (?, ?, 0)'),
    metric: db.prepare(
      `INSERT INTO account_metrics (account_id, granularity, period_start, views, likes, gmv_fen, new_followers,
         source, imported_at) VALUES (?, 'day', ?, ?, ?, ?, ?, 'bench', ?)`,
    ),
    creator: db.prepare(
      `INSERT INTO creators (id, workspace_id, platform, handle, display_name, created_at, updated_at)
       VALUES (?, ?, 'douyin', ?, ?, ?, ?)`,
    ),
    offer: db.prepare(
      `INSERT INTO offers (id, exchange_id, side, workspace_id, creator_id, creator_platform, creator_handle,
         creator_name, brand_name, state, revision, terms, state_changed_at, created_at, updated_at)
       VALUES (?, ?, 'brand', ?, ?, 'douyin', ?, ?, 'bench', ?, 1, ?, ?, ?, ?)`,
    ),
    deliverable: db.prepare(
      `INSERT INTO offer_deliverables (id, offer_id, key, position, format, count, due_on, account_label, status,
         status_changed_at, created_at) VALUES (?, ?, ?, ?, 'video', 1, ?, 'x', ?, ?, ?)`,
    ),
    run: db.prepare(
      `INSERT INTO forecast_runs (id, workspace_id, account_id, metric, frequency, horizon, method, history_points,
         history_end, insufficient_history, inputs_json, parameters_json, outputs_json, created_at)
       VALUES (?, ?, ?, 'gmv', 'day', ?, 'bench', 120, ?, 0, '{}', '{}', ?, ?)`,
    ),
  };
  let items = 0;
  let metrics = 0;
  db.transaction(() => {
    for (let w = 0; w < WORKSPACES; w++) {
      const ws = `ws-${w}`;
      ins.ws.run(ws, `客户 ${String(w).padStart(2, '0')}`, at, at);
      const products = Array.from({ length: PRODUCTS }, (_, p) => `${ws}-p${p}`);
      products.forEach((id, p) =>
        ins.product.run(id, ws, `商品 ${p}`, `SKU-${p}`, p === 0 ? 'discontinued' : 'active', at, at),
      );
      const accounts: { id: string; sales: boolean }[] = [];
      for (let a = 0; a < BRAND + SALES; a++) {
        const sales = a >= BRAND;
        const id = `${ws}-a${a}`;
        ins.account.run(
          id,
          ws,
          `h${a}`,
          `账号 ${a}`,
          sales ? 'sales' : 'brand',
          sales ? 10 : 7,
          sales ? 12 : null,
          at,
          at,
        );
        accounts.push({ id, sales });
      }
      for (const account of accounts) {
        // Content: half a year back, half a year ahead.
        const count = Math.round(ITEMS_PER_ACCOUNT_DAY * CONTENT_DAYS);
        for (let i = 0; i < count; i++) {
          const start = now.getTime() + (rand() - 0.5) * CONTENT_DAYS * 86_400_000;
          const live = account.sales && rand() < 0.15;
          const past = start < now.getTime();
          const status = past
            ? rand() < 0.95
              ? 'published'
              : statuses[Math.floor(rand() * 6)]!
            : statuses[Math.floor(rand() * 6)]!;
          const id = `${account.id}-c${i}`;
          const plannedAt = new Date(start).toISOString();
          ins.item.run(
            id,
            ws,
            account.id,
            `内容 ${i}`,
            live ? 'live' : 'short_video',
            account.sales ? 'convert' : 'seed',
            status,
            plannedAt,
            live ? new Date(start + 7_200_000).toISOString() : plannedAt,
            live ? 120 : null,
            at,
            at,
          );
          if (account.sales) ins.link.run(id, products[Math.floor(rand() * PRODUCTS)]!);
          items++;
        }
        for (let d = 0; d < METRIC_DAYS; d++) {
          const views = Math.round(5000 + rand() * 20_000);
          ins.metric.run(
            account.id,
            addDays(today, -d - 1),
            views,
            Math.round(views * 0.05),
            account.sales ? Math.round(views * 40) : null,
            Math.round(rand() * 50),
            at,
          );
          metrics++;
        }
        if (account.sales) {
          for (let r = 0; r < 2; r++) {
            const origin = addDays(today, r === 0 ? -28 : 0);
            const quantiles = Array.from({ length: RUNS * 2 }, (_, d) => ({
              date: addDays(origin, d + 1),
              p10: 2000,
              p50: 4000,
              p90: 6000,
            }));
            ins.run.run(
              `${account.id}-r${r}`,
              ws,
              account.id,
              quantiles.length,
              origin,
              JSON.stringify({ quantiles, planned: [] }),
              `${origin}T00:00:00.000Z`,
            );
          }
        }
      }
      for (let o = 0; o < OFFERS; o++) {
        const creator = `${ws}-cr${o}`;
        ins.creator.run(creator, ws, `creator${o}`, `达人 ${o}`, at, at);
        const offer = `${ws}-o${o}`;
        const state = ['countered', 'accepted', 'sent', 'completed'][o % 4]!;
        ins.offer.run(
          offer,
          offer,
          ws,
          creator,
          `creator${o}`,
          `达人 ${o}`,
          state,
          JSON.stringify({ title: `合作 ${o}`, feeFen: 500_000 }),
          at,
          at,
          at,
        );
        for (let d = 0; d < 3; d++) {
          ins.deliverable.run(
            `${offer}-d${d}`,
            offer,
            `k${d}`,
            d,
            addDays(today, (d - 1) * 10),
            d === 0 ? 'due' : 'published',
            at,
            at,
          );
        }
      }
    }
  })();
  return { items, metrics };
}

async function time(runs: number, fn: () => unknown): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

export async function runPortfolioBench(): Promise<object> {
  return withTempBackend('portfolio', async (backend) => {
    const genStart = performance.now();
    const { items, metrics } = generate(backend);
    const generateMs = performance.now() - genStart;
    console.log(
      `generated ${WORKSPACES} workspaces: ${items} content items, ${metrics} metric rows in ${generateMs.toFixed(0)} ms`,
    );
    const summary = async (limit: number) => {
      const result = await backend.router('portfolio.summary', { limit });
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    await summary(WORKSPACES); // warm the statement cache
    const all = await time(15, () => summary(WORKSPACES));
    const one = await time(15, () => summary(1));
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const ids = Array.from({ length: WORKSPACES }, (_, w) => `ws-${w}`);
    const bounds = {
      weekFrom: new Date(now.getTime() - 8 * 86_400_000).toISOString(),
      weekTo: new Date(now.getTime() + 8 * 86_400_000).toISOString(),
      now: now.toISOString(),
      metricsFrom: addDays(today, -59),
      metricsTo: today,
      dueBefore: today,
    };
    const raw = await time(15, () => portfolioRows(backend.context.db, ids, bounds));
    const figures = {
      workspaces: WORKSPACES,
      contentItems: items,
      metricRows: metrics,
      summaryMs: all,
      oneWorkspaceMs: one,
      rawSqlMs: raw,
      ratioTo1Workspace: Number((all.p50 / one.p50).toFixed(1)),
      ratioToRawSql: Number((all.p50 / raw.p50).toFixed(2)),
      msPerWorkspace: Number((all.p50 / WORKSPACES).toFixed(2)),
    };
    console.log(
      `portfolio.summary, ${WORKSPACES} workspaces: p50 ${all.p50.toFixed(1)} ms, p95 ${all.p95.toFixed(1)} ms` +
        ` | 1 workspace: p50 ${one.p50.toFixed(1)} ms (×${figures.ratioTo1Workspace} for ${WORKSPACES}×)` +
        ` | raw set queries: p50 ${raw.p50.toFixed(1)} ms (summary = ×${figures.ratioToRawSql} of raw SQL)`,
    );
    return figures;
  });
}

if (require.main === module) {
  runPortfolioBench()
    .then((figures) => console.log(JSON.stringify(figures)))
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
