import type { MethodInput } from '../../shared/api/contract';
import { createTestBackend, type TestBackend } from './backend';
import { createBrandWorkspace } from './eachTest';

export interface BrandAndStore {
  workspaceId: string;
  /** A brand-building account (品牌号): no live selling. */
  brandId: string;
  /** A sales account (旗舰店 @brand_store): the room of self-broadcast lives and a metrics account. */
  storeId: string;
}

export interface BrandWithStore extends BrandAndStore {
  t: TestBackend;
}

/** The handles the two accounts get; the metrics exports the tests import name the account by handle. */
export interface AccountHandles {
  brand: string;
  store: string;
}

const IMPORT_HANDLES: AccountHandles = { brand: 'brand_official', store: 'brand_store' };

/** One brand workspace and its two accounts on `t`, as the import and forecast tests need them. */
export async function addBrandWithStore(
  t: TestBackend,
  handles: AccountHandles = IMPORT_HANDLES,
): Promise<BrandAndStore> {
  const workspaceId = await createBrandWorkspace(t);
  const account = async (role: 'brand' | 'sales', handle: string, displayName: string) =>
    (await t.call('accounts.create', { workspaceId, role, handle, displayName })).id;
  const brandId = await account('brand', handles.brand, '山茶花研官方');
  const storeId = await account('sales', handles.store, '旗舰店');
  return { workspaceId, brandId, storeId };
}

/** A fresh backend with one brand workspace and its two accounts. */
export async function setupBrandWithStore(): Promise<BrandWithStore> {
  const t = await createTestBackend();
  return { t, ...(await addBrandWithStore(t)) };
}

/** The forecast tests' accounts: their metrics exports name the accounts `brand` and `store`. */
export const addForecastBrandWithStore = (t: TestBackend): Promise<BrandAndStore> =>
  addBrandWithStore(t, { brand: 'brand', store: 'store' });

/** The store's audience leans to skincare (makeup second), so skincare content planned on it matches well. */
export async function setSkincareAudienceOnStore(t: TestBackend, s: BrandAndStore): Promise<void> {
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
}

/** What `planStoreVideo` takes after the backend and workspace: tags, products or a status in `extra`. */
export type StoreVideoArgs = [
  title: string,
  plannedAt: string,
  extra?: Partial<MethodInput<'content.create'>>,
];

/** A short video to seed (种草) planned on the store. */
export const planStoreVideo = (
  t: TestBackend,
  s: BrandAndStore,
  ...[title, plannedAt, extra = {}]: StoreVideoArgs
) =>
  t.call('content.create', {
    workspaceId: s.workspaceId,
    accountId: s.storeId,
    title,
    format: 'short_video',
    objective: 'seed',
    plannedAt,
    ...extra,
  });

/** A lipstick (口红, LIP-1, ¥99) in the workspace with these free tags, as the forecast tests link it. */
export const addLipstick = (t: TestBackend, s: BrandAndStore, tags: string[]) =>
  t.call('products.create', { workspaceId: s.workspaceId, name: '口红', sku: 'LIP-1', price: 99, tags });
