import type { Report } from './schema';
import type { CsvCell } from './csv';
import { reportCsvHeaders, reportValueLabels, type ReportCsvSection } from './columns';

/**
 * The report as CSV tables, one per section, with headers (shared/reports/columns.ts, the page's column
 * titles) and enum values in the report's language.
 * Money in yuan with two decimals (what a client's spreadsheet expects), dates as in the report.
 */

type Language = Report['language'];

export interface CsvTable {
  fileName: string;
  headers: readonly string[];
  rows: CsvCell[][];
}

const yuan = (fen: number | null) => (fen === null ? null : Math.round(fen) / 100);

export function reportTables(report: Report, language: Language = report.language): CsvTable[] {
  const l = reportValueLabels[language];
  const h = (section: ReportCsvSection) => reportCsvHeaders(section, language);
  const accountName = new Map(report.matrix.map((a) => [a.id, a.displayName]));
  const name = (id: string) => accountName.get(id) ?? id;
  const yesNo = (v: boolean) => (v ? l.yes : l.no);
  return [
    {
      fileName: '01-matrix.csv',
      headers: h('matrix'),
      rows: report.matrix.map((a) => [
        a.displayName,
        a.platform,
        a.handle,
        l.role[a.role],
        a.followers,
        a.targets.postsPerWeek,
        a.role === 'sales' ? a.targets.liveHoursPerWeek : null,
        a.role === 'sales' ? a.targets.gmvMonthly : null,
        yesNo(a.archivedAt !== null),
      ]),
    },
    {
      fileName: '02-plan-vs-target.csv',
      headers: h('plan'),
      rows: report.planVsTarget.map((r) => [
        r.weekStart,
        name(r.accountId),
        r.postsPlanned,
        r.postsTarget,
        l.status[r.postsStatus],
        r.liveHoursPlanned,
        r.liveHoursTarget,
        l.status[r.liveHoursStatus],
        r.published,
      ]),
    },
    {
      fileName: '03-published.csv',
      headers: h('published'),
      rows: report.published.items.map((i) => [
        i.title,
        name(i.accountId),
        l.format[i.format],
        i.plannedAt,
        i.publishedAt,
        i.publishedUrl,
        i.creatorName,
        i.views,
        yuan(i.gmvFen),
      ]),
    },
    {
      fileName: '04-offers.csv',
      headers: h('offers'),
      rows: report.offers.items.map((o) => [
        o.title,
        o.creatorName,
        o.creatorHandle,
        l.offerState[o.state],
        yuan(o.feeFen),
        o.commissionPct,
        o.deliverables.total,
        o.deliverables.published,
        o.deliverables.overdue,
      ]),
    },
    {
      fileName: '05-deliverables.csv',
      headers: h('deliverables'),
      rows: report.offers.deliverables.map((d) => [
        d.dueOn,
        d.offerTitle,
        d.creatorName,
        l.format[d.format],
        d.count,
        d.accountLabel,
        l.deliverable[d.status],
        d.publishedUrl,
        yesNo(d.overdue),
      ]),
    },
    {
      fileName: '06-performance-daily.csv',
      headers: h('daily'),
      rows: report.performance.series.map((p) => [
        p.date,
        p.views,
        p.engagement,
        yuan(p.gmvFen),
        p.newFollowers,
      ]),
    },
    {
      fileName: '07-performance-accounts.csv',
      headers: h('accounts'),
      rows: report.performance.byAccount.map((a) => [
        name(a.accountId),
        a.days,
        a.views,
        a.engagement,
        yuan(a.gmvFen),
        a.newFollowers,
      ]),
    },
    {
      fileName: '08-forecasts.csv',
      headers: h('forecasts'),
      rows: report.forecasts.runs.flatMap((r) =>
        r.quantiles.map((q) => [
          name(r.accountId),
          r.metric,
          r.method,
          r.createdAt,
          q.date,
          q.p10,
          q.p50,
          q.p90,
        ]),
      ),
    },
    {
      fileName: '09-forecast-accuracy.csv',
      headers: h('accuracy'),
      rows: report.forecasts.accuracy.map((a) => [
        name(a.accountId),
        a.evaluated,
        a.mase,
        a.maseNaive,
        a.coverage80,
      ]),
    },
    {
      fileName: '10-approvals.csv',
      headers: h('approvals'),
      rows: (report.approvals?.items ?? []).map((i) => [
        i.plannedAt,
        i.title,
        name(i.accountId),
        l.approval[i.state ?? 'none'],
        i.reviewer,
        i.answeredAt,
      ]),
    },
    {
      fileName: '11-live-sessions.csv',
      headers: h('live'),
      rows: (report.liveSessions?.sessions ?? []).map((s) => [
        s.startedAt,
        s.room,
        s.minutes,
        s.viewers,
        s.views,
        s.peakOnline,
        s.orders,
        yuan(s.gmvFen),
        yuan(s.adSpendFen),
        yuan(s.gpmFen),
      ]),
    },
  ];
}
