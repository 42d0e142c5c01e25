import type { BackendContext } from '../context';
import type { Account } from '../../../shared/domain/account';
import type { ForecastRun, PlannedContribution } from '../../../shared/domain/forecastRun';
import type { ForecastMetric, Granularity } from '../../../shared/domain/metrics';
import {
  forecastSeries,
  MIN_HISTORY,
  type ForecastOutput,
  type ForecastQuantile,
} from '../../../shared/forecast';
import { addDays, parseIsoDate } from '../../../shared/domain/dates';
import { formatCivilDate } from '../../../shared/parsing/calendar';
import { instantToWallTime } from '../../../shared/parsing/timeZone';
import { matchScore } from '../../../shared/interest/match';
import { findWorkspace } from '../workspaces/repo';
import { findAudience, workspaceInterest } from '../interest/repo';
import { resolveTags } from '../../../shared/domain/interestTags';
import type { AudienceProfileOutput } from '../../../shared/domain/interest';
import { defaultGranularity, perPostTotals, readSeries } from '../metrics/repo';
import { accountItemsWithTargets, type RunInputs } from './repo';
import { RunNotes } from './notes';

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
/** Posts needed before a per-post distribution is trusted. */
const MIN_POSTS = 3;
/** The typical match an account's content has when its history says nothing (middle of the scale). */
const DEFAULT_REFERENCE_MATCH = 60;

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const finite = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);

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

/** Sums can round a hair out of order; a band must always contain its median. */
function orderQuantile(q: ForecastQuantile): ForecastQuantile {
  const p50 = finite(q.p50);
  return { date: q.date, p10: Math.min(finite(q.p10), p50), p50, p90: Math.max(finite(q.p90), p50) };
}

function localDate(iso: string, timeZone: string): string {
  return formatCivilDate(instantToWallTime(Date.parse(iso), timeZone));
}

function plannedContributions(
  ctx: BackendContext,
  account: Account,
  metric: ForecastMetric | 'views',
  base: ForecastOutput,
  notes: RunNotes,
): { planned: PlannedContribution[]; perPost: ForecastRun['parameters']['perPost'] } {
  if (base.quantiles.length === 0) return { planned: [], perPost: null };
  const timeZone = findWorkspace(ctx.db, account.workspaceId)?.timeZone ?? 'Asia/Shanghai';
  const first = base.quantiles[0]!.date;
  const stepDays = base.frequency === 'week' ? 7 : 1;
  const end = addDays(base.quantiles[base.quantiles.length - 1]!.date, stepDays - 1);
  // A day's margin each side covers every time zone's offset; the local dates below decide exactly.
  const window = { from: `${addDays(first, -1)}T00:00:00.000Z`, to: `${addDays(end, 2)}T00:00:00.000Z` };
  // Each item's local date is worked out once (time zone arithmetic is the costly part per item).
  const rows = accountItemsWithTargets(ctx.db, account.id, window).map((r) => ({
    ...r,
    localDate: localDate(r.planned_at, timeZone),
  }));
  const upcoming = rows.filter((r) => r.status !== 'published' && r.localDate >= first && r.localDate <= end);
  if (upcoming.length === 0) return { planned: [], perPost: null };

  const totals = perPostTotals(ctx.db, account.id, metric === 'gmv' ? 'gmv' : metric).sort((a, b) => a - b);
  if (totals.length < MIN_POSTS) {
    notes.add(
      `${upcoming.length} planned item(s) not added: per-post results are known for ${totals.length} post(s), at least ${MIN_POSTS} are needed (import per-content metrics)`,
      'forecasts.plannedNotAdded',
      { count: upcoming.length, posts: totals.length, needed: MIN_POSTS },
    );
    return { planned: [], perPost: null };
  }
  const perPost = {
    p10: quantile(totals, 0.1),
    p50: quantile(totals, 0.5),
    p90: quantile(totals, 0.9),
    posts: totals.length,
    usualPostsPerDay: usualPostingRate(rows, addDays(first, -1)),
  };

  // Only this account's audience is parsed (not the workspace's every account's).
  const interest = workspaceInterest(ctx.db, account.workspaceId);
  const audience = findAudience(ctx.db, 'account', account.id);
  const profile = audience ? (JSON.parse(audience.profile_json) as AudienceProfileOutput) : undefined;
  // Items of an account mostly repeat a few tag/product combinations: each is resolved and scored once.
  const scores = new Map<string, number | null>();
  const scoreOf = (row: { tags: readonly string[] }) => {
    if (!profile) return null;
    const key = row.tags.join('\u0000');
    if (scores.has(key)) return scores.get(key)!;
    const { tagIds } = resolveTags(row.tags, interest.customTags);
    const score =
      tagIds.length === 0
        ? null
        : matchScore({ interests: profile.interests, targetTags: tagIds, baseline: interest.baseline }).score;
    scores.set(key, score);
    return score;
  };
  const reference = referenceMatch(rows, scoreOf);
  const planned = upcoming.map((r): PlannedContribution => {
    const match = scoreOf(r);
    const factor = match === null ? 1 : Math.min(2, Math.max(0.25, match / reference));
    return {
      contentId: r.id,
      title: r.title,
      date: r.localDate,
      match,
      factor,
      p10: perPost.p10 * factor,
      p50: perPost.p50 * factor,
      p90: perPost.p90 * factor,
    };
  });
  return { planned, perPost };
}

/** The account's typical match: the median over its published items with tags, else a neutral 60. */
function referenceMatch<R extends { status: string }>(
  rows: readonly R[],
  scoreOf: (row: R) => number | null,
): number {
  const scores = rows
    .filter((r) => r.status === 'published')
    .map(scoreOf)
    .filter((s): s is number => s !== null)
    .sort((a, b) => a - b);
  if (scores.length < MIN_POSTS) return DEFAULT_REFERENCE_MATCH;
  return Math.max(1, quantile(scores, 0.5));
}

/** Published items per day from the account's first published item to the end of its history. */
function usualPostingRate(
  rows: readonly { localDate: string; status: string }[],
  historyEnd: string,
): number {
  const published = rows
    .filter((r) => r.status === 'published')
    .map((r) => r.localDate)
    .filter((d) => d <= historyEnd)
    .sort();
  const start = published[0];
  if (!start) return 0;
  const days = parseIsoDate(historyEnd)! - parseIsoDate(start)! + 1;
  return days > 0 ? published.length / days : 0;
}

function addPlanned(
  quantiles: ForecastQuantile[],
  planned: readonly PlannedContribution[],
  frequency: Granularity,
  perPost: ForecastRun['parameters']['perPost'],
): ForecastQuantile[] {
  if (planned.length === 0 || !perPost) return quantiles;
  const stepDays = frequency === 'week' ? 7 : 1;
  // Each item's day parsed once, not once per period.
  const days = planned.map((p) => parseIsoDate(p.date)!);
  const lastPlanned = Math.max(...days);
  const usual = perPost.usualPostsPerDay * stepDays;
  return quantiles.map((q) => {
    const start = parseIsoDate(q.date)!;
    // Past the last planned item the calendar is simply not filled in yet: the baseline stands.
    if (start > lastPlanned) return q;
    const items = planned.filter((_, i) => days[i]! >= start && days[i]! < start + stepDays);
    const add = (key: 'p10' | 'p50' | 'p90') =>
      items.reduce((sum, p) => sum + p[key], 0) - usual * perPost[key];
    return orderQuantile({
      date: q.date,
      p10: q.p10 + add('p10'),
      p50: q.p50 + add('p50'),
      p90: q.p90 + add('p90'),
    });
  });
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
