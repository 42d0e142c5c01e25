import { createTestBackend, type TestBackend } from './backend';

export interface BrandWithStore {
  t: TestBackend;
  workspaceId: string;
  /** A brand-building account (品牌号): no live selling. */
  brandId: string;
  /** A sales account (旗舰店 @brand_store): the room of self-broadcast lives and a metrics account. */
  storeId: string;
}

/** A fresh backend with one brand workspace and its two accounts, as the import tests need them. */
export async function setupBrandWithStore(): Promise<BrandWithStore> {
  const t = await createTestBackend();
  const workspaceId = (
    await t.call('workspaces.create', { name: '测试品牌', industry: 'beauty_personal_care' })
  ).id;
  const account = async (role: 'brand' | 'sales', handle: string, displayName: string) =>
    (await t.call('accounts.create', { workspaceId, role, handle, displayName })).id;
  const brandId = await account('brand', 'brand_official', '山茶花研官方');
  const storeId = await account('sales', 'brand_store', '旗舰店');
  return { t, workspaceId, brandId, storeId };
}
