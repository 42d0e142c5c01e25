/**
 * Matrix advisor benchmark (printed, never asserted): `advisor.findings` and `advisor.recommend` through
 * the router for an agency-size workspace — 40 accounts with audience profiles, 600 products with interest
 * tags, 100,000 content items over the year around now (about 7,700 in the 28-day window the advisor reads).
 */
import type { Backend } from '../../electron/backend/app';
import { insertItem } from '../../electron/backend/content/repo';
import { insertProduct } from '../../electron/backend/products/repo';
import { interestTags } from '../../shared/interest/taxonomy';
import { call, percentile, random } from './support';
import { withTempBackend } from './tempBackend';

const ACCOUNTS = 40;
const PRODUCTS = 600;
const ITEMS = 100_000;
const RUNS = 20;
const DAY = 86_400_000;

async function seed(backend: Backend): Promise<string> {
  const rnd = random(7);
  const ws = await call<{ id: string }>(backend, 'workspaces.create', {
    name: 'Agency client',
    industry: 'beauty_personal_care',
    stage: 'growing',
  });
  const accounts: { id: string; role: 'brand' | 'sales' }[] = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const role = i % 3 === 0 ? 'brand' : 'sales';
    const a = await call<{ id: string }>(backend, 'accounts.create', {
      workspaceId: ws.id,
      role,
      handle: `acct_${i}`,
      displayName: `账号 ${i}`,
      targets: role === 'brand' ? { postsPerWeek: 7 } : { postsPerWeek: 14, liveHoursPerWeek: 20 },
    });
    accounts.push({ id: a.id, role });
    // Five random tags per audience, shares summing to 1.
    const picks = Array.from({ length: 5 }, () => interestTags[Math.floor(rnd() * interestTags.length)]!.id);
    const interests: Record<string, number> = {};
    for (const tag of picks) interests[tag] = (interests[tag] ?? 0) + 0.2;
    await call(backend, 'audience.set', {
      ownerType: 'account',
      ownerId: a.id,
      profile: {
        interests,
        gender: { female: 0.7, male: 0.3 },
        ages: { '18-23': 0.2, '24-30': 0.4, '31-40': 0.25, '41-50': 0.1, '50+': 0.05 },
        regions: [],
      },
    });
  }
  const db = backend.context.db;
  const at = new Date().toISOString();
  const productIds: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < PRODUCTS; i++) {
      const id = `p-${i}`;
      const tags = Array.from({ length: 3 }, () => interestTags[Math.floor(rnd() * interestTags.length)]!.id);
      insertProduct(
        db,
        id,
        {
          workspaceId: ws.id,
          name: `商品 ${i}`,
          sku: `SKU-${i}`,
          price: 49 + (i % 400),
          category: '',
          marginPct: null,
          tags: [...new Set(tags)],
          status: 'active',
        },
        at,
      );
      productIds.push(id);
    }
    const start = Date.now() - 182 * DAY;
    const step = (365 * DAY) / (ITEMS / ACCOUNTS);
    let n = 0;
    for (const [a, account] of accounts.entries()) {
      for (let k = 0; k < ITEMS / ACCOUNTS; k++) {
        const live = account.role === 'sales' && rnd() < 0.2;
        insertItem(
          db,
          `c-${n++}`,
          {
            workspaceId: ws.id,
            accountId: account.id,
            title: `item ${k}`,
            format: live ? 'live' : 'short_video',
            objective: account.role === 'brand' ? 'seed' : live ? 'self_broadcast' : 'convert',
            pillar: '',
            status: 'scheduled',
            plannedAt: new Date(start + k * step + a * 60_000).toISOString(),
            durationMinutes: live ? 120 : null,
            productIds: account.role === 'sales' ? [productIds[Math.floor(rnd() * PRODUCTS)]!] : [],
            tags: [],
            owner: '',
            brief: '',
            publishedUrl: null,
            publishedAt: null,
          },
          'manual',
          at,
        );
      }
    }
  })();
  return ws.id;
}

async function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: Math.round(percentile(ms, 50)), p95: Math.round(percentile(ms, 95)) };
}

export async function runAdvisorBench(): Promise<object> {
  return withTempBackend('advisor', async (backend) => {
    const workspaceId = await seed(backend);
    const findings = await call<{ counts: { active: number } }>(backend, 'advisor.findings', { workspaceId });
    const findingsMs = await time(() => call(backend, 'advisor.findings', { workspaceId }));
    const recommendMs = await time(() => call(backend, 'advisor.recommend', { workspaceId }));
    const figures = {
      accounts: ACCOUNTS,
      products: PRODUCTS,
      items: ITEMS,
      activeFindings: findings.counts.active,
      findingsMs,
      recommendMs,
    };
    console.log(
      `advisor.findings p50 ${findingsMs.p50} ms, p95 ${findingsMs.p95} ms; advisor.recommend p50 ${recommendMs.p50} ms, p95 ${recommendMs.p95} ms (${figures.activeFindings} findings)`,
    );
    return figures;
  });
}

if (require.main === module) {
  runAdvisorBench().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
