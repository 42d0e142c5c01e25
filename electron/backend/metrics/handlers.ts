import type { HandlerSlice } from '../handlers';
import type { metricsContract } from '../../../shared/api/metrics';
import { notFound } from '../errors';
import { findAccount } from '../accounts/repo';
import { defaultGranularity, overviewAccounts, overviewTotals, readSeries } from './repo';
import { metricsImportHandlers } from './import/handlers';
import { requireWorkspace } from '../workspaces/guards';

export const metricsHandlers = {
  ...metricsImportHandlers,

  'metrics.series': ({ accountId, metric, from, to, granularity }, ctx) => {
    if (!findAccount(ctx.db, accountId)) throw notFound('Account', accountId);
    const resolved = granularity ?? defaultGranularity(ctx.db, accountId);
    return {
      accountId,
      metric,
      granularity: resolved,
      points: readSeries(ctx.db, { accountId, metric, granularity: resolved, from, to }),
    };
  },

  'metrics.overview': ({ workspaceId, days }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    const { rows, from, to } = overviewTotals(ctx.db, workspaceId, days);
    const totals = new Map(rows.map((r) => [r.account_id, r]));
    const accounts = overviewAccounts(ctx.db, workspaceId);
    return {
      workspaceId,
      from,
      to,
      accounts: accounts.map((a) => {
        const t = totals.get(a.id);
        return {
          accountId: a.id,
          displayName: a.display_name,
          handle: a.handle,
          role: a.role,
          followers: a.followers,
          days: t?.days ?? 0,
          views: t?.views ?? 0,
          engagement: t?.engagement ?? 0,
          gmv: (t?.gmv_fen ?? 0) / 100,
          newFollowers: t?.new_followers ?? 0,
        };
      }),
    };
  },
} satisfies HandlerSlice<typeof metricsContract>;
