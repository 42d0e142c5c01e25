/**
 * Content planning benchmark (printed, never asserted):
 * 1. `content.list` for one month of a workspace holding 100,000 items across 40 accounts (a year of a busy
 *    matrix: about 8,300 items a month), through the router as the app calls it, warnings included: p50/p95.
 * 2. Import of a 50,000-row CSV with Chinese headers: preview and commit through the router, rows per second.
 */
import type { Backend } from '../../electron/backend/app';
import { insertItem, type ContentValues } from '../../electron/backend/content/repo';
import type { ContentFormat, ContentObjective } from '../../shared/content/model';
import { call, percentile, random } from './support';
import { withTempBackend } from './tempBackend';

const ITEMS = 100_000;
const ACCOUNTS = 40;
const PRODUCTS = 60;
const IMPORT_ROWS = 50_000;
const LIST_RUNS = 24;

export interface Matrix {
  workspaceId: string;
  accounts: { id: string; handle: string; role: 'brand' | 'sales' }[];
  products: { id: string; sku: string }[];
}

export async function createMatrix(backend: Backend, name: string): Promise<Matrix> {
  const ws = await call<{ id: string }>(backend, 'workspaces.create', {
    name,
    industry: 'beauty_personal_care',
  });
  const accounts: Matrix['accounts'] = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const role = i % 2 === 0 ? 'brand' : 'sales';
    const handle = `acct_${String(i).padStart(2, '0')}`;
    const a = await call<{ id: string }>(backend, 'accounts.create', {
      workspaceId: ws.id,
      role,
      handle,
      displayName: `${role === 'brand' ? '品牌号' : '销售号'} ${i}`,
      targets: role === 'brand' ? { postsPerWeek: 7 } : { postsPerWeek: 14, liveHoursPerWeek: 20 },
    });
    accounts.push({ id: a.id, handle, role });
  }
  const products: Matrix['products'] = [];
  for (let i = 0; i < PRODUCTS; i++) {
    const sku = `SKU-${String(i).padStart(3, '0')}`;
    const p = await call<{ id: string }>(backend, 'products.create', {
      workspaceId: ws.id,
      name: `商品 ${i}`,
      sku,
      price: 59 + i,
      tags: ['护肤', `tag${i % 7}`],
    });
    products.push({ id: p.id, sku });
  }
  return { workspaceId: ws.id, accounts, products };
}

const START = Date.parse('2025-01-01T00:00:00+08:00');
const YEAR_MS = 365 * 86_400_000;

/** A year of plans: each account gets a slot grid, so its live sessions never overlap. */
export function seedItems(backend: Backend, m: Matrix, items = ITEMS): void {
  const rnd = random(42);
  const perAccount = items / ACCOUNTS;
  const step = Math.floor(YEAR_MS / perAccount); // ≈ 5.3 hours between an account's items
  const at = new Date().toISOString();
  const db = backend.context.db;
  db.transaction(() => {
    let n = 0;
    for (const [a, account] of m.accounts.entries()) {
      for (let k = 0; k < perAccount; k++) {
        const start = START + k * step + a * 60_000;
        const live = account.role === 'sales' && rnd() < 0.2;
        const format: ContentFormat = live ? 'live' : rnd() < 0.75 ? 'short_video' : 'image_text';
        const objective: ContentObjective =
          account.role === 'brand'
            ? rnd() < 0.5
              ? 'seed'
              : 'brand_story'
            : live
              ? 'self_broadcast'
              : 'convert';
        const productCount = account.role === 'sales' ? 1 + Math.floor(rnd() * 2) : rnd() < 0.3 ? 1 : 0;
        const productIds = [
          ...new Set(
            Array.from({ length: productCount }, () => m.products[Math.floor(rnd() * PRODUCTS)]!.id),
          ),
        ];
        const values: ContentValues = {
          workspaceId: m.workspaceId,
          accountId: account.id,
          title: `内容 ${n}`,
          format,
          objective,
          pillar: ['成分科普', '产品演示', '限时好价', '品牌故事'][n % 4]!,
          status: start < Date.parse('2025-07-01T00:00:00Z') ? 'published' : 'scheduled',
          plannedAt: new Date(start).toISOString(),
          durationMinutes: live ? 120 : null,
          productIds,
          tags: rnd() < 0.5 ? ['护肤'] : [],
          owner: `运营${n % 9}`,
          brief: '',
          publishedUrl: null,
          publishedAt: null,
        };
        insertItem(db, `item-${n}`, values, 'manual', at);
        n += 1;
      }
    }
  })();
}

function importCsv(m: Matrix): string {
  const rnd = random(7);
  const lines = ['账号,标题,形式,目标,内容支柱,状态,计划时间,时长(分钟),商品,标签,负责人'];
  const perAccount = IMPORT_ROWS / ACCOUNTS;
  const step = Math.floor(YEAR_MS / perAccount);
  const pad = (v: number) => String(v).padStart(2, '0');
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const a = i % ACCOUNTS;
    const k = Math.floor(i / ACCOUNTS);
    const account = m.accounts[a]!;
    const d = new Date(START + k * step + a * 60_000 + 8 * 3_600_000); // wall time in Shanghai
    const when = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    const live = account.role === 'sales' && rnd() < 0.2;
    const format = live ? '直播' : '短视频';
    const objective = account.role === 'brand' ? '种草' : live ? '自播' : '转化';
    const sku = account.role === 'sales' ? m.products[Math.floor(rnd() * PRODUCTS)]!.sku : '';
    lines.push(
      `${account.handle},导入内容 ${i},${format},${objective},限时好价,已排期,${when},${live ? 120 : ''},${sku},护肤、夏季,运营${i % 9}`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export interface ContentBenchFigures {
  listP50Ms: number;
  listP95Ms: number;
  listItemsPerMonth: number;
  importRows: number;
  importPreviewMs: number;
  importCommitMs: number;
  importRowsPerSecond: number;
}

export async function runContentBench(): Promise<ContentBenchFigures> {
  return withTempBackend('content', async (backend) => {
    const seedStart = performance.now();
    const big = await createMatrix(backend, '内容基准 100k');
    seedItems(backend, big);
    backend.context.db.pragma('optimize');
    console.log(
      `content: seeded ${ITEMS.toLocaleString('en-US')} items across ${ACCOUNTS} accounts in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    // One month of the calendar, each month of the year in turn (twice), as the month view asks.
    const timings: number[] = [];
    let itemsPerMonth = 0;
    for (let run = 0; run < LIST_RUNS; run++) {
      const month = run % 12;
      const from = `2025-${String(month + 1).padStart(2, '0')}-01T00:00:00+08:00`;
      const to =
        month === 11
          ? '2026-01-01T00:00:00+08:00'
          : `2025-${String(month + 2).padStart(2, '0')}-01T00:00:00+08:00`;
      const t0 = performance.now();
      // One page (the default 50) of the month; `total` is how many the month holds.
      const page = await call<{ total: number }>(backend, 'content.list', {
        workspaceId: big.workspaceId,
        from,
        to,
      });
      timings.push(performance.now() - t0);
      itemsPerMonth = Math.max(itemsPerMonth, page.total);
    }
    const sorted = [...timings].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    console.log(
      `content.list, one month of ${ITEMS.toLocaleString('en-US')} items (${itemsPerMonth.toLocaleString('en-US')} in the month, warnings included): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${LIST_RUNS} runs)`,
    );

    const target = await createMatrix(backend, '导入基准');
    const csv = importCsv(target);
    const file = {
      workspaceId: target.workspaceId,
      fileName: 'plan-50k.csv',
      base64: Buffer.from(csv).toString('base64'),
    };
    const p0 = performance.now();
    const preview = await call<{ counts: { valid: number; invalid: number } }>(
      backend,
      'content.importPreview',
      file,
    );
    const previewMs = performance.now() - p0;
    if (preview.counts.invalid > 0) throw new Error(`bench CSV has ${preview.counts.invalid} invalid rows`);
    const c0 = performance.now();
    const result = await call<{ created: number }>(backend, 'content.importCommit', file);
    const commitMs = performance.now() - c0;
    const rowsPerSecond = result.created / (commitMs / 1000);
    console.log(
      `content import, ${IMPORT_ROWS.toLocaleString('en-US')}-row CSV (${(csv.length / 1024 / 1024).toFixed(1)} MB): preview ${(previewMs / 1000).toFixed(2)} s (${Math.round(IMPORT_ROWS / (previewMs / 1000)).toLocaleString('en-US')} rows/s), commit ${(commitMs / 1000).toFixed(2)} s (${Math.round(rowsPerSecond).toLocaleString('en-US')} rows/s, parse + validate + write)`,
    );
    return {
      listP50Ms: Number(p50.toFixed(1)),
      listP95Ms: Number(p95.toFixed(1)),
      listItemsPerMonth: itemsPerMonth,
      importRows: result.created,
      importPreviewMs: Math.round(previewMs),
      importCommitMs: Math.round(commitMs),
      importRowsPerSecond: Math.round(rowsPerSecond),
    };
  });
}
