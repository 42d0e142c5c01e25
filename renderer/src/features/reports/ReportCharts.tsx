import type { MoneyPlace } from '../../../../shared/format/moneyRule';
import type { ChartData, ChartOptions } from 'chart.js';
import { Line } from 'react-chartjs-2';
import type { Report } from '../../../../shared/reports/schema';
import { ChartCard, whiteBackground } from '../charts';
import type { ReportFormat } from './reportFormat';

const base: ChartOptions<'line'> = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  interaction: { mode: 'index', intersect: false },
  elements: { point: { radius: 0 }, line: { borderWidth: 1.5 } },
};

/** Daily views (left axis) and GMV in yuan (right axis) over the report's range. */
export function DailyPerformanceChart({ report, f }: { report: Report; f: ReportFormat }) {
  const series = report.performance.series;
  const data: ChartData<'line', number[], string> = {
    labels: series.map((p) => p.date.slice(5)),
    datasets: [
      { label: f.t('totals.views'), data: series.map((p) => p.views), borderColor: '#1677ff', yAxisID: 'y' },
      {
        label: f.t('totals.gmv'),
        data: series.map((p) => p.gmvFen / 100),
        borderColor: '#fa541c',
        yAxisID: 'y1',
      },
    ],
  };
  const options: ChartOptions<'line'> = {
    ...base,
    scales: {
      y: { beginAtZero: true, ticks: { callback: (v) => f.count(Number(v)) } },
      y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } },
    },
  };
  const aria = f.t('charts.dailyAria', {
    from: f.date(report.from),
    to: f.date(report.to),
    views: f.count(report.performance.totals.views),
    gmv: f.moneyAt('chart', report.performance.totals.gmvFen),
  });
  return (
    <ChartCard
      summary={aria}
      title={f.t('charts.daily')}
      fileName={`report-daily-${report.from}-${report.to}`}
      testId="report-daily-chart"
      height={240}
      rowKey="date"
      rows={series}
      columns={[
        { title: f.t('cols.date'), dataIndex: 'date' },
        { title: f.t('cols.views'), dataIndex: 'views', render: (v: number) => f.count(v) },
        { title: f.t('cols.gmv'), dataIndex: 'gmvFen', render: (v: number) => f.moneyAt('table', v) },
      ]}
      chart={(ref) => (
        <Line ref={ref as never} data={data} options={options} plugins={[whiteBackground]} role="img" />
      )}
    />
  );
}

type Run = Report['forecasts']['runs'][number];

/** A stored forecast's fan: the 80% band (p10–p90) shaded, the median as a line. */
export function ForecastFan({ run, account, f }: { run: Run; account: string; f: ReportFormat }) {
  const metric = f.t(`metric.${run.metric}`);
  const money = run.metric === 'gmv';
  const show = (v: number, place: MoneyPlace = 'table') =>
    money ? f.yuanAt(place, v) : f.count(Math.round(v));
  const data: ChartData<'line', number[], string> = {
    labels: run.quantiles.map((q) => q.date.slice(5)),
    datasets: [
      {
        label: 'P90',
        data: run.quantiles.map((q) => q.p90),
        borderColor: 'rgba(22,119,255,0.3)',
        fill: '+1',
        backgroundColor: 'rgba(22,119,255,0.15)',
      },
      { label: 'P10', data: run.quantiles.map((q) => q.p10), borderColor: 'rgba(22,119,255,0.3)' },
      { label: 'P50', data: run.quantiles.map((q) => q.p50), borderColor: '#1677ff', borderWidth: 2 },
    ],
  };
  const total = run.quantiles.reduce((s, q) => s + q.p50, 0);
  const aria = f.t('charts.fanAria', {
    account,
    metric,
    points: run.quantiles.length,
    total: show(total, 'chart'),
  });
  return (
    <ChartCard
      summary={aria}
      title={f.t('charts.fan', { account, metric })}
      fileName={`forecast-${run.runId}`}
      testId="report-fan-chart"
      height={200}
      rowKey="date"
      rows={run.quantiles}
      columns={[
        { title: f.t('cols.date'), dataIndex: 'date' },
        { title: 'P10', dataIndex: 'p10', render: (v: number) => show(v) },
        { title: 'P50', dataIndex: 'p50', render: (v: number) => show(v) },
        { title: 'P90', dataIndex: 'p90', render: (v: number) => show(v) },
      ]}
      chart={(ref) => (
        <Line
          ref={ref as never}
          data={data}
          options={{ ...base, scales: { y: { beginAtZero: true } } }}
          plugins={[whiteBackground]}
          role="img"
        />
      )}
    />
  );
}
