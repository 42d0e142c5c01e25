import {
  brandTargetKeys,
  brandTargetsSchema,
  salesTargetKeys,
  salesTargetsSchema,
  type AccountRole,
  type TargetKey,
} from '../../../../shared/domain/account';
import type { z } from 'zod';

export type TargetKind = 'count' | 'percent' | 'money' | 'hours' | 'ratio';

export const targetKind: Record<TargetKey, TargetKind> = {
  postsPerWeek: 'count',
  followerGrowthMonthly: 'count',
  engagementRatePct: 'percent',
  a3GrowthMonthly: 'count',
  liveHoursPerWeek: 'hours',
  gmvMonthly: 'money',
  gpm: 'money',
  roi: 'ratio',
};

export function targetFieldsFor(role: AccountRole): { key: TargetKey; schema: z.ZodType }[] {
  if (role === 'brand') return brandTargetKeys.map((key) => ({ key, schema: brandTargetsSchema.shape[key] }));
  return salesTargetKeys.map((key) => ({ key, schema: salesTargetsSchema.shape[key] }));
}
