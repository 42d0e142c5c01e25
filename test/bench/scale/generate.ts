/**
 * The agency database of issue 13, built with the backend's own modules: each workspace starts as the
 * sample workspace (accounts, products, content, creators, 120 days of metrics), then grows to its share
 * through the same repos and router methods the app uses. Seeded (printed) and cached: a file is built
 * once per seed and scale and reused by later runs.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend, DB_FILE_NAME, type Backend } from '../../../electron/backend/app';
import { createSampleWorkspace } from '../../../electron/backend/sample';
import { listAccounts } from '../../../electron/backend/accounts/repo';
import { insertItem, itemsStartingIn, rowValues } from '../../../electron/backend/content/repo';
import { insertCreator } from '../../../electron/backend/creators/repo';
import { upsertAccountMetrics } from '../../../electron/backend/metrics/repo';
import { creatorFieldsSchema } from '../../../shared/domain/creator';
import { missingIndexes } from './staleCache';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { mulberry32 } from '../../../shared/random';

export interface AgencyShape {
  workspaces: number;
  accountsPerWorkspace: number;
  creators: { big: number; total: number };
  content: { big: number; total: number };
  offers: { big: number; total: number; sentShare: number };
  metricDaysPerAccount: number;
}

/** Issue 13's measured agency, times `scale` for the rows that grow (workspaces and accounts stay). */
export function agencyShape(scale: number): AgencyShape {
  const n = (x: number) => Math.max(1, Math.round(x * scale));
  return {
    workspaces: 50,
    accountsPerWorkspace: 40,
    creators: { big: n(20_000), total: n(30_000) },
    content: { big: n(40_000), total: n(100_000) },
    offers: { big: n(2_000), total: n(5_000), sentShare: 0.5 },
    metricDaysPerAccount: n(1_000),
  };
}

/** Seeded, good enough to spread values. */
export const seededRandom = mulberry32;

export interface Agency {
  dataDir: string;
  bigWorkspaceId: string;
  smallWorkspaceId: string;
  bytes: number;
  generatedNow: boolean;
  seconds: number;
}

export function benchRoot(): string {
  return process.env['MATRIXDESK_BENCH_DIR'] ?? join(tmpdir(), 'matrixdesk-bench-scale');
}

async function call<M extends MethodName>(
  b: Backend,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await b.router(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Workspace 0 is the big client, 1 the small one; the rest share what is left evenly. */
function share(index: number, count: number, big: number, total: number, small: number): number {
  if (index === 0) return big;
  if (index === 1) return small;
  return Math.round((total - big - small) / Math.max(1, count - 2));
}

export async function ensureAgency(
  seed: number,
  scale: number,
  log: (line: string) => void,
): Promise<Agency> {
  const dataDir = join(benchRoot(), `agency-seed${seed}-scale${scale}`);
  const file = join(dataDir, DB_FILE_NAME);
  const started = performance.now();
  if (existsSync(join(dataDir, 'READY'))) {
    const b = await openBackend(dataDir);
    const ids = b.context.db
      .prepare<[], { id: string }>("SELECT id FROM workspaces WHERE name LIKE 'bench-%' ORDER BY name")
      .all()
      .map((r) => r.id);
    const missing = missingIndexes(b.context.db);
    b.close();
    if (missing.length > 0)
      throw new Error(
        `The cached database ${file} lacks indexes this code creates (${missing.join(', ')}): it was built by ` +
          'another branch. Delete its folder to rebuild it, or point MATRIXDESK_BENCH_DIR elsewhere.',
      );
    return {
      dataDir,
      bigWorkspaceId: ids[0]!,
      smallWorkspaceId: ids[1]!,
      bytes: statSync(file).size,
      generatedNow: false,
      seconds: 0,
    };
  }
  rmSync(dataDir, { recursive: true, force: true });
  const building = `${dataDir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const shape = agencyShape(scale);
  const random = seededRandom(seed);
  const b = await openBackend(building);
  const { db } = b.context;
  const at = new Date().toISOString();
  const today = Date.UTC(2026, 0, 1);
  const ids: string[] = [];
  let metricRows = 0;
  let revisions = 0;

  for (let w = 0; w < shape.workspaces; w++) {
    const ws = createSampleWorkspace(b.context);
    db.prepare('UPDATE workspaces SET name = ?, is_sample = 0 WHERE id = ?').run(
      `bench-${String(w).padStart(2, '0')}`,
      ws.id,
    );
    ids.push(ws.id);
    db.exec('BEGIN');
    // Accounts to 40 per workspace, through the router as the app creates them.
    const have = listAccounts(db, ws.id, true).length;
    for (let i = have; i < shape.accountsPerWorkspace; i++) {
      const role = i % 3 === 0 ? 'sales' : 'brand';
      await call(b, 'accounts.create', {
        workspaceId: ws.id,
        role,
        handle: `bench_${w}_${i}`,
        displayName: `账号 ${w}-${i}`,
      } as MethodInput<'accounts.create'>);
    }
    const accounts = listAccounts(db, ws.id, true);

    // Creators: copies of the sample's creators with their own handles and follower counts.
    const creatorList = (await call(b, 'creators.list', { workspaceId: ws.id, limit: 200 })).items;
    const creatorCount = share(
      w,
      shape.workspaces,
      shape.creators.big,
      shape.creators.total,
      Math.round(60 * scale) + 10,
    );
    const creatorIds = creatorList.map((c) => c.id);
    for (let i = creatorList.length; i < creatorCount; i++) {
      const model = creatorList[i % creatorList.length]!;
      const fields = creatorFieldsSchema.parse({
        ...pickCreatorFields(model),
        workspaceId: ws.id,
        handle: `bench_c_${w}_${i}`,
        displayName: `达人 ${w}-${i}`,
        followers: Math.round(5_000 + random() * 3_000_000),
      });
      const id = b.context.newId();
      insertCreator(db, id, fields, at);
      creatorIds.push(id);
    }

    // Content: the sample's items copied across the accounts and a year around today.
    const sampleItems = itemsStartingIn(db, ws.id, '2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
    const contentCount = share(
      w,
      shape.workspaces,
      shape.content.big,
      shape.content.total,
      Math.round(400 * scale) + 40,
    );
    for (let i = sampleItems.length; i < contentCount; i++) {
      const model = sampleItems[i % sampleItems.length]!;
      const account = accounts[i % accounts.length]!;
      const plannedAt = new Date(
        today - 180 * DAY + Math.floor(random() * 365 * 24) * 3_600_000,
      ).toISOString();
      insertItem(
        db,
        b.context.newId(),
        { ...rowValues(model), accountId: account.id, plannedAt, title: `${model.title} #${i}` },
        'bench',
        at,
      );
    }
    db.exec('COMMIT');

    // Offers through the router (drafts, half of them sent: a second revision each).
    db.exec('BEGIN');
    const offerCount = share(
      w,
      shape.workspaces,
      shape.offers.big,
      shape.offers.total,
      Math.round(27 * scale) + 5,
    );
    const brand = accounts.find((a) => a.role === 'brand')!;
    const sales = accounts.find((a) => a.role === 'sales')!;
    const inDays = (d: number) => isoDay(Date.now() + d * DAY);
    for (let i = 0; i < offerCount; i++) {
      const offer = await call(b, 'offers.create', {
        workspaceId: ws.id,
        creatorId: creatorIds[i % creatorIds.length]!,
        title: `合作 ${w}-${i}`,
        targetTags: ['beauty.skincare'],
        deliverables: [
          { format: 'video', durationBand: '21-60s', count: 2, dueOn: inDays(20), accountId: brand.id },
          { format: 'live', count: 1, dueOn: inDays(25), accountId: sales.id },
        ],
        feeYuan: 5_000 + Math.round(random() * 95_000),
        commissionPct: 10,
        usageRightsDays: 90,
        exclusivityDays: 30,
        message: '期待合作！',
        expiresOn: inDays(30),
      } as MethodInput<'offers.create'>);
      revisions++;
      if (random() < shape.offers.sentShare) {
        await call(b, 'offers.send', { id: offer.id } as MethodInput<'offers.send'>);
        revisions++;
      }
    }
    db.exec('COMMIT');

    // Daily metrics: every account gets `metricDaysPerAccount` days ending before the sample's history.
    db.transaction(() => {
      for (const account of accounts) {
        for (let d = 0; d < shape.metricDaysPerAccount; d++) {
          const views = Math.round(500 + random() * 50_000);
          upsertAccountMetrics(
            db,
            {
              accountId: account.id,
              granularity: 'day',
              periodStart: isoDay(today - (200 + d) * DAY),
              values: {
                views,
                likes: views >> 4,
                comments: views >> 7,
                shares: views >> 8,
                saves: views >> 8,
                newFollowers: views >> 9,
                liveViewers: null,
                orders: account.role === 'sales' ? views >> 8 : null,
                gmv: account.role === 'sales' ? Math.round(views * 1.3) : null,
                watchTimeSeconds: views * 12,
              },
            },
            'bench',
            at,
          );
          metricRows++;
        }
      }
    })();
    if (w % 5 === 0)
      log(`  workspace ${w + 1}/${shape.workspaces} (${Math.round((performance.now() - started) / 1000)} s)`);
  }
  const counts = db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM workspaces) AS workspaces, (SELECT COUNT(*) FROM accounts) AS accounts,
        (SELECT COUNT(*) FROM creators) AS creators, (SELECT COUNT(*) FROM content_items) AS content,
        (SELECT COUNT(*) FROM offers) AS offers, (SELECT COUNT(*) FROM offer_revisions) AS revisions,
        (SELECT COUNT(*) FROM account_metrics) AS metricRows`,
    )
    .get();
  log(
    `  generated ${JSON.stringify(counts)} (${metricRows} metric rows and ${revisions} revisions written here)`,
  );
  db.pragma('wal_checkpoint(TRUNCATE)');
  b.close();
  renameSync(building, dataDir);
  mkdirSync(dataDir, { recursive: true });
  // Written last: a half-built folder (interrupted run) is rebuilt, never measured.
  writeFileSync(join(dataDir, 'READY'), `${seed} ${scale}\n`);
  return {
    dataDir,
    bigWorkspaceId: ids[0]!,
    smallWorkspaceId: ids[1]!,
    bytes: statSync(file).size,
    generatedNow: true,
    seconds: (performance.now() - started) / 1000,
  };
}

const creatorFieldKeys = [
  'platform',
  'handle',
  'displayName',
  'followers',
  'categories',
  'engagementRatePct',
  'medianViews',
  'avgGpm',
  'audience',
  'rateCard',
  'contact',
  'notes',
] as const;

function pickCreatorFields(creator: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of creatorFieldKeys) if (creator[key] !== undefined) out[key] = creator[key];
  if (out['rateCard'] && typeof out['rateCard'] === 'object') {
    const card = out['rateCard'] as Record<string, unknown>;
    out['rateCard'] = Object.fromEntries(
      ['video1to20s', 'video21to60s', 'video60sPlus', 'liveSession', 'commissionPct'].map((k) => [
        k,
        card[k] ?? null,
      ]),
    );
  }
  return out;
}
