import { addDays, daysBetween } from '../domain/dates';
import {
  liveHours,
  loadStatus,
  tallyWeeks,
  type GuardrailAccount,
  type GuardrailItem,
} from '../content/guardrails';
import { MAX_REPORT_DAYS, type ReportPlanRow, type ReportSeriesPoint } from './schema';

/** Pure parts of the client report, so the rules can be tested without a database. */

export type RangeProblem =
  | { field: 'from'; reason: 'reports.rangeReversed' }
  | { field: 'to'; reason: 'reports.rangeTooLong'; maxDays: number };

/** A range is both ends included; from after to, or more than MAX_REPORT_DAYS days, is refused. */
export function reportRangeProblem(from: string, to: string): RangeProblem | null {
  const days = daysBetween(from, to) + 1;
  if (days < 1) return { field: 'from', reason: 'reports.rangeReversed' };
  if (days > MAX_REPORT_DAYS)
    return { field: 'to', reason: 'reports.rangeTooLong', maxDays: MAX_REPORT_DAYS };
  return null;
}

/** The Mondays of every week that the range touches. */
export function weeksOf(from: string, to: string): string[] {
  const dow = new Date(`${from}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  let monday = addDays(from, -((dow + 6) % 7));
  const weeks: string[] = [];
  while (monday <= to) {
    weeks.push(monday);
    monday = addDays(monday, 7);
  }
  return weeks;
}

/**
 * Plan vs target per week and account: planned posts and live hours (cancelled excluded) against the
 * account's weekly targets, and how many of the week's items are published.
 */
export function planVsTarget(
  weeks: readonly string[],
  accounts: readonly GuardrailAccount[],
  items: readonly GuardrailItem[],
  timeZone: string,
): ReportPlanRow[] {
  const tallies = tallyWeeks(items, timeZone);
  const published = new Set(items.filter((i) => i.status === 'published').map((i) => i.id));
  const rows: ReportPlanRow[] = [];
  for (const weekStart of weeks) {
    for (const account of accounts) {
      const tally = tallies.get(`${account.id}|${weekStart}`);
      const posts = tally?.posts ?? 0;
      const hours = liveHours(tally?.liveMinutes ?? 0);
      const postsTarget = account.targets.postsPerWeek;
      const hoursTarget = account.role === 'sales' ? (account.targets.liveHoursPerWeek ?? null) : null;
      rows.push({
        weekStart,
        accountId: account.id,
        postsPlanned: posts,
        postsTarget,
        postsStatus: loadStatus(posts, postsTarget),
        liveHoursPlanned: hours,
        liveHoursTarget: hoursTarget,
        liveHoursStatus: loadStatus(hours, hoursTarget, 0.005),
        published: (tally?.itemIds ?? []).filter((id) => published.has(id)).length,
      });
    }
  }
  return rows;
}

export interface MetricDay {
  accountId: string;
  date: string;
  views: number | null;
  engagement: number | null;
  gmvFen: number | null;
  newFollowers: number | null;
}

type Totals = Omit<ReportSeriesPoint, 'date'> & { days: number };

const zero = (): Totals => ({ views: 0, engagement: 0, gmvFen: 0, newFollowers: 0, days: 0 });

function add(into: Totals, d: MetricDay) {
  into.views += d.views ?? 0;
  into.engagement += d.engagement ?? 0;
  into.gmvFen += d.gmvFen ?? 0;
  into.newFollowers += d.newFollowers ?? 0;
}

/** Daily workspace totals for every day of the range, totals per account and overall. */
export function performanceSections(days: readonly MetricDay[], from: string, to: string) {
  const byDate = new Map<string, Totals>();
  const byAccount = new Map<string, Totals>();
  const totals = zero();
  const datesSeen = new Set<string>();
  for (const d of days) {
    if (d.date < from || d.date > to) continue;
    let day = byDate.get(d.date);
    if (!day) byDate.set(d.date, (day = zero()));
    add(day, d);
    let account = byAccount.get(d.accountId);
    if (!account) byAccount.set(d.accountId, (account = zero()));
    add(account, d);
    account.days++;
    add(totals, d);
    datesSeen.add(d.date);
  }
  totals.days = datesSeen.size;
  const series: ReportSeriesPoint[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const day = byDate.get(date);
    series.push({
      date,
      views: day?.views ?? 0,
      engagement: day?.engagement ?? 0,
      gmvFen: day?.gmvFen ?? 0,
      newFollowers: day?.newFollowers ?? 0,
    });
  }
  return {
    totals,
    byAccount: [...byAccount].map(([accountId, t]) => ({ accountId, ...t })),
    series,
  };
}
