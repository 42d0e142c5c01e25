import type { Db } from '../db/types';
import type { MatrixSummary } from '../../../shared/domain/matrix';
import { fenToYuan } from '../../../shared/domain/money';
import { listRoleTotals } from './repo';

/** Column totals for the matrix; archived accounts are out of the plan and out of the sums. */
export function matrixSummary(db: Db, workspaceId: string): MatrixSummary {
  const rows = listRoleTotals(db, workspaceId);
  const brand = rows.find((r) => r.role === 'brand');
  const sales = rows.find((r) => r.role === 'sales');
  return {
    workspaceId,
    totals: {
      accounts: (brand?.accounts ?? 0) + (sales?.accounts ?? 0),
      followers: (brand?.followers ?? 0) + (sales?.followers ?? 0),
    },
    brand: {
      accounts: brand?.accounts ?? 0,
      followers: brand?.followers ?? 0,
      targets: {
        postsPerWeek: brand?.posts_per_week ?? null,
        followerGrowthMonthly: brand?.follower_growth_monthly ?? null,
        a3GrowthMonthly: brand?.a3_growth_monthly ?? null,
      },
    },
    sales: {
      accounts: sales?.accounts ?? 0,
      selfBroadcastAccounts: sales?.self_broadcast ?? 0,
      followers: sales?.followers ?? 0,
      targets: {
        postsPerWeek: sales?.posts_per_week ?? null,
        liveHoursPerWeek: sales?.live_hours_per_week ?? null,
        gmvMonthly: sales?.gmv_monthly_fen == null ? null : fenToYuan(sales.gmv_monthly_fen),
      },
    },
  };
}
