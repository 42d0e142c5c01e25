import type { BackendContext } from '../context';
import type { Account } from '../../../shared/domain/account';
import type { GuardrailAccount, GuardrailItem } from '../../../shared/content/guardrails';
import { addDays, todayIn } from '../../../shared/domain/dates';
import type { TermsRecord } from '../../../shared/domain/offerTerms';
import { parseCivilDate } from '../../../shared/content/time';
import { wallTimeToInstant } from '../../../shared/parsing/timeZone';
import {
  performanceSections,
  planVsTarget,
  reportRangeProblem,
  weeksOf,
} from '../../../shared/reports/aggregate';
import { MAX_REPORT_PUBLISHED, type Report } from '../../../shared/reports/schema';
import { listAccounts } from '../accounts/repo';
import { invalidInput, notFound } from '../errors';
import { accuracyOf } from '../forecasts/accuracy';
import { listRuns, type StoredRun } from '../forecasts/repo';
import { findWorkspace } from '../workspaces/repo';
import { contentMetricTotals, reportDeliverables, reportItems, reportMetrics, reportOffers } from './repo';

/** Stored runs read per report: plenty for the latest of each account and metric plus their history. */
const RUNS_READ = 500;

function midnight(date: string, timeZone: string): string {
  const d = parseCivilDate(date)!;
  return new Date(
    wallTimeToInstant({ ...d, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone),
  ).toISOString();
}

function guardAccount(a: Account): GuardrailAccount {
  return {
    id: a.id,
    role: a.role,
    displayName: a.displayName,
    targets: {
      postsPerWeek: a.targets.postsPerWeek,
      liveHoursPerWeek: a.role === 'sales' ? a.targets.liveHoursPerWeek : null,
    },
  };
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
  const workspace = findWorkspace(ctx.db, input.workspaceId);
  if (!workspace) throw notFound('Workspace', input.workspaceId);
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
    planVsTarget: planVsTarget(weeks, matrix.map(guardAccount), items, tz),
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
    // Approvals (issue 8 §2) are built on another branch; this section is filled after that merge.
    approvals: null,
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
    // Live-session imports (issue 10 §2, migration 0070) are another branch's; filled after that merge.
    liveSessions: null,
  };
}
