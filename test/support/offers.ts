import type { MethodInput } from '../../shared/api/contract';
import type { TestBackend } from './backend';

/** A date `days` from today (UTC calendar), YYYY-MM-DD: offers in tests expire relative to the real clock. */
export function inDays(days: number, from = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export const sampleAudience = () => ({
  interests: {
    'beauty.skincare': 0.42,
    'beauty.makeup': 0.18,
    'fashion.womenswear': 0.2,
    'food.snacks': 0.2,
  },
  gender: { female: 0.82, male: 0.18 },
  ages: { '18-23': 0.22, '24-30': 0.41, '31-40': 0.24, '41-50': 0.09, '50+': 0.04 },
  regions: [
    { name: '广东', share: 0.14 },
    { name: '浙江', share: 0.09 },
  ],
});

/** 小鹿成分党's rate card (¥ per deliverable, commission in %), which the offer totals are priced from. */
export const sampleRateCard = () => ({
  video1to20s: 8_000,
  video21to60s: 12_000,
  video60sPlus: 18_000,
  liveSession: 30_000,
  commissionPct: 20,
});

export const creatorInput = (workspaceId: string, overrides: Record<string, unknown> = {}) =>
  ({
    workspaceId,
    displayName: '小鹿成分党',
    platform: 'douyin',
    handle: '@xiaolu_skin',
    followers: 356_000,
    categories: ['beauty'],
    engagementRatePct: 4.2,
    medianViews: 80_000,
    avgGpm: 620,
    audience: sampleAudience(),
    rateCard: sampleRateCard(),
    contact: 'wx: xiaolu',
    ...overrides,
  }) as MethodInput<'creators.create'>;

export interface BrandSetup {
  workspaceId: string;
  brandAccountId: string;
  salesAccountId: string;
  creatorId: string;
}

export async function setUpBrand(t: TestBackend, name = '山茶花研'): Promise<BrandSetup> {
  const workspaceId = (await t.call('workspaces.create', { name, industry: 'beauty_personal_care' })).id;
  const account = async (role: 'brand' | 'sales', handle: string, displayName: string, followers: number) =>
    (await t.call('accounts.create', { workspaceId, role, handle, displayName, followers })).id;
  const brandAccountId = await account('brand', 'camellia_official', '山茶花研官方', 120_000);
  const salesAccountId = await account('sales', 'camellia_store', '山茶花研旗舰店', 300_000);
  const creatorId = (await t.call('creators.create', creatorInput(workspaceId))).id;
  return { workspaceId, brandAccountId, salesAccountId, creatorId };
}

export const offerInput = (s: BrandSetup, overrides: Record<string, unknown> = {}) =>
  ({
    workspaceId: s.workspaceId,
    creatorId: s.creatorId,
    title: '夏季防晒种草',
    targetTags: ['beauty.skincare'],
    deliverables: [
      { format: 'video', durationBand: '21-60s', count: 2, dueOn: inDays(20), accountId: s.brandAccountId },
      { format: 'live', count: 1, dueOn: inDays(25), accountId: s.salesAccountId },
    ],
    feeYuan: 50_000,
    commissionPct: 15,
    usageRightsDays: 90,
    exclusivityDays: 30,
    message: '期待合作！',
    expiresOn: inDays(30),
    ...overrides,
  }) as MethodInput<'offers.create'>;
