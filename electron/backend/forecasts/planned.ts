import type { BackendContext } from '../context';
import type { Account } from '../../../shared/domain/account';
import type { ForecastRun, PlannedContribution } from '../../../shared/domain/forecastRun';
import type { ForecastMetric, Granularity } from '../../../shared/domain/metrics';
import type { ForecastOutput, ForecastQuantile } from '../../../shared/forecast';
import { addDays, parseIsoDate } from '../../../shared/domain/dates';
import { findWorkspace } from '../workspaces/repo';
import { perPostTotals } from '../metrics/repo';
import { accountPast, localDate, MIN_POSTS } from './accountPast';
import { orderQuantile, quantile } from './bands';
import { itemLinksOf, plannedItemsWithTargets, productTagsOf, publishedItemNotes } from './plannedRepo';
import type { RunNotes } from './notes';

type PerPost = ForecastRun['parameters']['perPost'];

/**
 * Planned content's expected contribution (step 2 in run.ts): the account's per-post distribution scaled
 * by each planned item's match relative to the account's typical match. The horizon's items are read on
 * every call; what comes from the account's past (published dates, typical match, scored tag combinations)
 * is kept until a write it is built from, and then rebuilt from the items that changed (`accountPast.ts`).
 */
export function plannedContributions(
  ctx: BackendContext,
  account: Account,
  metric: ForecastMetric | 'views',
  base: ForecastOutput,
  notes: RunNotes,
): { planned: PlannedContribution[]; perPost: PerPost } {
  if (base.quantiles.length === 0) return { planned: [], perPost: null };
  const timeZone = findWorkspace(ctx.db, account.workspaceId)?.timeZone ?? 'Asia/Shanghai';
  const first = base.quantiles[0]!.date;
  const stepDays = base.frequency === 'week' ? 7 : 1;
  const end = addDays(base.quantiles[base.quantiles.length - 1]!.date, stepDays - 1);
  // A day's margin each side covers every time zone's offset; the local dates below decide exactly.
  const window = { from: `${addDays(first, -1)}T00:00:00.000Z`, to: `${addDays(end, 2)}T00:00:00.000Z` };
  const past = accountPast(ctx.db, account, timeZone, {
    published: () => publishedItemNotes(ctx.db, account.id),
    links: (ids) => itemLinksOf(ctx.db, ids),
    productTags: (ids) => productTagsOf(ctx.db, ids),
  });
  // Each item's local date is worked out once (time zone arithmetic is the costly part per item).
  const upcoming = plannedItemsWithTargets(ctx.db, account.id, window)
    .map((r) => ({ ...r, localDate: localDate(r.planned_at, timeZone) }))
    .filter((r) => r.localDate >= first && r.localDate <= end);
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
    usualPostsPerDay: usualPostingRate(past.publishedDates, addDays(first, -1)),
  };
  const reference = past.referenceMatch;
  const planned = upcoming.map((r): PlannedContribution => {
    const match = past.scoreOf(r.tags);
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

/** Published items per day from the account's first published item to the end of its history. */
function usualPostingRate(publishedDates: readonly string[], historyEnd: string): number {
  const start = publishedDates[0];
  if (start === undefined || start > historyEnd) return 0;
  let count = 0;
  while (count < publishedDates.length && publishedDates[count]! <= historyEnd) count++;
  const days = parseIsoDate(historyEnd)! - parseIsoDate(start)! + 1;
  return days > 0 ? count / days : 0;
}

export function addPlanned(
  quantiles: ForecastQuantile[],
  planned: readonly PlannedContribution[],
  frequency: Granularity,
  perPost: PerPost,
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
