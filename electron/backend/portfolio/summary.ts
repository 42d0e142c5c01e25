import type { BackendContext } from '../context';
import type { GuardrailAccount, GuardrailProduct } from '../../../shared/content/guardrails';
import { guardrailItemFromRow } from '../../../shared/content/guardrailRow';
import { weekOfInstant } from '../../../shared/content/time';
import { addDays, todayIn } from '../../../shared/domain/dates';
import {
  focusOf,
  forecastNext30,
  latestInstant,
  performanceWindows,
  weekPlan,
  WINDOW_DAYS,
  type DailyTotal,
  type StoredGmvRun,
} from '../../../shared/portfolio/aggregate';
import type { PortfolioRow, PortfolioSummary } from '../../../shared/portfolio/schema';
import { invalidInput } from '../errors';
import { countAwaitingApproval } from '../approvals/repo';
import { portfolioRows, workspacePage } from './repo';

function groupBy<T extends { workspace_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.workspace_id);
    if (list) list.push(row);
    else map.set(row.workspace_id, [row]);
  }
  return map;
}

function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  if (!/^\d{1,9}$/.test(cursor))
    throw invalidInput(['cursor'], 'Not a cursor from this list', 'portfolio.badCursor');
  return Number(cursor);
}

/**
 * One row per client workspace. The page's workspaces are read first; then each figure is one set query
 * over all of them, and the pure helpers in shared/portfolio turn each workspace's group into its row.
 */
export function portfolioSummary(
  ctx: BackendContext,
  input: { cursor?: string | null | undefined; limit: number },
): PortfolioSummary {
  const offset = decodeCursor(input.cursor);
  const now = ctx.now();
  const nowMs = now.getTime();
  const { heads, total } = workspacePage(ctx.db, offset, input.limit);
  const zones = heads.map((h) => ({
    head: h,
    today: todayIn(h.time_zone, now),
    week: weekOfInstant(nowMs, h.time_zone),
  }));
  if (zones.length === 0) return { items: [], nextCursor: null, total, generatedAt: now.toISOString() };

  const todays = zones.map((z) => z.today).sort();
  const data = portfolioRows(
    ctx.db,
    heads.map((h) => h.id),
    {
      weekFrom: new Date(Math.min(...zones.map((z) => z.week.startMs))).toISOString(),
      weekTo: new Date(Math.max(...zones.map((z) => z.week.endMs))).toISOString(),
      now: now.toISOString(),
      metricsFrom: addDays(todays[0]!, -(2 * WINDOW_DAYS - 1)),
      metricsTo: todays[todays.length - 1]!,
      dueBefore: todays[todays.length - 1]!,
    },
  );
  const accounts = groupBy(data.accounts);
  const items = groupBy(data.weekItems);
  const daily = groupBy(data.daily);
  const runs = groupBy(data.gmvRuns);
  const dues = groupBy(data.dueDeliverables);
  const count = (rows: readonly { workspace_id: string; n: number }[]) =>
    new Map(rows.map((r) => [r.workspace_id, r.n]));
  const overdue = count(data.overdue);
  const countered = count(data.countered);
  const activity = new Map(data.activity.map((r) => [r.workspace_id, r.at]));
  const approvalsOn = new Set(data.approvalModes.filter((m) => m.mode !== 'off').map((m) => m.workspace_id));
  const awaiting = countAwaitingApproval(
    ctx.db,
    heads.map((h) => h.id),
  );
  const products = new Map<string, GuardrailProduct>(
    data.discontinued.map((p) => [p.id, { id: p.id, name: p.name, status: 'discontinued' }]),
  );

  const rows = zones.map(({ head, today, week }): PortfolioRow => {
    const own = accounts.get(head.id) ?? [];
    const guardAccounts: GuardrailAccount[] = own.map((a) => ({
      id: a.id,
      role: a.role,
      displayName: a.display_name,
      targets: { postsPerWeek: a.posts_per_week_target, liveHoursPerWeek: a.live_hours_per_week_target },
    }));
    const weekItems = (items.get(head.id) ?? [])
      .map(guardrailItemFromRow)
      .filter((i) => i.startMs >= week.startMs && i.startMs < week.endMs);
    const days: DailyTotal[] = (daily.get(head.id) ?? []).map((d) => ({
      date: d.date,
      views: d.views,
      gmvFen: d.gmv_fen,
    }));
    const gmvRuns: StoredGmvRun[] = (runs.get(head.id) ?? []).map((r) => ({
      accountId: r.account_id,
      quantiles: (JSON.parse(r.outputs_json) as { quantiles: StoredGmvRun['quantiles'] }).quantiles,
    }));
    const { performance, trend } = performanceWindows(days, today);
    const figures = {
      overdueItems: overdue.get(head.id) ?? 0,
      // Items sent to the client and not answered (or changed since); null where approval is off.
      awaitingApproval: approvalsOn.has(head.id) ? (awaiting.get(head.id) ?? 0) : null,
      offersAwaitingAnswer: countered.get(head.id) ?? 0,
      deliverablesOverdue: (dues.get(head.id) ?? [])
        .filter((d) => d.due_on < today)
        .reduce((n, d) => n + d.n, 0),
      week: weekPlan({
        weekStart: week.weekStart,
        timeZone: head.time_zone,
        accounts: guardAccounts,
        items: weekItems,
        products,
      }),
      performance,
    };
    return {
      workspaceId: head.id,
      name: head.name,
      industry: head.industry,
      stage: head.stage,
      isSample: head.is_sample === 1,
      timeZone: head.time_zone,
      accounts: {
        brand: own.filter((a) => a.role === 'brand').length,
        sales: own.filter((a) => a.role === 'sales').length,
      },
      ...figures,
      forecast: forecastNext30(gmvRuns, today),
      trend,
      lastActivityAt: latestInstant([activity.get(head.id), head.updated_at]),
      focus: focusOf(figures),
    };
  });
  const next = offset + heads.length;
  return {
    items: rows,
    nextCursor: next < total ? String(next) : null,
    total,
    generatedAt: now.toISOString(),
  };
}
