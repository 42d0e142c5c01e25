import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE_NAME } from '../../electron/backend/app';
import { createContext } from '../../electron/backend/context';
import { createRouter } from '../../electron/backend/router';
import type { MethodOutput } from '../../shared/api/contract';
import { addDays } from '../../shared/domain/dates';
import { freshSetupEachTest } from '../support/eachTest';
import {
  addForecastBrandWithStore,
  addLipstick,
  planStoreVideo,
  setSkincareAudienceOnStore,
  type StoreVideoArgs,
} from '../support/brandWithStore';

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

const plan = (...args: StoreVideoArgs) => planStoreVideo(t, s, ...args);

/**
 * 60 days of store views to 30 July 2025, a skincare-leaning audience, a product tagged 护肤 + 彩妆, four
 * published videos with per-post views (one 护肤, two 彩妆, one only through the product: the typical
 * match is the mean of the middle two, which each of these writes moves) and three items
 * planned in the horizon (31 July – 13 August).
 */
async function storeWithPastAndPlan() {
  const daily = ['date,account,views'];
  for (let i = 0; i < 60; i++)
    daily.push(`${addDays('2025-06-01', i)},store,${10_000 + ((i * 37) % 11) * 300}`);
  await importCsv(daily);
  await setSkincareAudienceOnStore(t, s);
  const product = await addLipstick(t, s, ['护肤', '彩妆']);
  const published = [
    await publish('已发布 护肤', '2025-07-10T12:00:00+08:00', { tags: ['护肤'] }),
    await publish('已发布 彩妆 1', '2025-07-11T12:00:00+08:00', { tags: ['彩妆'] }),
    await publish('已发布 彩妆 2', '2025-07-12T12:00:00+08:00', { tags: ['彩妆'] }),
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

type Past = Awaited<ReturnType<typeof storeWithPastAndPlan>>;

const makeupAudience = {
  ownerType: 'account',
  ownerId: '',
  profile: {
    interests: { 'beauty.skincare': 0.2, 'beauty.makeup': 0.8 },
    gender: { female: 0.8, male: 0.2 },
    ages: { '18-23': 0.2, '24-30': 0.4, '31-40': 0.25, '41-50': 0.1, '50+': 0.05 },
    regions: [],
  },
} as const;

/**
 * Each write that can change what planned content is measured against, with what it needs first.
 * `changes: false`: the write leaves the forecast as it was (an archived item keeps its past), so only
 * warm = cold is checked. Per-post metrics are read on every call; they are here because the issue lists
 * them among the writes a kept past must not outlive.
 */
const writes: {
  name: string;
  prepare?: (past: Past) => Promise<unknown>;
  write: (past: Past) => Promise<unknown>;
  changes?: false;
}[] = [
  {
    name: 'a published item’s tags',
    write: ({ published }) => t.call('content.update', { id: published[0]!.id, tags: ['彩妆'] }),
  },
  {
    name: 'a published item’s product links',
    write: ({ published }) => t.call('content.update', { id: published[3]!.id, productIds: [] }),
  },
  {
    name: 'a new published item',
    write: () => publish('更早的已发布', '2025-06-20T12:00:00+08:00', { tags: ['护肤'] }),
  },
  {
    name: 'a published item deleted',
    write: ({ published }) => t.call('content.delete', { id: published[2]!.id }),
  },
  {
    name: 'a published item set back to scheduled (marked published by mistake)',
    write: ({ published }) => t.call('content.setStatus', { id: published[0]!.id, status: 'scheduled' }),
  },
  {
    name: 'an item set to published',
    prepare: ({ published }) => t.call('content.setStatus', { id: published[0]!.id, status: 'scheduled' }),
    write: ({ published }) =>
      t.call('content.setStatus', {
        id: published[0]!.id,
        status: 'published',
        publishedAt: '2025-07-10T04:00:00.000Z',
        publishedUrl: 'https://example.com/v',
      }),
  },
  {
    // Between two forecasts: a past kept from before must not keep the item's old targets (0430).
    name: 'a published item set back, retagged while not published and published again',
    write: async ({ published }) => {
      const id = published[0]!.id;
      await t.call('content.setStatus', { id, status: 'scheduled' });
      await t.call('content.update', { id, tags: ['彩妆'] });
      await t.call('content.setStatus', {
        id,
        status: 'published',
        publishedAt: '2025-07-10T04:00:00.000Z',
        publishedUrl: 'https://example.com/v',
      });
    },
  },
  {
    name: 'a published item moved to the other account, retagged there and moved back',
    write: async ({ published }) => {
      const id = published[0]!.id;
      await t.call('content.update', { id, accountId: s.brandId });
      await t.call('content.update', { id, tags: ['彩妆'] });
      await t.call('content.update', { id, accountId: s.storeId });
    },
  },
  {
    // As an undo of a delete might: the same id back, without the tags it had.
    name: 'a published item deleted and inserted again under its id without its tags',
    write: ({ published }) => {
      const db = t.backend.context.db;
      const id = published[0]!.id;
      const row = db.prepare('SELECT * FROM content_items WHERE id = ?').get(id) as Record<string, unknown>;
      const columns = Object.keys(row);
      db.transaction(() => {
        db.prepare('DELETE FROM content_items WHERE id = ?').run(id);
        db.prepare(
          `INSERT INTO content_items (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
        ).run(row);
      })();
      return Promise.resolve();
    },
  },
  {
    name: 'a published item archived and restored',
    write: async ({ published }) => {
      const item = published[2]!;
      const archived = await t.call('content.archive', { id: item.id, revision: item.revision });
      await warm();
      await t.call('content.restore', { id: item.id, revision: archived.revision });
    },
    changes: false,
  },
  {
    name: 'a linked product’s tags',
    write: ({ product }) => t.call('products.update', { id: product.id, tags: ['彩妆'] }),
  },
  {
    name: 'the account’s audience',
    write: () => t.call('audience.set', { ...makeupAudience, ownerId: s.storeId }),
  },
  {
    name: 'the workspace’s interest baseline',
    write: () =>
      t.call('taxonomy.updateBaseline', { workspaceId: s.workspaceId, tagId: 'beauty.makeup', share: 0.5 }),
  },
  {
    name: 'a new custom tag that a published item already carried',
    // An unknown tag scores nothing until it becomes the workspace's custom tag.
    prepare: () => publish('已发布 熬夜党', '2025-07-14T12:00:00+08:00', { tags: ['熬夜党'] }),
    write: () => t.call('taxonomy.addCustomTag', { workspaceId: s.workspaceId, label: '熬夜党' }),
  },
  {
    name: 'the workspace’s time zone',
    write: () => t.call('workspaces.update', { id: s.workspaceId, timeZone: 'America/Los_Angeles' }),
  },
  {
    name: 'per-post metrics',
    write: ({ published }) =>
      importCsv(['date,content,account,views', `2025-07-10,${published[0]!.id},store,90000`]),
  },
  {
    name: 'a commit by another connection (the import worker’s)',
    write: async ({ published }) => {
      const other = new Database(join(t.dataDir, DB_FILE_NAME));
      try {
        other.prepare("UPDATE content_item_tags SET tag = '护肤' WHERE item_id = ?").run(published[1]!.id);
      } finally {
        other.close();
      }
    },
  },
];

describe('forecasts.run with planned content after each kind of write equals a cold forecast', () => {
  it.each(writes)('follows $name', async ({ prepare, write, changes }) => {
    const past = await storeWithPastAndPlan();
    await prepare?.(past);
    const before = await warm();
    await write(past);
    const after = await warm();
    if (changes === false) expect(plannedPart(after)).toEqual(plannedPart(before));
    else expect(plannedPart(after)).not.toEqual(plannedPart(before));
  });

  it('follows a bundle replacing the workspace’s copy', async () => {
    await storeWithPastAndPlan();
    const bundle = await t.call('bundles.export', { workspaceId: s.workspaceId });
    const copy = await t.call('bundles.import', { base64: bundle.base64, mode: 'new' });
    const storeOf = async (workspaceId: string) =>
      (await t.call('accounts.list', { workspaceId })).find((a) => a.role === 'sales')!.id;
    const before = await warm(await storeOf(copy.workspaceId));
    // The original changes; its bundle then replaces the copy.
    await t.call('audience.set', { ...makeupAudience, ownerId: s.storeId });
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
  });

  it('keeps nothing built inside a transaction that is then rolled back', async () => {
    const { published } = await storeWithPastAndPlan();
    const before = await warm();
    // A job's transaction (forecast all, an import) may write, forecast and roll back: the write stamp
    // moved with the write and stays moved, so a past built in between would pass for current.
    const db = t.backend.context.db;
    db.exec('BEGIN');
    db.prepare("UPDATE content_item_tags SET tag = '护肤' WHERE item_id = ?").run(published[1]!.id);
    const inside = values(await t.call('forecasts.run', runInput()));
    db.exec('ROLLBACK');
    expect(plannedPart(inside)).not.toEqual(plannedPart(before));
    expect(plannedPart(await warm())).toEqual(plannedPart(before));
  });

  it('follows a restore from backup', async () => {
    await storeWithPastAndPlan();
    const backup = await t.call('backups.create', {});
    const backedUp = await warm();
    await t.call('audience.set', { ...makeupAudience, ownerId: s.storeId });
    expect(plannedPart(await warm())).not.toEqual(plannedPart(backedUp));
    await t.call('backups.restore', { id: backup.id });
    expect(plannedPart(await warm())).toEqual(plannedPart(backedUp));
  });
});
