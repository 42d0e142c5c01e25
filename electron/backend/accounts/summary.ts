import type { Db } from '../db/types';
import type { MatrixSummary } from '../../../shared/domain/matrix';
import { fenToYuan } from '../../../shared/domain/money';

interface RoleTotalsRow {
  role: 'brand' | 'sales';
  accounts: number;
  self_broadcast: number;
  followers: number;
  posts_per_week: number | null;
  follower_growth_monthly: number | null;
  a3_growth_monthly: number | null;
  live_hours_per_week: number | null;
  gmv_monthly_fen: number | null;
}

/** Column totals for the matrix; archived accounts are out of the plan and out of the sums. */
export function matrixSummary(db: Db, workspaceId: string): MatrixSummary {
  const rows = db
    .prepare<[string], RoleTotalsRow>(
      `SELECT role, COUNT(*) AS accounts, SUM(self_broadcast) AS self_broadcast,
         COALESCE(SUM(followers), 0) AS followers,
         SUM(posts_per_week_target) AS posts_per_week,
         SUM(follower_growth_monthly_target) AS follower_growth_monthly,
         SUM(a3_growth_monthly_target) AS a3_growth_monthly,
         SUM(live_hours_per_week_target) AS live_hours_per_week,
         SUM(gmv_monthly_target_fen) AS gmv_monthly_fen
       FROM accounts WHERE workspace_id = ? AND archived_at IS NULL GROUP BY role`,
    )
    .all(workspaceId);
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
