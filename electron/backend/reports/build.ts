import type { BackendContext } from '../context';
import type { GuardrailItem } from '../../../shared/content/guardrails';
import { guardrailAccount } from '../../../shared/content/guardrailRow';
import { addDays, todayIn } from '../../../shared/domain/dates';
import type { TermsRecord } from '../../../shared/domain/offerTerms';
import { parseCivilDate } from '../../../shared/content/time';
import { midnightIn } from '../../../shared/parsing/timeZone';
import {
  performanceSections,
  planVsTarget,
  reportRangeProblem,
  weeksOf,
} from '../../../shared/reports/aggregate';
import { MAX_REPORT_PUBLISHED, type Report } from '../../../shared/reports/schema';
import { listAccounts } from '../accounts/repo';
import { invalidInput } from '../errors';
import { accuracyOf } from '../forecasts/accuracy';
import { listRuns, type StoredRun } from '../forecasts/repo';
import { requireWorkspace } from '../workspaces/guards';
import { approvalMode, approvalsFor } from '../approvals/repo';
import { effectiveApprovalState } from '../../../shared/approvals/stateMachine';
import { approvalStates } from '../../../shared/approvals/stateMachine';
import {
  contentMetricTotals,
  reportDeliverables,
  reportItems,
  reportLiveSessions,
  reportMetrics,
  reportOffers,
  type ReportItemRow,
  type ReportLiveRow,
} from './repo';

/** Stored runs read per report: plenty for the latest of each account and metric plus their history. */
const RUNS_READ = 500;

function midnight(date: string, timeZone: string): string {
  return new Date(midnightIn(parseCivilDate(date)!, timeZone)).toISOString();
}

/** Refuses a reversed or over-long range before anything is read. */
export function checkRange(from: string, to: string): void {
  const problem = reportRangeProblem(from, to);
  if (!problem) return;
  if (problem.field === 'from') {
    throw invalidInput(['from'], `from (${from}) is after to (${to})`, problem.reason, { from, to });
  }
  throw invalidInput(['to'], `The range may span at most ${problem.maxDays} days`, problem.reason, {
    max: problem.maxDays,
  });
}

/** The client report's data for one workspace and range (both dates included, in the workspace's zone). */
export function buildReport(
  ctx: BackendContext,
  input: { workspaceId: string; from: string; to: string; language: 'zh-CN' | 'en' },
): Report {
  const { from, to } = input;
  checkRange(from, to);
  const workspace = requireWorkspace(ctx, input.workspaceId);
  const tz = workspace.timeZone;
  const now = ctx.now();
  const today = todayIn(tz, now);
  const weeks = weeksOf(from, to);
  const rangeStart = midnight(from, tz);
  const rangeEnd = midnight(addDays(to, 1), tz);

  // Whole weeks around the range, so the first and last week's plan is complete.
  const itemRows = reportItems(
    ctx.db,
    workspace.id,
    midnight(weeks[0]!, tz),
    midnight(addDays(weeks.at(-1)!, 7), tz),
  );
  const items: GuardrailItem[] = itemRows.map((r) => ({
    id: r.id,
    accountId: r.account_id,
    title: r.title,
    format: r.format,
    objective: r.objective,
    status: r.status,
    startMs: Date.parse(r.planned_at),
    endMs: Date.parse(r.planned_end_at),
    productIds: [],
    hostedByCreator: r.creator_id !== null,
  }));
  const metricRows = reportMetrics(ctx.db, workspace.id, from, to);
  const withData = new Set([...itemRows.map((r) => r.account_id), ...metricRows.map((r) => r.account_id)]);
  const matrix = listAccounts(ctx.db, workspace.id, true).filter((a) => !a.archivedAt || withData.has(a.id));

  const publishedRows = itemRows.filter((r) => {
    if (r.status !== 'published') return false;
    const at = r.published_at ?? r.planned_at;
    return at >= rangeStart && at < rangeEnd;
  });
  const listed = publishedRows.slice(0, MAX_REPORT_PUBLISHED);
  const perItem = new Map(
    contentMetricTotals(
      ctx.db,
      listed.map((r) => r.id),
    ).map((m) => [m.content_id, m]),
  );

  const offerRows = reportOffers(ctx.db, {
    ws: workspace.id,
    fromInstant: rangeStart,
    toInstant: rangeEnd,
    today,
  });
  const offers = offerRows.map((o) => {
    const terms = JSON.parse(o.terms) as TermsRecord;
    return {
      id: o.id,
      title: terms.title,
      creatorName: o.creator_name,
      creatorHandle: o.creator_handle,
      state: o.state,
      feeFen: terms.feeFen,
      commissionPct: terms.commissionPct,
      createdAt: o.created_at,
      stateChangedAt: o.state_changed_at,
      deliverables: { total: o.deliverables, published: o.published, overdue: o.overdue },
    };
  });

  const runs = listRuns(ctx.db, { workspaceId: workspace.id, limit: RUNS_READ });
  const latest = new Map<string, StoredRun>();
  const byAccount = new Map<string, StoredRun[]>();
  for (const stored of runs) {
    const { run } = stored;
    if (run.insufficientHistory || !run.id) continue;
    const key = `${run.accountId}|${run.metric}`;
    if (!latest.has(key)) latest.set(key, stored); // listRuns is newest first
    const list = byAccount.get(run.accountId);
    if (list) list.push(stored);
    else byAccount.set(run.accountId, [stored]);
  }

  return {
    workspace: {
      id: workspace.id,
      name: workspace.name,
      industry: workspace.industry,
      stage: workspace.stage,
      timeZone: tz,
    },
    from,
    to,
    language: input.language,
    generatedAt: now.toISOString(),
    weeks,
    matrix,
    planVsTarget: planVsTarget(weeks, matrix.map(guardrailAccount), items, tz),
    published: {
      total: publishedRows.length,
      items: listed.map((r) => {
        const m = perItem.get(r.id);
        return {
          id: r.id,
          accountId: r.account_id,
          title: r.title,
          format: r.format,
          objective: r.objective,
          plannedAt: r.planned_at,
          publishedAt: r.published_at,
          publishedUrl: r.published_url,
          creatorName: r.creator_name,
          views: m?.views ?? null,
          gmvFen: m?.gmv_fen ?? null,
        };
      }),
    },
    approvals: approvalSection(ctx, workspace.id, itemRows, rangeStart, rangeEnd),
    offers: {
      items: offers,
      spendFen: offers
        .filter((o) => o.state === 'accepted' || o.state === 'completed')
        .reduce((sum, o) => sum + o.feeFen, 0),
      deliverables: reportDeliverables(ctx.db, workspace.id, from, to).map((d) => ({
        id: d.id,
        offerId: d.offer_id,
        offerTitle: d.terms_title,
        creatorName: d.creator_name,
        format: d.format,
        count: d.count,
        dueOn: d.due_on,
        accountLabel: d.account_label,
        status: d.status,
        publishedUrl: d.published_url,
        overdue: d.status !== 'published' && today > d.due_on,
      })),
    },
    performance: performanceSections(
      metricRows.map((r) => ({
        accountId: r.account_id,
        date: r.date,
        views: r.views,
        engagement: r.engagement,
        gmvFen: r.gmv_fen,
        newFollowers: r.new_followers,
      })),
      from,
      to,
    ),
    forecasts: {
      runs: [...latest.values()].map(({ run }) => ({
        runId: run.id!,
        accountId: run.accountId,
        metric: run.metric,
        frequency: run.frequency,
        method: run.method,
        createdAt: run.createdAt,
        quantiles: run.quantiles,
      })),
      // Scored per account with the forecasts page's own rule (MASE vs naive, 80% band coverage).
      accuracy: [...byAccount].map(([accountId, list]) => ({
        accountId,
        ...accuracyOf(ctx.db, accountId, list).overall,
      })),
    },
    liveSessions: liveSection(reportLiveSessions(ctx.db, workspace.id, rangeStart, rangeEnd)),
  };
}

/** Approval state of every item planned in the range, as the calendar shows it; null where approval is off. */
function approvalSection(
  ctx: BackendContext,
  workspaceId: string,
  itemRows: readonly ReportItemRow[],
  rangeStart: string,
  rangeEnd: string,
): Report['approvals'] {
  const mode = approvalMode(ctx.db, workspaceId);
  if (mode === 'off') return null;
  const inRange = itemRows.filter((r) => r.planned_at >= rangeStart && r.planned_at < rangeEnd);
  const records = approvalsFor(
    ctx.db,
    inRange.map((r) => r.id),
  );
  const counts = Object.fromEntries([...approvalStates, 'none'].map((s) => [s, 0])) as Record<
    (typeof approvalStates)[number] | 'none',
    number
  >;
  const items = inRange.map((r) => {
    const record = records.get(r.id);
    const state = effectiveApprovalState(record?.state ?? null, r.status);
    counts[state ?? 'none']++;
    return {
      itemId: r.id,
      title: r.title,
      accountId: r.account_id,
      plannedAt: r.planned_at,
      state,
      reviewer: record?.reviewer ?? null,
      answeredAt: record?.answered_at ?? null,
    };
  });
  return { mode, counts, items: items.slice(0, MAX_REPORT_PUBLISHED), total: items.length };
}

/** Imported live sessions with their totals; GPM on views (观看次数), as 罗盘 computes it. */
function liveSection(rows: readonly ReportLiveRow[]): Report['liveSessions'] {
  if (rows.length === 0) return null;
  const minutes = (r: ReportLiveRow) =>
    Math.round((Date.parse(r.ended_at) - Date.parse(r.started_at)) / 60_000);
  const sum = (pick: (r: ReportLiveRow) => number | null) => rows.reduce((n, r) => n + (pick(r) ?? 0), 0);
  return {
    total: rows.length,
    sessions: rows.slice(0, MAX_REPORT_PUBLISHED).map((r) => ({
      id: r.id,
      room: r.room ?? '—',
      startedAt: r.started_at,
      minutes: minutes(r),
      viewers: r.viewers,
      views: r.views,
      peakOnline: r.peak_online,
      orders: r.orders,
      gmvFen: r.gmv_fen,
      adSpendFen: r.ad_spend_fen,
      gpmFen: r.views && r.gmv_fen !== null ? Math.round((r.gmv_fen / r.views) * 1000) : null,
    })),
    totals: {
      sessions: rows.length,
      hours: Math.round((sum(minutes) / 60) * 100) / 100,
      viewers: sum((r) => r.viewers),
      views: sum((r) => r.views),
      gmvFen: sum((r) => r.gmv_fen),
      adSpendFen: sum((r) => r.ad_spend_fen),
    },
  };
}
