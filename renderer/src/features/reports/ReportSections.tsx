import { Descriptions, Empty, Table, Typography } from 'antd';
import type { Report } from '../../../../shared/reports/schema';
import { DeliverableLink } from '../offers';
import { DailyPerformanceChart, ForecastFan } from './ReportCharts';
import type { ReportFormat } from './reportFormat';

interface Props {
  report: Report;
  f: ReportFormat;
  accountName: (id: string) => string;
}

const table = { size: 'small', pagination: false, bordered: true } as const;

/** A published link, opened through the app's one external-link path (see DeliverableLink), or a dash. */
function PublishedLink({ url, f }: { url: string | null; f: ReportFormat }) {
  return url ? <DeliverableLink url={url} label={f.t('doc.openLink')} /> : '—';
}

function None({ f }: { f: ReportFormat }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={f.t('doc.none')} />;
}

export function MatrixSection({ report, f }: Props) {
  return (
    <Table
      {...table}
      rowKey="id"
      dataSource={report.matrix}
      columns={[
        { title: f.t('cols.account'), render: (_, a) => `${a.displayName} (@${a.handle})` },
        { title: f.t('cols.platform'), render: (_, a) => f.common(`platform.${a.platform}`) },
        { title: f.t('cols.role'), render: (_, a) => f.t(`role.${a.role}`) },
        { title: f.t('cols.followers'), render: (_, a) => f.count(a.followers) },
        { title: f.t('cols.postsTarget'), render: (_, a) => a.targets.postsPerWeek ?? '—' },
        {
          title: f.t('cols.liveTarget'),
          render: (_, a) => (a.role === 'sales' ? (a.targets.liveHoursPerWeek ?? '—') : '—'),
        },
        {
          title: f.t('cols.gmvTarget'),
          render: (_, a) => (a.role === 'sales' ? f.yuanAt('table', a.targets.gmvMonthly) : '—'),
        },
      ]}
    />
  );
}

export function PlanSection({ report, f, accountName }: Props) {
  if (report.planVsTarget.length === 0) return <None f={f} />;
  const load = (planned: number, target: number | null, status: string) =>
    `${planned} / ${target ?? '—'}${status === 'below' ? ` · ${f.t('status.below')}` : ''}`;
  return (
    <Table
      {...table}
      rowKey={(r) => `${r.weekStart}|${r.accountId}`}
      dataSource={report.planVsTarget}
      columns={[
        { title: f.t('cols.week'), dataIndex: 'weekStart', render: (d: string) => f.date(d) },
        { title: f.t('cols.account'), render: (_, r) => accountName(r.accountId) },
        {
          title: f.t('cols.postsProgress'),
          render: (_, r) => load(r.postsPlanned, r.postsTarget, r.postsStatus),
        },
        {
          title: f.t('cols.liveProgress'),
          render: (_, r) => load(r.liveHoursPlanned, r.liveHoursTarget, r.liveHoursStatus),
        },
        { title: f.t('cols.published'), dataIndex: 'published' },
      ]}
    />
  );
}

export function PublishedSection({ report, f, accountName }: Props) {
  const { items, total } = report.published;
  if (total === 0) return <None f={f} />;
  return (
    <>
      <Table
        {...table}
        rowKey="id"
        dataSource={items}
        columns={[
          { title: f.t('cols.title'), dataIndex: 'title' },
          { title: f.t('cols.account'), render: (_, i) => accountName(i.accountId) },
          { title: f.t('cols.format'), render: (_, i) => f.t(`format.${i.format}`) },
          { title: f.t('cols.publishedAt'), render: (_, i) => f.dateTime(i.publishedAt ?? i.plannedAt) },
          { title: f.t('cols.url'), render: (_, i) => <PublishedLink url={i.publishedUrl} f={f} /> },
          { title: f.t('cols.creator'), render: (_, i) => i.creatorName ?? '—' },
          { title: f.t('cols.views'), render: (_, i) => f.count(i.views) },
          { title: f.t('cols.gmv'), render: (_, i) => f.moneyAt('table', i.gmvFen) },
        ]}
      />
      {total > items.length && (
        <Typography.Text type="secondary">
          {f.t('doc.more', { count: total - items.length, shown: items.length })}
        </Typography.Text>
      )}
    </>
  );
}

export function OffersSection({ report, f }: Props) {
  const { items, deliverables, spendFen } = report.offers;
  if (items.length === 0 && deliverables.length === 0) return <None f={f} />;
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        items={[{ label: f.t('totals.spend'), children: f.moneyAt('total', spendFen) }]}
      />
      <Table
        {...table}
        rowKey="id"
        dataSource={items}
        columns={[
          { title: f.t('cols.offer'), dataIndex: 'title' },
          { title: f.t('cols.creator'), render: (_, o) => `${o.creatorName} (@${o.creatorHandle})` },
          { title: f.t('cols.state'), render: (_, o) => f.t(`offerState.${o.state}`) },
          { title: f.t('cols.fee'), render: (_, o) => f.moneyAt('table', o.feeFen) },
          {
            title: f.t('cols.deliverablesProgress'),
            render: (_, o) => `${o.deliverables.published} / ${o.deliverables.total}`,
          },
          { title: f.t('cols.overdue'), render: (_, o) => o.deliverables.overdue },
        ]}
      />
      {deliverables.length > 0 && (
        <Table
          {...table}
          style={{ marginTop: 12 }}
          rowKey="id"
          dataSource={deliverables}
          columns={[
            { title: f.t('cols.dueOn'), render: (_, d) => f.date(d.dueOn) },
            { title: f.t('cols.offer'), dataIndex: 'offerTitle' },
            { title: f.t('cols.creator'), dataIndex: 'creatorName' },
            { title: f.t('cols.format'), render: (_, d) => `${f.t(`format.${d.format}`)} × ${d.count}` },
            { title: f.t('cols.status'), render: (_, d) => f.t(`deliverable.${d.status}`) },
            { title: f.t('cols.url'), render: (_, d) => <PublishedLink url={d.publishedUrl} f={f} /> },
            { title: f.t('cols.overdue'), render: (_, d) => (d.overdue ? f.t('yes') : '') },
          ]}
        />
      )}
    </>
  );
}

export function PerformanceSection({ report, f, accountName }: Props) {
  const { totals, byAccount } = report.performance;
  return (
    <>
      <Descriptions
        size="small"
        column={4}
        items={[
          { label: f.t('totals.views'), children: f.count(totals.views) },
          { label: f.t('totals.engagement'), children: f.count(totals.engagement) },
          {
            label: f.t('totals.gmv'),
            children: <span data-testid="report-total-gmv">{f.moneyAt('total', totals.gmvFen)}</span>,
          },
          { label: f.t('totals.newFollowers'), children: f.count(totals.newFollowers) },
        ]}
      />
      {totals.days === 0 ? (
        <None f={f} />
      ) : (
        <>
          <DailyPerformanceChart report={report} f={f} />
          <Table
            {...table}
            style={{ marginTop: 12 }}
            rowKey="accountId"
            dataSource={byAccount}
            columns={[
              { title: f.t('cols.account'), render: (_, a) => accountName(a.accountId) },
              { title: f.t('cols.days'), dataIndex: 'days' },
              { title: f.t('cols.views'), render: (_, a) => f.count(a.views) },
              { title: f.t('cols.engagement'), render: (_, a) => f.count(a.engagement) },
              { title: f.t('cols.gmv'), render: (_, a) => f.moneyAt('table', a.gmvFen) },
              { title: f.t('cols.newFollowers'), render: (_, a) => f.count(a.newFollowers) },
            ]}
          />
        </>
      )}
    </>
  );
}

export function ForecastsSection({ report, f, accountName }: Props) {
  const { runs, accuracy } = report.forecasts;
  if (runs.length === 0 && accuracy.length === 0) return <None f={f} />;
  return (
    <>
      {runs.map((run) => (
        <div key={run.runId} className="report-avoid-break" style={{ marginBottom: 12 }}>
          <ForecastFan run={run} account={accountName(run.accountId)} f={f} />
        </div>
      ))}
      <Table
        {...table}
        rowKey="accountId"
        dataSource={accuracy}
        columns={[
          { title: f.t('cols.account'), render: (_, a) => accountName(a.accountId) },
          { title: f.t('cols.evaluated'), dataIndex: 'evaluated' },
          { title: f.t('cols.mase'), render: (_, a) => f.decimal(a.mase) },
          { title: f.t('cols.maseNaive'), render: (_, a) => f.decimal(a.maseNaive) },
          {
            title: f.t('cols.coverage'),
            render: (_, a) => (a.coverage80 === null ? '—' : f.percent(a.coverage80 * 100)),
          },
        ]}
      />
    </>
  );
}

export function ApprovalsSection({ report, f, accountName }: Props) {
  const approvals = report.approvals;
  if (approvals === null)
    return <Typography.Text type="secondary">{f.t('notAvailable.approvals')}</Typography.Text>;
  const states = ['pending', 'approved', 'changes_requested', 'stale', 'none'] as const;
  return (
    <>
      <Descriptions
        size="small"
        column={5}
        items={states.map((s) => ({ label: f.t(`approval.${s}`), children: approvals.counts[s] }))}
      />
      <Table
        {...table}
        rowKey="itemId"
        dataSource={approvals.items}
        columns={[
          { title: f.t('cols.plannedAt'), render: (_, i) => f.dateTime(i.plannedAt) },
          { title: f.t('cols.title'), dataIndex: 'title' },
          { title: f.t('cols.account'), render: (_, i) => accountName(i.accountId) },
          { title: f.t('cols.approval'), render: (_, i) => f.t(`approval.${i.state ?? 'none'}`) },
          { title: f.t('cols.reviewer'), render: (_, i) => i.reviewer ?? '—' },
          { title: f.t('cols.answeredAt'), render: (_, i) => f.dateTime(i.answeredAt) },
        ]}
      />
      {approvals.total > approvals.items.length && (
        <Typography.Text type="secondary">
          {f.t('doc.more', {
            count: approvals.total - approvals.items.length,
            shown: approvals.items.length,
          })}
        </Typography.Text>
      )}
    </>
  );
}

export function LiveSection({ report, f }: Props) {
  const live = report.liveSessions;
  if (live === null) return <Typography.Text type="secondary">{f.t('notAvailable.live')}</Typography.Text>;
  return (
    <>
      <Descriptions
        size="small"
        column={3}
        items={[
          { label: f.t('live.sessions'), children: live.totals.sessions },
          { label: f.t('live.hours'), children: f.decimal(live.totals.hours) },
          { label: f.t('live.viewers'), children: f.count(live.totals.viewers) },
          { label: f.t('cols.liveViews'), children: f.count(live.totals.views) },
          { label: f.t('cols.gmv'), children: f.moneyAt('total', live.totals.gmvFen) },
          { label: f.t('live.adSpend'), children: f.moneyAt('total', live.totals.adSpendFen) },
        ]}
      />
      <Table
        {...table}
        rowKey="id"
        dataSource={live.sessions}
        columns={[
          { title: f.t('cols.startedAt'), render: (_, s) => f.dateTime(s.startedAt) },
          { title: f.t('cols.room'), dataIndex: 'room' },
          { title: f.t('cols.minutes'), dataIndex: 'minutes' },
          { title: f.t('cols.viewers'), render: (_, s) => f.count(s.viewers) },
          { title: f.t('cols.liveViews'), render: (_, s) => f.count(s.views) },
          { title: f.t('cols.gmv'), render: (_, s) => f.moneyAt('table', s.gmvFen) },
          { title: f.t('cols.gpm'), render: (_, s) => f.moneyAt('table', s.gpmFen) },
        ]}
      />
    </>
  );
}
