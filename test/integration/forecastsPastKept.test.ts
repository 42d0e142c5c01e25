import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE_NAME } from '../../electron/backend/app';
import { findAccount } from '../../electron/backend/accounts/repo';
import { accountPast } from '../../electron/backend/forecasts/accountPast';
import { itemLinksOf, productTagsOf, publishedItemNotes } from '../../electron/backend/forecasts/plannedRepo';
import { freshSetupEachTest } from '../support/eachTest';
import {
  addForecastBrandWithStore,
  addLipstick,
  planStoreVideo,
  setSkincareAudienceOnStore,
} from '../support/brandWithStore';

/**
 * A forecast's account past (forecasts/accountPast.ts) is kept across writes it is not built from (the
 * plan's items, metrics, other accounts, the workspace's name), so the first forecast after them rereads
 * only the horizon; and it is rebuilt after a write it is built from, by this connection or another.
 * Whether it was rebuilt is seen by the published items' read being asked for. That a rebuilt past equals
 * a cold one after each such write is forecastsPlannedCache.test's part.
 */
const { t, s } = freshSetupEachTest(addForecastBrandWithStore);

/**
 * What asking for an account's past (in the workspace's zone) read: whether the published list (a rebuild),
 * which items' own tags and links, which products' tags.
 */
function pastReads(accountId = s.storeId) {
  const db = t.backend.context.db;
  const reads = { rebuilt: false, linksOf: [] as string[], productTagsOf: [] as string[] };
  accountPast(db, findAccount(db, accountId)!, 'Asia/Shanghai', {
    published: () => {
      reads.rebuilt = true;
      return publishedItemNotes(db, accountId);
    },
    links: (ids) => {
      reads.linksOf.push(...ids);
      return itemLinksOf(db, ids);
    },
    productTags: (ids) => {
      reads.productTagsOf.push(...ids);
      return productTagsOf(db, ids);
    },
  });
  return reads;
}

/** Whether asking for the store's past built it afresh. */
const pastRebuilt = (accountId = s.storeId) => pastReads(accountId).rebuilt;

const publish = (accountId: string, title: string, tags: string[], productIds: string[] = []) =>
  t.call('content.create', {
    workspaceId: s.workspaceId,
    accountId,
    title,
    format: 'short_video',
    objective: 'convert',
    status: 'published',
    plannedAt: '2025-07-10T12:00:00+08:00',
    publishedUrl: 'https://example.com/v',
    tags,
    productIds,
  });

/** The store's audience changed to one leaning to make-up. */
const setMakeupAudienceOnStore = () =>
  t.call('audience.set', {
    ownerType: 'account',
    ownerId: s.storeId,
    profile: {
      interests: { 'beauty.makeup': 1 },
      gender: { female: 0.5, male: 0.5 },
      ages: { '18-23': 0.2, '24-30': 0.2, '31-40': 0.2, '41-50': 0.2, '50+': 0.2 },
      regions: [],
    },
  });

/** A content import (a bulk write) of one published store item. */
async function importOnePublished() {
  const csv = [
    '账号,标题,形式,目标,状态,计划时间,发布链接,标签',
    'store,导入的已发布,短视频,转化,已发布,2025-07-11 12:00,https://example.com/i,彩妆',
  ];
  const file = {
    workspaceId: s.workspaceId,
    fileName: 'plan.csv',
    base64: Buffer.from(csv.join('\n')).toString('base64'),
  };
  await t.call('content.importPreview', file);
  const result = await t.call('content.importCommit', file);
  expect(result.created).toBe(1);
}

async function storeWithPast() {
  await setSkincareAudienceOnStore(t, s);
  const product = await addLipstick(t, s, ['护肤']);
  const published = await publish(s.storeId, '已发布', ['护肤']);
  const planned = await planStoreVideo(t, s, '计划', '2025-08-02T20:00:00+08:00', { tags: ['护肤'] });
  return { product, published, planned };
}

type Past = Awaited<ReturnType<typeof storeWithPast>>;

const unrelated: { name: string; write: (past: Past) => Promise<unknown> }[] = [
  {
    name: 'a planned item renamed',
    write: ({ planned }) => t.call('content.update', { id: planned.id, title: '改' }),
  },
  {
    name: 'a planned item retagged and moved',
    write: ({ planned }) =>
      t.call('content.update', { id: planned.id, tags: ['彩妆'], plannedAt: '2025-08-03T20:00:00+08:00' }),
  },
  {
    name: 'a new planned item',
    write: () => planStoreVideo(t, s, '又一个', '2025-08-04T20:00:00+08:00', { tags: ['彩妆'] }),
  },
  {
    name: 'a published item renamed',
    write: ({ published }) => t.call('content.update', { id: published.id, title: '新名' }),
  },
  { name: 'the other account’s published item', write: () => publish(s.brandId, '品牌号已发布', ['彩妆']) },
  {
    name: 'the workspace renamed',
    write: () => t.call('workspaces.update', { id: s.workspaceId, name: '新名字' }),
  },
  {
    name: 'a product renamed (its tags unchanged)',
    write: ({ product }) => t.call('products.update', { id: product.id, name: '新口红' }),
  },
  {
    name: 'per-post metrics imported',
    write: async ({ published }) => {
      const csv = ['date,content,account,views', `2025-07-10,${published.id},store,90000`].join('\n');
      const preview = await t.call('metrics.importPreview', {
        workspaceId: s.workspaceId,
        fileName: 'm.csv',
        contentBase64: Buffer.from(csv).toString('base64'),
      });
      await t.call('metrics.importCommit', { sessionId: preview.sessionId });
    },
  },
];

const related: { name: string; write: (past: Past) => Promise<unknown> }[] = [
  {
    name: 'a published item retagged',
    write: ({ published }) => t.call('content.update', { id: published.id, tags: ['彩妆'] }),
  },
  { name: 'a new published item', write: () => publish(s.storeId, '又发布', ['彩妆']) },
  {
    name: 'a planned item set to published',
    write: async ({ planned }) => {
      // An item reaches published through the workflow; each step before it leaves the past as it was.
      for (const status of ['scripting', 'filming', 'editing', 'review', 'scheduled'] as const) {
        await t.call('content.setStatus', { id: planned.id, status });
        expect(pastRebuilt()).toBe(false);
      }
      await t.call('content.setStatus', {
        id: planned.id,
        status: 'published',
        publishedAt: '2025-08-02T12:00:00.000Z',
        publishedUrl: 'https://example.com/v',
      });
    },
  },
  {
    name: 'a product’s tags',
    write: ({ product }) => t.call('products.update', { id: product.id, tags: ['彩妆'] }),
  },
  {
    name: 'the account’s audience',
    write: setMakeupAudienceOnStore,
  },
  {
    name: 'a custom tag',
    write: () => t.call('taxonomy.addCustomTag', { workspaceId: s.workspaceId, label: '熬夜党' }),
  },
  {
    // The import notes every account once at its end instead of per row (notePastChangesOnce).
    name: 'a content import of a published item',
    write: async () => {
      await importOnePublished();
    },
  },
  {
    name: 'a published item’s tags rewritten by another connection',
    write: async ({ published }) => {
      const other = new Database(join(t.dataDir, DB_FILE_NAME));
      try {
        other.prepare("UPDATE content_item_tags SET tag = '彩妆' WHERE item_id = ?").run(published.id);
      } finally {
        other.close();
      }
    },
  },
];

describe('the account past a forecast keeps', () => {
  it.each(unrelated)('is kept after $name', async ({ write }) => {
    const past = await storeWithPast();
    expect(pastRebuilt()).toBe(true);
    expect(pastRebuilt()).toBe(false);
    await write(past);
    expect(pastRebuilt()).toBe(false);
  });

  it.each(related)('is rebuilt after $name', async ({ write }) => {
    const past = await storeWithPast();
    expect(pastRebuilt()).toBe(true);
    await write(past);
    expect(pastRebuilt()).toBe(true);
    expect(pastRebuilt()).toBe(false);
  });

  it('is rebuilt for both accounts when a published item moves between them', async () => {
    const { published } = await storeWithPast();
    pastRebuilt(s.storeId);
    pastRebuilt(s.brandId);
    await t.call('content.update', { id: published.id, accountId: s.brandId });
    expect(pastRebuilt(s.storeId)).toBe(true);
    expect(pastRebuilt(s.brandId)).toBe(true);
  });
});

/**
 * A rebuilt past (migration 0430) reads the published list and notes, and the targets of only the items
 * whose own note moved or that are new to it; a write to what every item's targets include (a product's
 * tags, a bulk write) rereads all. What it builds equals a cold build: forecastsPlannedCache.test.
 */
describe('a rebuilt past rereads the targets of', () => {
  async function twoPublished() {
    const past = await storeWithPast();
    const second = await publish(s.storeId, '已发布 2', ['彩妆'], [past.product.id]);
    const all = publishedItemNotes(t.backend.context.db, s.storeId).map((r) => r.id);
    expect(all).toHaveLength(2);
    return { ...past, second, all };
  }
  type Two = Awaited<ReturnType<typeof twoPublished>>;
  const setPublished = async (id: string) => {
    const { status } = await t.call('content.get', { id });
    const workflow = ['scripting', 'filming', 'editing', 'review', 'scheduled'] as const;
    for (const next of workflow.slice(workflow.indexOf(status as never) + 1))
      await t.call('content.setStatus', { id, status: next });
    await t.call('content.setStatus', {
      id,
      status: 'published',
      publishedAt: '2025-08-02T12:00:00.000Z',
      publishedUrl: 'https://example.com/v',
    });
  };

  /** The items whose own tags and links, and the products whose tags, a rebuild is expected to read. */
  type Reread = { items: string[]; products?: string[] };
  const cases: { name: string; write: (past: Two) => Promise<Reread> }[] = [
    {
      // The app refuses to reschedule a published item; an import of corrected times or the import worker
      // may still write one.
      name: 'no item after a published item re-dated',
      write: async ({ published }) => {
        t.backend.context.db
          .prepare("UPDATE content_items SET planned_at = '2025-07-09T04:00:00.000Z' WHERE id = ?")
          .run(published.id);
        return { items: [] };
      },
    },
    {
      name: 'no item after the account’s audience changed (only the scores)',
      write: async () => {
        await setMakeupAudienceOnStore();
        return { items: [] };
      },
    },
    {
      name: 'the one item retagged',
      write: async ({ published }) => {
        await t.call('content.update', { id: published.id, tags: ['彩妆'] });
        return { items: [published.id] };
      },
    },
    {
      name: 'the one item given a product',
      write: async ({ published, product }) => {
        await t.call('content.update', { id: published.id, productIds: [product.id] });
        return { items: [published.id] };
      },
    },
    {
      name: 'the new item of a planned item set to published',
      write: async ({ planned }) => {
        await setPublished(planned.id);
        return { items: [planned.id] };
      },
    },
    {
      name: 'the new item of a new published item',
      write: async () => ({ items: [(await publish(s.storeId, '又发布', ['护肤'])).id] }),
    },
    {
      name: 'the item set back, retagged while not published and published again',
      write: async ({ second }) => {
        await t.call('content.setStatus', { id: second.id, status: 'scheduled' });
        await t.call('content.update', { id: second.id, tags: ['护肤'] });
        await setPublished(second.id);
        return { items: [second.id] };
      },
    },
    {
      name: 'the item retagged by another connection',
      write: async ({ second }) => {
        const other = new Database(join(t.dataDir, DB_FILE_NAME));
        try {
          other.prepare("UPDATE content_item_tags SET tag = '护肤' WHERE item_id = ?").run(second.id);
        } finally {
          other.close();
        }
        return { items: [second.id] };
      },
    },
    {
      name: 'no item but the products after a product’s tags changed',
      write: async ({ product }) => {
        await t.call('products.update', { id: product.id, tags: ['彩妆'] });
        return { items: [], products: [product.id] };
      },
    },
  ];

  it.each(cases)('$name', async ({ write }) => {
    const past = await twoPublished();
    const first = pastReads();
    expect(first.linksOf.sort()).toEqual([...past.all].sort());
    expect(first.productTagsOf).toEqual([past.product.id]);
    const expected = await write(past);
    const reads = pastReads();
    expect(reads.rebuilt).toBe(true);
    expect(reads.linksOf.sort()).toEqual([...expected.items].sort());
    expect(reads.productTagsOf).toEqual(expected.products ?? []);
  });

  it('every item and product after a content import (a bulk write leaves no item notes)', async () => {
    const past = await twoPublished();
    pastReads();
    await importOnePublished();
    const now = publishedItemNotes(t.backend.context.db, s.storeId).map((r) => r.id);
    expect(now).toHaveLength(past.all.length + 1);
    const reads = pastReads();
    expect(reads.linksOf.sort()).toEqual(now.sort());
    expect(reads.productTagsOf).toEqual([past.product.id]);
  });
});
