import type { TargetKey } from '../../../../shared/domain/account';

/*
 * How each target figure is shown. Apart from targetFields.ts (the form's fields, built from the zod schemas):
 * the account cards need only this table, and importing the schemas would put zod and the account domain's
 * schema construction on the matrix's first screen (issue 11 §8).
 */

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
