import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import type { Account, AccountFields } from '../../../shared/domain/account';
import { platformSchema } from '../../../shared/domain/account';
import { fenToYuan, yuanToFen } from '../../../shared/domain/money';

interface AccountRow {
  id: string;
  workspace_id: string;
  platform: string;
  handle: string;
  display_name: string;
  role: 'brand' | 'sales';
  self_broadcast: number;
  followers: number;
  notes: string;
  posts_per_week_target: number | null;
  follower_growth_monthly_target: number | null;
  engagement_rate_pct_target: number | null;
  a3_growth_monthly_target: number | null;
  live_hours_per_week_target: number | null;
  gmv_monthly_target_fen: number | null;
  gpm_target_fen: number | null;
  roi_target: number | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

const fen = (v: number | null) => (v === null ? null : fenToYuan(v));

export function toAccount(row: AccountRow): Account {
  const common = {
    id: row.id,
    workspaceId: row.workspace_id,
    platform: platformSchema.parse(row.platform),
    handle: row.handle,
    displayName: row.display_name,
    followers: row.followers,
    notes: row.notes,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.role === 'brand') {
    return {
      ...common,
      role: 'brand',
      selfBroadcast: false,
      targets: {
        postsPerWeek: row.posts_per_week_target,
        followerGrowthMonthly: row.follower_growth_monthly_target,
        engagementRatePct: row.engagement_rate_pct_target,
        a3GrowthMonthly: row.a3_growth_monthly_target,
      },
    };
  }
  return {
    ...common,
    role: 'sales',
    selfBroadcast: row.self_broadcast === 1,
    targets: {
      postsPerWeek: row.posts_per_week_target,
      liveHoursPerWeek: row.live_hours_per_week_target,
      gmvMonthly: fen(row.gmv_monthly_target_fen),
      gpm: fen(row.gpm_target_fen),
      roi: row.roi_target,
    },
  };
}

/** Flattens validated fields into column values; targets of the other role are always NULL. */
function toColumns(fields: AccountFields) {
  const t = fields.targets as Record<string, number | null | undefined>;
  const v = (k: string) => t[k] ?? null;
  const money = (k: string) => {
    const yuan = v(k);
    return yuan === null ? null : yuanToFen(yuan);
  };
  return {
    workspaceId: fields.workspaceId,
    platform: fields.platform,
    handle: fields.handle,
    displayName: fields.displayName,
    role: fields.role,
    selfBroadcast: fields.role === 'sales' && fields.selfBroadcast ? 1 : 0,
    followers: fields.followers,
    notes: fields.notes,
    postsPerWeek: v('postsPerWeek'),
    followerGrowthMonthly: fields.role === 'brand' ? v('followerGrowthMonthly') : null,
    engagementRatePct: fields.role === 'brand' ? v('engagementRatePct') : null,
    a3GrowthMonthly: fields.role === 'brand' ? v('a3GrowthMonthly') : null,
    liveHoursPerWeek: fields.role === 'sales' ? v('liveHoursPerWeek') : null,
    gmvMonthlyFen: fields.role === 'sales' ? money('gmvMonthly') : null,
    gpmFen: fields.role === 'sales' ? money('gpm') : null,
    roi: fields.role === 'sales' ? v('roi') : null,
  };
}

export function listAccounts(db: Db, workspaceId: string, includeArchived: boolean): Account[] {
  const rows = prepared<[string, number], AccountRow>(
    db,
    `SELECT * FROM accounts WHERE workspace_id = ? AND (? = 1 OR archived_at IS NULL)
       ORDER BY role, created_at, rowid`,
  ).all(workspaceId, includeArchived ? 1 : 0);
  return rows.map(toAccount);
}

export function findAccount(db: Db, id: string): Account | undefined {
  const row = prepared<[string], AccountRow>(db, 'SELECT * FROM accounts WHERE id = ?').get(id);
  return row ? toAccount(row) : undefined;
}

export function findAccountByHandle(
  db: Db,
  workspaceId: string,
  platform: string,
  handle: string,
): { id: string } | undefined {
  return prepared<[string, string, string], { id: string }>(
    db,
    'SELECT id FROM accounts WHERE workspace_id = ? AND platform = ? AND handle = ?',
  ).get(workspaceId, platform, handle);
}

export function insertAccount(db: Db, id: string, fields: AccountFields, at: string): void {
  prepared(
    db,
    `INSERT INTO accounts (id, workspace_id, platform, handle, display_name, role, self_broadcast, followers, notes,
       posts_per_week_target, follower_growth_monthly_target, engagement_rate_pct_target, a3_growth_monthly_target,
       live_hours_per_week_target, gmv_monthly_target_fen, gpm_target_fen, roi_target, created_at, updated_at)
     VALUES (@id, @workspaceId, @platform, @handle, @displayName, @role, @selfBroadcast, @followers, @notes,
       @postsPerWeek, @followerGrowthMonthly, @engagementRatePct, @a3GrowthMonthly,
       @liveHoursPerWeek, @gmvMonthlyFen, @gpmFen, @roi, @at, @at)`,
  ).run({ id, at, ...toColumns(fields) });
}

export function updateAccountRow(db: Db, id: string, fields: AccountFields, at: string): void {
  prepared(
    db,
    `UPDATE accounts SET platform = @platform, handle = @handle, display_name = @displayName, role = @role,
       self_broadcast = @selfBroadcast, followers = @followers, notes = @notes,
       posts_per_week_target = @postsPerWeek, follower_growth_monthly_target = @followerGrowthMonthly,
       engagement_rate_pct_target = @engagementRatePct, a3_growth_monthly_target = @a3GrowthMonthly,
       live_hours_per_week_target = @liveHoursPerWeek, gmv_monthly_target_fen = @gmvMonthlyFen,
       gpm_target_fen = @gpmFen, roi_target = @roi, updated_at = @at
     WHERE id = @id`,
  ).run({ id, at, ...toColumns(fields) });
}

export function setArchived(db: Db, id: string, archivedAt: string | null, at: string): void {
  prepared(db, 'UPDATE accounts SET archived_at = ?, updated_at = ? WHERE id = ?').run(archivedAt, at, id);
}

export function deleteAccountRow(db: Db, id: string): boolean {
  return prepared(db, 'DELETE FROM accounts WHERE id = ?').run(id).changes > 0;
}

export interface RoleTotalsRow {
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

/** Per-role sums of the matrix's active accounts (archived accounts are out of the plan). */
export function listRoleTotals(db: Db, workspaceId: string): RoleTotalsRow[] {
  return prepared<[string], RoleTotalsRow>(
    db,
    `SELECT role, COUNT(*) AS accounts, SUM(self_broadcast) AS self_broadcast,
         COALESCE(SUM(followers), 0) AS followers,
         SUM(posts_per_week_target) AS posts_per_week,
         SUM(follower_growth_monthly_target) AS follower_growth_monthly,
         SUM(a3_growth_monthly_target) AS a3_growth_monthly,
         SUM(live_hours_per_week_target) AS live_hours_per_week,
         SUM(gmv_monthly_target_fen) AS gmv_monthly_fen
       FROM accounts WHERE workspace_id = ? AND archived_at IS NULL GROUP BY role`,
  ).all(workspaceId);
}
