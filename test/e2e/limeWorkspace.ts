import type { RunningHost } from '../support/webHost';
import { api } from './api';

export interface LimeWorkspace {
  workspaceId: string;
  brandId: string;
  storeId: string;
}

/** The drinks brand's workspace and its brand-building account 青柠官方号 (with `targets` if given). */
export async function createLimeBrand(host: RunningHost, targets?: { postsPerWeek: number }) {
  const ws = await api(host, 'workspaces.create', { name: '青柠饮品', industry: 'food_beverage' });
  const brand = await api(host, 'accounts.create', {
    workspaceId: ws.id,
    role: 'brand',
    handle: 'lime_official',
    displayName: '青柠官方号',
    ...(targets ? { targets } : {}),
  });
  return { ws, brand };
}

/** The drinks brand with one short video, 青柠气泡水开箱, planned for 2025-08-05 20:00: what the context-menu specs copy. */
export async function setupLimeVideo(host: RunningHost): Promise<{ workspaceId: string; brandId: string }> {
  const { ws, brand } = await createLimeBrand(host);
  await api(host, 'content.create', {
    workspaceId: ws.id,
    accountId: brand.id,
    title: '青柠气泡水开箱',
    format: 'short_video',
    objective: 'seed',
    plannedAt: '2025-08-05T20:00:00+08:00',
  });
  return { workspaceId: ws.id, brandId: brand.id };
}

/**
 * The drinks brand of the import fixtures (test/fixtures/content): a brand-building account and a 自播
 * sales account; with `planned`, their weekly targets and the two products the fixtures sell.
 */
export async function setupLimeWorkspace(
  host: RunningHost,
  options: { planned: boolean },
): Promise<LimeWorkspace> {
  const { planned } = options;
  const { ws, brand } = await createLimeBrand(host, planned ? { postsPerWeek: 5 } : undefined);
  const store = await api(host, 'accounts.create', {
    workspaceId: ws.id,
    role: 'sales',
    handle: 'lime_store',
    displayName: '青柠旗舰店',
    selfBroadcast: true,
    ...(planned ? { targets: { postsPerWeek: 7, liveHoursPerWeek: 6 } } : {}),
  });
  if (planned) {
    await api(host, 'products.create', {
      workspaceId: ws.id,
      name: '青柠柠檬茶 500ml',
      sku: 'LM-TEA-500',
      price: 6.5,
      tags: ['夏日'],
    });
    await api(host, 'products.create', {
      workspaceId: ws.id,
      name: '青柠礼盒 12 瓶',
      sku: 'LM-GIFT-12',
      price: 69.9,
    });
  }
  return { workspaceId: ws.id, brandId: brand.id, storeId: store.id };
}
