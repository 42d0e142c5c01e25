import type { HandlerSlice } from '../handlers';
import type { forecastsContract } from '../../../shared/api/forecasts';
import { notFound } from '../errors';
import { findAccount } from '../accounts/repo';
import { requireWorkspace } from '../workspaces/guards';
import { forecastParsedSeries } from '../../../shared/forecast';
import { computeRun } from './run';
import { deleteRunRow, insertRun, listRuns, pageRuns } from './repo';
import { accuracyOf } from './accuracy';

export const forecastsHandlers = {
  'forecasts.series': (input) => forecastParsedSeries(input),

  'forecasts.run': ({ accountId, metric, horizon, frequency, includePlanned, save }, ctx) => {
    const account = findAccount(ctx.db, accountId);
    if (!account) throw notFound('Account', accountId);
    const { run, inputs } = computeRun(ctx, { account, metric, horizon, frequency, includePlanned });
    if (!save) return run;
    const id = ctx.newId();
    insertRun(ctx.db, id, { ...run, id }, inputs);
    return { ...run, id };
  },

  'forecasts.list': ({ workspaceId, accountId, metric, cursor, limit }, ctx) => {
    if (accountId !== undefined && !findAccount(ctx.db, accountId)) throw notFound('Account', accountId);
    if (workspaceId !== undefined) requireWorkspace(ctx, workspaceId);
    return pageRuns(ctx.db, { workspaceId, accountId, metric }, cursor, limit);
  },

  'forecasts.accuracy': ({ accountId, metric }, ctx) => {
    if (!findAccount(ctx.db, accountId)) throw notFound('Account', accountId);
    return accuracyOf(ctx.db, accountId, listRuns(ctx.db, { accountId, metric, limit: 500 }));
  },

  'forecasts.delete': ({ id }, ctx) => {
    if (!deleteRunRow(ctx.db, id)) throw notFound('Forecast run', id);
    return { id };
  },
} satisfies HandlerSlice<typeof forecastsContract>;
