import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE_NAME } from '../../electron/backend/app';
import { createContext } from '../../electron/backend/context';
import { createRouter } from '../../electron/backend/router';
import type { MethodOutput } from '../../shared/api/contract';
import { addDays } from '../../shared/domain/dates';
import { freshSetupEachTest } from '../support/eachTest';
import { addForecastBrandWithStore } from '../support/brandWithStore';

/**
 * forecasts.run keeps what planned content is measured against — the account's published items (usual
 * rate, typical match) and their scored tags — until the next write (forecasts/accountPast.ts). After every
 * kind of write that can change that past, the warm backend's next forecast must equal a cold one: the same
 * call on a second connection to the same file, which has kept nothing. Each write is also checked to change
 * the forecast, so an entry that outlived its write could not pass by chance.
 */
const { t, s } = freshSetupEachTest(addForecastBrandWithStore);

type Run = MethodOutput<'forecasts.run'>;
const runInput = () =>
  ({ accountId: s.storeId, metric: 'views', horizon: 14, includePlanned: true, save: false }) as const;

/** The run without its creation time (the two connections' calls are a few milliseconds apart). */
const values = ({ createdAt: _createdAt, ...rest }: Run) => rest;

async function cold(accountId = s.storeId): Promise<ReturnType<typeof values>> {
  const db = new Database(join(t.dataDir, DB_FILE_NAME));
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  try {
    const router = createRouter(createContext(db, t.dataDir, { now: () => t.backend.context.now() }), {
      validateOutput: true,
      log: () => undefined,
    });
    const result = await router('forecasts.run', { ...runInput(), accountId });
    if (!result.ok) throw new Error(result.error.message);
    return values(result.value as Run);
  } finally {
    db.close();
  }
}

/** The warm forecast, asked twice (the second from what the first kept) and checked against a cold one. */
async function warm(accountId = s.storeId): Promise<ReturnType<typeof values>> {
  const first = values(await t.call('forecasts.run', { ...runInput(), accountId }));
  const again = values(await t.call('forecasts.run', { ...runInput(), accountId }));
  expect(again).toEqual(first);
  expect(first).toEqual(await cold(accountId));
  return first;
}

/** What planned content adds: the items' match and factor, and the per-post figures. */
const plannedPart = (run: ReturnType<typeof values>) => ({
  planned: run.planned.map((p) => [p.title, p.date, p.match, p.factor]),
  perPost: run.parameters.perPost,
});

/** Runs `write` between two warm forecasts; both equal a cold one and the write changed what is planned. */
async function afterWrite(write: () => Promise<unknown>): Promise<void> {
  const before = await warm();
  await write();
  const after = await warm();
  expect(plannedPart(after)).not.toEqual(plannedPart(before));
}

const lines = (rows: string[]) => Buffer.from(rows.join('\n')).toString('base64');

async function importCsv(rows: string[]): Promise<void> {
  const preview = await t.call('metrics.importPreview', {
    workspaceId: s.workspaceId,
    fileName: 'm.csv',
    contentBase64: lines(rows),
  });
  await t.call('metrics.importCommit', { sessionId: preview.sessionId });
}

const publish = (title: string, plannedAt: string, extra: Record<string, unknown>) =>
  t.call('content.create', {
    workspaceId: s.workspaceId,
    accountId: s.storeId,
    title,
    format: 'short_video',
    objective: 'convert',
    status: 'published',
    plannedAt,
    publishedUrl: 'https://example.com/v',
    ...extra,
  } as never);

const plan = (title: string, plannedAt: string, extra: Record<string, unknown>) =>
  t.call('content.create', {
    workspaceId: s.workspaceId,
    accountId: s.storeId,
    title,
    format: 'short_video',
    objective: 'seed',
    plannedAt,
    ...extra,
  } as never);

/**
 * 60 days of store views to 30 July 2025, a skincare-leaning audience, a product tagged 护肤 + 彩妆, four
 * published videos with per-post views (two 护肤, one 彩妆, one only through the product) and three items
 * planned in the horizon (31 July – 13 August).
 */
async function storeWithPastAndPlan() {
  const daily = ['date,account,views'];
  for (let i = 0; i < 60; i++)
    daily.push(`${addDays('2025-06-01', i)},store,${10_000 + ((i * 37) % 11) * 300}`);
  await importCsv(daily);
  await t.call('audience.set', {
    ownerType: 'account',
    ownerId: s.storeId,
    profile: {
      interests: { 'beauty.skincare': 0.7, 'beauty.makeup': 0.3 },
      gender: { female: 0.8, male: 0.2 },
      ages: { '18-23': 0.2, '24-30': 0.4, '31-40': 0.25, '41-50': 0.1, '50+': 0.05 },
      regions: [],
    },
  });
  const product = await t.call('products.create', {
    workspaceId: s.workspaceId,
    name: '口红',
    sku: 'LIP-1',
    price: 99,
    tags: ['护肤', '彩妆'],
  });
  const published = [
    await publish('已发布 护肤 1', '2025-07-10T12:00:00+08:00', { tags: ['护肤'] }),
    await publish('已发布 护肤 2', '2025-07-11T12:00:00+08:00', { tags: ['护肤'] }),
    await publish('已发布 彩妆', '2025-07-12T12:00:00+08:00', { tags: ['彩妆'] }),
    await publish('已发布 挂商品', '2025-07-13T12:00:00+08:00', { productIds: [product.id] }),
  ];
  await importCsv([
    'date,content,account,views',
    ...published.map((p, i) => `2025-07-${10 + i},${p.id},store,${[20_000, 30_000, 40_000, 25_000][i]}`),
  ]);
  await plan('计划 护肤', '2025-08-02T20:00:00+08:00', { tags: ['护肤'] });
  await plan('计划 彩妆', '2025-08-05T20:00:00+08:00', { tags: ['彩妆'] });
  await plan('计划 挂商品', '2025-08-09T23:30:00+08:00', { productIds: [product.id] });
  return { published, product };
}

describe('forecasts.run with planned content after each kind of write equals a cold forecast', () => {
  it('follows edits of published content: tags, product links, a new published item, deletion', async () => {
    const { published } = await storeWithPastAndPlan();
    const [skincare, , makeup, linked] = published;
    await afterWrite(() => t.call('content.update', { id: skincare!.id, tags: ['彩妆'] }));
    await afterWrite(() => t.call('content.update', { id: linked!.id, productIds: [] }));
    await afterWrite(() => publish('更早的已发布', '2025-06-20T12:00:00+08:00', { tags: ['护肤'] }));
    await afterWrite(() => t.call('content.delete', { id: makeup!.id }));
  });

  it('follows a status change out of and back to published, and archive and restore', async () => {
    const { published } = await storeWithPastAndPlan();
    const item = published[0]!;
    // Marked published by mistake: set back to scheduled it leaves the account's past, and comes back.
    await afterWrite(() => t.call('content.setStatus', { id: item.id, status: 'scheduled' }));
    await afterWrite(() =>
      t.call('content.setStatus', {
        id: item.id,
        status: 'published',
        publishedAt: '2025-07-10T04:00:00.000Z',
        publishedUrl: 'https://example.com/v',
      }),
    );
    // Archiving keeps an item's past (forecasts count it still): the answer only has to stay right.
    const current = published[2]!;
    await warm();
    const archived = await t.call('content.archive', { id: current.id, revision: current.revision });
    await warm();
    await t.call('content.restore', { id: current.id, revision: archived.revision });
    await warm();
  });

  it('follows a product’s tags, the audience, the interest baseline, a custom tag and the time zone', async () => {
    const { product } = await storeWithPastAndPlan();
    await afterWrite(() => t.call('products.update', { id: product.id, tags: ['彩妆'] }));
    await afterWrite(() =>
      t.call('audience.set', {
        ownerType: 'account',
        ownerId: s.storeId,
        profile: {
          interests: { 'beauty.skincare': 0.2, 'beauty.makeup': 0.8 },
          gender: { female: 0.8, male: 0.2 },
          ages: { '18-23': 0.2, '24-30': 0.4, '31-40': 0.25, '41-50': 0.1, '50+': 0.05 },
          regions: [],
        },
      }),
    );
    await afterWrite(() =>
      t.call('taxonomy.updateBaseline', { workspaceId: s.workspaceId, tagId: 'beauty.makeup', share: 0.5 }),
    );
    // An unknown tag scores nothing until it becomes the workspace's custom tag.
    await publish('已发布 熬夜党', '2025-07-14T12:00:00+08:00', { tags: ['熬夜党'] });
    await afterWrite(() => t.call('taxonomy.addCustomTag', { workspaceId: s.workspaceId, label: '熬夜党' }));
    await afterWrite(() =>
      t.call('workspaces.update', { id: s.workspaceId, timeZone: 'America/Los_Angeles' }),
    );
  });

  it('follows per-post metrics and a write committed by another connection (the import worker’s)', async () => {
    const { published } = await storeWithPastAndPlan();
    await afterWrite(() =>
      importCsv(['date,content,account,views', `2025-07-10,${published[0]!.id},store,90000`]),
    );
    await afterWrite(async () => {
      const other = new Database(join(t.dataDir, DB_FILE_NAME));
      try {
        other.prepare("UPDATE content_item_tags SET tag = '彩妆' WHERE item_id = ?").run(published[1]!.id);
      } finally {
        other.close();
      }
    });
  });

  it('follows a bundle replacing the workspace’s copy and a restore from backup', async () => {
    await storeWithPastAndPlan();
    const bundle = await t.call('bundles.export', { workspaceId: s.workspaceId });
    const copy = await t.call('bundles.import', { base64: bundle.base64, mode: 'new' });
    const storeOf = async (workspaceId: string) =>
      (await t.call('accounts.list', { workspaceId })).find((a) => a.role === 'sales')!.id;
    const copyStore = await storeOf(copy.workspaceId);
    const before = await warm(copyStore);
    // The original changes; its bundle then replaces the copy.
    await t.call('audience.set', {
      ownerType: 'account',
      ownerId: s.storeId,
      profile: {
        interests: { 'beauty.makeup': 1 },
        gender: { female: 0.8, male: 0.2 },
        ages: { '18-23': 0.2, '24-30': 0.4, '31-40': 0.25, '41-50': 0.1, '50+': 0.05 },
        regions: [],
      },
    });
    const changed = await t.call('bundles.export', { workspaceId: s.workspaceId });
    const workspaces = await t.call('workspaces.list', {});
    await t.call('bundles.import', {
      base64: changed.base64,
      mode: 'replace',
      targetWorkspaceId: copy.workspaceId,
      confirmName: workspaces.find((w) => w.id === copy.workspaceId)!.name,
    });
    const replaced = await warm(await storeOf(copy.workspaceId));
    expect(plannedPart(replaced)).not.toEqual(plannedPart(before));
    expect(plannedPart(replaced)).toEqual(plannedPart(await warm()));

    // A backup of this state, a change, then the backup restored: the forecast is the backup's again.
    const backup = await t.call('backups.create', {});
    const backedUp = await warm();
    await afterWrite(() =>
      t.call('taxonomy.updateBaseline', { workspaceId: s.workspaceId, tagId: 'beauty.makeup', share: 0.6 }),
    );
    await t.call('backups.restore', { id: backup.id });
    expect(plannedPart(await warm())).toEqual(plannedPart(backedUp));
  });
});
