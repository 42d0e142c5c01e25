import type { AccountFieldsInput } from '../../../shared/domain/account';
import { accountFieldsSchema } from '../../../shared/domain/account';
import { insertAccount } from '../accounts/repo';
import type { SampleSeeder } from './types';

type SampleAccount = Omit<AccountFieldsInput, 'workspaceId'>;

/**
 * A domestic skincare brand's matrix: two brand-building accounts (official story + a formulist persona)
 * and three sales accounts, one of them the daily 自播 live room. Figures are plausible, not real.
 */
const sampleAccounts: SampleAccount[] = [
  {
    role: 'brand',
    platform: 'douyin',
    handle: 'camellialab_official',
    displayName: '山茶花研 CamelliaLab',
    followers: 386_000,
    notes: '品牌官方号：品牌故事、成分溯源、新品首发预热。',
    targets: {
      postsPerWeek: 5,
      followerGrowthMonthly: 25_000,
      engagementRatePct: 4.5,
      a3GrowthMonthly: 120_000,
    },
  },
  {
    role: 'brand',
    platform: 'douyin',
    handle: 'xiaocha_skinlab',
    displayName: '成分实验室·小茶',
    followers: 152_000,
    notes: '人设号：配方师“小茶”讲成分、做测评，负责种草。',
    targets: {
      postsPerWeek: 7,
      followerGrowthMonthly: 15_000,
      engagementRatePct: 6.2,
      a3GrowthMonthly: 80_000,
    },
  },
  {
    role: 'sales',
    platform: 'douyin',
    handle: 'camellialab_store',
    displayName: '山茶花研官方旗舰店',
    followers: 528_000,
    selfBroadcast: true,
    notes: '自播直播间：每天两场（午场 12:00、晚场 19:30）。',
    targets: { postsPerWeek: 14, liveHoursPerWeek: 42, gmvMonthly: 3_800_000, gpm: 1_250, roi: 3.2 },
  },
  {
    role: 'sales',
    platform: 'douyin',
    handle: 'camellialab_deals',
    displayName: '山茶花研 好价福利社',
    followers: 96_000,
    notes: '短视频带货：限时好价、组合装、会员日。',
    targets: { postsPerWeek: 21, liveHoursPerWeek: 6, gmvMonthly: 650_000, gpm: 680, roi: 2.6 },
  },
  {
    role: 'sales',
    platform: 'xiaohongshu',
    handle: 'camellia_suncare',
    displayName: '山茶花研 防晒专场',
    followers: 41_000,
    notes: '防晒线专项号，夏季加推。',
    targets: { postsPerWeek: 10, liveHoursPerWeek: 12, gmvMonthly: 420_000, gpm: 820, roi: 2.8 },
  },
];

export const seedSampleAccounts: SampleSeeder = (ctx, refs) => {
  const at = ctx.now().toISOString();
  for (const account of sampleAccounts) {
    const fields = accountFieldsSchema.parse({ ...account, workspaceId: refs.workspaceId });
    const id = ctx.newId();
    insertAccount(ctx.db, id, fields, at);
    refs.accounts.set(fields.handle, id);
  }
};
