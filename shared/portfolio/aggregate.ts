import { addDays } from '../domain/dates';
import {
  computeContentWarnings,
  liveHours,
  loadStatus,
  tallyWeeks,
  type GuardrailAccount,
  type GuardrailItem,
  type GuardrailProduct,
} from '../content/guardrails';
import type {
  PortfolioFocusReason,
  PortfolioForecast,
  PortfolioPage,
  PortfolioPerformance,
  PortfolioRow,
  PortfolioTrendPoint,
  PortfolioWeek,
} from './schema';

/**
 * Pure aggregation behind portfolio.summary: the backend fetches every workspace's rows with set queries,
 * groups them by workspace, and these helpers turn one workspace's group into its row's figures.
 */

export const WINDOW_DAYS = 30;

/** (current − previous) ÷ previous × 100, one decimal; null when there is nothing to compare with. */
export function changePct(current: number, previous: number): number | null {
  if (previous <= 0) return null;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}

export interface DailyTotal {
  date: string;
  views: number | null;
  gmvFen: number | null;
}

/**
 * The last 30 days up to `today` (inclusive) against the 30 days before, and the daily trend of the last 30
 * (one point per day; null where nothing was imported, so a gap is not drawn as a zero).
 */
export function performanceWindows(
  days: readonly DailyTotal[],
  today: string,
): { performance: PortfolioPerformance; trend: PortfolioTrendPoint[] } {
  const from = addDays(today, -(WINDOW_DAYS - 1));
  const previousFrom = addDays(today, -(2 * WINDOW_DAYS - 1));
  const byDate = new Map(days.map((d) => [d.date, d]));
  let views = 0;
  let gmvFen = 0;
  let viewsPrevious = 0;
  let gmvPreviousFen = 0;
  let daysWithData = 0;
  for (const d of days) {
    if (d.date > today || d.date < previousFrom) continue;
    if (d.date >= from) {
      views += d.views ?? 0;
      gmvFen += d.gmvFen ?? 0;
      daysWithData++;
    } else {
      viewsPrevious += d.views ?? 0;
      gmvPreviousFen += d.gmvFen ?? 0;
    }
  }
  const trend: PortfolioTrendPoint[] = [];
  for (let i = 0; i < WINDOW_DAYS; i++) {
    const date = addDays(from, i);
    const d = byDate.get(date);
    trend.push({ date, views: d?.views ?? null, gmvFen: d?.gmvFen ?? null });
  }
  return {
    performance: {
      from,
      to: today,
      views,
      viewsPrevious,
      viewsChangePct: changePct(views, viewsPrevious),
      gmvFen,
      gmvPreviousFen,
      gmvChangePct: changePct(gmvFen, gmvPreviousFen),
      daysWithData,
    },
    trend,
  };
}

export interface StoredGmvRun {
  accountId: string;
  /** In yuan, as the forecast engine works (GMV series are gmv_fen ÷ 100). */
  quantiles: readonly { date: string; p10: number; p50: number; p90: number }[];
}

/**
 * Next 30 days' GMV from each account's latest stored run: the quantile points dated after today and at
 * most 30 days ahead, summed over points and accounts. null when no run reaches into the window.
 */
export function forecastNext30(runs: readonly StoredGmvRun[], today: string): PortfolioForecast | null {
  const last = addDays(today, WINDOW_DAYS);
  let p10 = 0;
  let p50 = 0;
  let p90 = 0;
  const accounts = new Set<string>();
  for (const run of runs) {
    for (const q of run.quantiles) {
      if (q.date <= today || q.date > last) continue;
      p10 += q.p10;
      p50 += q.p50;
      p90 += q.p90;
      accounts.add(run.accountId);
    }
  }
  if (accounts.size === 0) return null;
  const fen = (yuan: number) => Math.round(yuan * 100);
  return { gmvP10Fen: fen(p10), gmvP50Fen: fen(p50), gmvP90Fen: fen(p90), accounts: accounts.size };
}

export interface WeekPlanInput {
  weekStart: string;
  timeZone: string;
  /** Active (not archived) accounts. */
  accounts: readonly GuardrailAccount[];
  /** Items starting in the week. */
  items: readonly GuardrailItem[];
  products: ReadonlyMap<string, GuardrailProduct>;
}

/** This week's plan against the accounts' weekly targets, and how many guardrail findings it has. */
export function weekPlan(input: WeekPlanInput): PortfolioWeek {
  const accounts = new Map(input.accounts.map((a) => [a.id, a]));
  const items = input.items.filter((i) => accounts.has(i.accountId));
  const tallies = tallyWeeks(items, input.timeZone);
  let postsPlanned = 0;
  let liveMinutes = 0;
  let postsTarget: number | null = null;
  let liveHoursTarget: number | null = null;
  let accountsBelowTarget = 0;
  for (const account of input.accounts) {
    const tally = tallies.get(`${account.id}|${input.weekStart}`);
    const posts = tally?.posts ?? 0;
    const minutes = tally?.liveMinutes ?? 0;
    postsPlanned += posts;
    liveMinutes += minutes;
    const postTarget = account.targets.postsPerWeek;
    const hoursTarget = account.role === 'sales' ? (account.targets.liveHoursPerWeek ?? null) : null;
    if (postTarget !== null) postsTarget = (postsTarget ?? 0) + postTarget;
    if (hoursTarget !== null) liveHoursTarget = (liveHoursTarget ?? 0) + hoursTarget;
    const below =
      loadStatus(posts, postTarget) === 'below' ||
      loadStatus(liveHours(minutes), hoursTarget, 0.005) === 'below';
    if (below) accountsBelowTarget++;
  }
  return {
    weekStart: input.weekStart,
    postsPlanned,
    postsTarget,
    liveHoursPlanned: liveHours(liveMinutes),
    liveHoursTarget,
    accountsBelowTarget,
    guardrailCount: guardrailCount(items, accounts, input.products, input.timeZone),
  };
}

/**
 * Findings counted the way a planner reads them: an item finding once per item and code; a week finding
 * (below/above target) once per account and code, although the calendar repeats it on each of its items.
 */
export function guardrailCount(
  items: readonly GuardrailItem[],
  accounts: ReadonlyMap<string, GuardrailAccount>,
  products: ReadonlyMap<string, GuardrailProduct>,
  timeZone: string,
): number {
  const byId = new Map(items.map((i) => [i.id, i]));
  const seen = new Set<string>();
  for (const [itemId, warnings] of computeContentWarnings({ items, accounts, products, timeZone })) {
    for (const w of warnings) {
      const owner =
        w.scope === 'week' ? `account:${byId.get(itemId)?.accountId ?? itemId}` : `item:${itemId}`;
      seen.add(`${owner}|${w.code}`);
    }
  }
  return seen.size;
}

/** A GMV drop of at least this much against the previous 30 days sends the row to the performance page. */
export const GMV_FALL_PCT = -20;

type FocusFigures = Pick<
  PortfolioRow,
  | 'overdueItems'
  | 'awaitingApproval'
  | 'offersAwaitingAnswer'
  | 'deliverablesOverdue'
  | 'week'
  | 'performance'
>;

/** Where a row's most urgent problem is, most urgent first: the first rule that applies wins. */
export const focusRules: readonly {
  reason: Exclude<PortfolioFocusReason, 'none'>;
  page: PortfolioPage;
  applies: (r: FocusFigures) => boolean;
}[] = [
  { reason: 'overdue_items', page: 'calendar', applies: (r) => r.overdueItems > 0 },
  { reason: 'awaiting_approval', page: 'calendar', applies: (r) => (r.awaitingApproval ?? 0) > 0 },
  { reason: 'offers_awaiting_answer', page: 'offers', applies: (r) => r.offersAwaitingAnswer > 0 },
  { reason: 'deliverables_overdue', page: 'offers', applies: (r) => r.deliverablesOverdue > 0 },
  { reason: 'plan_below_target', page: 'calendar', applies: (r) => r.week.accountsBelowTarget > 0 },
  { reason: 'guardrails', page: 'calendar', applies: (r) => r.week.guardrailCount > 0 },
  {
    reason: 'gmv_falling',
    page: 'performance',
    applies: (r) => r.performance.gmvChangePct !== null && r.performance.gmvChangePct <= GMV_FALL_PCT,
  },
];

export function focusOf(row: FocusFigures): { page: PortfolioPage; reason: PortfolioFocusReason } {
  const rule = focusRules.find((r) => r.applies(row));
  return rule ? { page: rule.page, reason: rule.reason } : { page: 'matrix', reason: 'none' };
}

/** The latest of several ISO instants (any may be missing). */
export function latestInstant(values: readonly (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const v of values) if (v && (best === null || Date.parse(v) > Date.parse(best))) best = v;
  return best;
}
