import { z } from 'zod';

const nullableTotal = z.number().nullable();

export const matrixSummarySchema = z.object({
  workspaceId: z.string(),
  totals: z.object({ accounts: z.number().int(), followers: z.number().int() }),
  brand: z.object({
    accounts: z.number().int(),
    followers: z.number().int(),
    targets: z.object({
      postsPerWeek: nullableTotal,
      followerGrowthMonthly: nullableTotal,
      a3GrowthMonthly: nullableTotal,
    }),
  }),
  sales: z.object({
    accounts: z.number().int(),
    selfBroadcastAccounts: z.number().int(),
    followers: z.number().int(),
    targets: z.object({
      postsPerWeek: nullableTotal,
      liveHoursPerWeek: nullableTotal,
      gmvMonthly: nullableTotal,
    }),
  }),
});
export type MatrixSummary = z.infer<typeof matrixSummarySchema>;
