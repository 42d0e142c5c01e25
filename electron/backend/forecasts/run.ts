import type { BackendContext } from '../context';
import type { Account } from '../../../shared/domain/account';
import type { ForecastRun, PlannedContribution } from '../../../shared/domain/forecastRun';
import type { ForecastMetric, Granularity } from '../../../shared/domain/metrics';
import { forecastSeries, MIN_HISTORY, type ForecastQuantile } from '../../../shared/forecast';
import { defaultGranularity, readSeries } from '../metrics/repo';
import type { RunInputs } from './repo';
import { RunNotes } from './notes';
import { orderQuantile, quantile } from './bands';
import { addPlanned, plannedContributions } from './planned';

/**
 * Forecasting an account's metric:
 * 1. The baseline comes from the account's own history through the backtested engine (shared/forecast):
 *    it picks/combines simple models by rolling-origin validation and takes p10/p90 from backtest errors.
 * 2. Planned content (not yet published items in the horizon) adds its expected contribution: the
 *    account's per-post distribution (p10/p50/p90 of per-item totals from content metrics), scaled by the
 *    item's match with the account's audience relative to the account's typical match. The baseline already
 *    carries the account's usual posting, so each period up to the last planned item adds the planned
 *    posts' contribution minus that of the usual rate (fewer posts than usual lower the forecast). Item
 *    quantiles add as they are (treated as fully correlated with the baseline: a deliberately wide band).
 * 3. GMV of a sales account follows from views and GPM: GMV = views × GPM ÷ 1000, with the views forecast
 *    (1–2) and the account's recent GPM distribution; the band combines both spreads in log space.
 * Fewer than MIN_HISTORY points: no fan, `insufficientHistory` says so.
 */
export interface RunOptions {
  account: Account;
  metric: ForecastMetric;
  horizon: number;
  frequency?: Granularity | undefined;
  includePlanned: boolean;
  /** Forecast from history up to this date only (the sample seeds a past run so accuracy has actuals). */
  historyTo?: string;
  createdAt?: string;
  /** Forecast GMV from its own history even for a sales account (GPM history too short). */
  directGmv?: boolean;
}

const kindOf = (metric: ForecastMetric): 'count' | 'amount' => (metric === 'gmv' ? 'amount' : 'count');

/** Recent window GPM is read from: long enough for a stable median, recent enough to be current. */
const GPM_WINDOW = 56;

export function computeRun(
  ctx: BackendContext,
  options: RunOptions,
): { run: ForecastRun; inputs: RunInputs } {
  const { account, metric, horizon } = options;
  const frequency = options.frequency ?? defaultGranularity(ctx.db, account.id);
  const notes = new RunNotes();
  const salesGmv = metric === 'gmv' && account.role === 'sales' && !options.directGmv;
  const baseMetric = salesGmv ? 'views' : metric;

  const raw = readSeries(ctx.db, {
    accountId: account.id,
    metric: baseMetric,
    granularity: frequency,
    to: options.historyTo,
  });
  let clampedNegatives = 0;
  const points = raw.map((p) => {
    if (p.value >= 0) return p;
    clampedNegatives++;
    return { date: p.date, value: 0 };
  });
  if (clampedNegatives > 0) {
    notes.add(
      `${clampedNegatives} net follower losses were counted as 0 gained`,
      'forecasts.clampedNegatives',
      {
        count: clampedNegatives,
      },
    );
  }

  const base = forecastSeries({ points, horizon, frequency, kind: kindOf(baseMetric) });
  const createdAt = options.createdAt ?? ctx.now().toISOString();
  const runBase = {
    id: null,
    workspaceId: account.workspaceId,
    accountId: account.id,
    metric,
    frequency: base.frequency,
    horizon,
    historyPoints: base.history,
    historyEnd: points[points.length - 1]?.date ?? null,
    createdAt,
  };
  if (base.insufficientHistory) {
    notes.add(
      `Only ${base.history} ${frequency === 'week' ? 'weeks' : 'days'} of history; at least ${MIN_HISTORY} are needed for a forecast`,
      frequency === 'week' ? 'forecasts.shortHistoryWeeks' : 'forecasts.shortHistoryDays',
      { history: base.history, needed: MIN_HISTORY },
    );
    return {
      run: {
        ...runBase,
        method: 'none',
        insufficientHistory: true,
        quantiles: [],
        planned: [],
        parameters: {
          diagnostics: base.diagnostics,
          gpm: null,
          perPost: null,
          clampedNegatives,
          ...notes.fields(),
        },
      },
      inputs: { points, includePlanned: options.includePlanned, kind: kindOf(metric) },
    };
  }

  let quantiles = base.quantiles.map((q) => ({ ...q }));
  let planned: PlannedContribution[] = [];
  let perPost: ForecastRun['parameters']['perPost'] = null;
  if (options.includePlanned) {
    const result = plannedContributions(ctx, account, baseMetric, base, notes);
    planned = result.planned;
    perPost = result.perPost;
    quantiles = addPlanned(quantiles, planned, base.frequency, perPost);
  }

  let method = base.method;
  let gpm: ForecastRun['parameters']['gpm'] = null;
  let inputs: RunInputs = { points, includePlanned: options.includePlanned, kind: kindOf(metric) };
  if (salesGmv) {
    const composed = composeGmv(ctx, account.id, frequency, quantiles, options.historyTo);
    if (composed) {
      quantiles = composed.quantiles;
      gpm = composed.gpm;
      method = `views×GPM(${base.method})`;
      // Accuracy is scored on GMV, so the stored history is GMV's.
      inputs = {
        points: readSeries(ctx.db, {
          accountId: account.id,
          metric: 'gmv',
          granularity: frequency,
          to: options.historyTo,
        }),
        includePlanned: options.includePlanned,
        kind: 'amount',
      };
    } else {
      notes.add(
        `Fewer than ${MIN_HISTORY} periods with both views and GMV: GMV forecast from its own history`,
        'forecasts.gmvFromOwnHistory',
        { needed: MIN_HISTORY },
      );
      return computeRun(ctx, { ...options, directGmv: true });
    }
  }

  return {
    run: {
      ...runBase,
      method,
      insufficientHistory: false,
      quantiles: quantiles.map(orderQuantile),
      planned,
      parameters: { diagnostics: base.diagnostics, gpm, perPost, clampedNegatives, ...notes.fields() },
    },
    inputs,
  };
}

/**
 * GMV = views × GPM ÷ 1000. GPM's quantiles come from the account's recent periods with both figures;
 * the views band and the GPM spread are combined in log space as independent: lower ratio
 * exp(−√(ln²(v50/v10) + ln²(g50/g10))), likewise upward.
 */
function composeGmv(
  ctx: BackendContext,
  accountId: string,
  frequency: Granularity,
  views: readonly ForecastQuantile[],
  historyTo: string | undefined,
): { quantiles: ForecastQuantile[]; gpm: NonNullable<ForecastRun['parameters']['gpm']> } | null {
  const gpmSeries = readSeries(ctx.db, { accountId, metric: 'gpm', granularity: frequency, to: historyTo });
  const recent = gpmSeries
    .slice(-GPM_WINDOW)
    .map((p) => p.value)
    .sort((a, b) => a - b);
  if (recent.length < MIN_HISTORY) return null;
  const gpm = {
    p10: quantile(recent, 0.1),
    p50: quantile(recent, 0.5),
    p90: quantile(recent, 0.9),
    days: recent.length,
  };
  const logRatio = (a: number, b: number) => (a > 0 && b > 0 ? Math.abs(Math.log(a / b)) : 0);
  const gLo = logRatio(gpm.p50, gpm.p10);
  const gHi = logRatio(gpm.p90, gpm.p50);
  const quantiles = views.map((v) => {
    const p50 = (v.p50 * gpm.p50) / 1000;
    const lo = Math.hypot(logRatio(v.p50, v.p10), gLo);
    const hi = Math.hypot(logRatio(v.p90, v.p50), gHi);
    return orderQuantile({
      date: v.date,
      p10: v.p10 > 0 ? p50 * Math.exp(-lo) : 0,
      p50,
      p90: p50 * Math.exp(hi),
    });
  });
  return { quantiles, gpm };
}
