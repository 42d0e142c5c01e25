import type { ForecastAllInput, ForecastAllResult } from '../../../shared/domain/jobs';
import { listAccounts } from '../accounts/repo';
import type { BackendContext } from '../context';
import { insertRun } from '../forecasts/repo';
import { computeRun } from '../forecasts/run';
import type { JobHooks } from './types';

/**
 * "Forecast all": a saved run per active account of the workspace, as forecasts.run with save would
 * store it, written in one transaction so a cancelled pass leaves no half set behind. Checkpoints come
 * after each account (progress first), so cancel is seen within one forecast.
 */
export function runForecastAll(
  ctx: BackendContext,
  input: ForecastAllInput,
  hooks: JobHooks,
): ForecastAllResult {
  const accounts = listAccounts(ctx.db, input.workspaceId, false);
  let saved = 0;
  let insufficient = 0;
  hooks.onProgress(0, accounts.length);
  ctx.db.transaction(() => {
    for (const [index, account] of accounts.entries()) {
      const { run, inputs } = computeRun(ctx, {
        account,
        metric: input.metric,
        horizon: input.horizon,
        includePlanned: input.includePlanned,
      });
      const id = ctx.newId();
      insertRun(ctx.db, id, { ...run, id }, inputs);
      if (run.insufficientHistory) insufficient++;
      else saved++;
      hooks.onProgress(index + 1, accounts.length);
      hooks.checkpoint();
    }
  })();
  return { saved, insufficient, accounts: accounts.length };
}
