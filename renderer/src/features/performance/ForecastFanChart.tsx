import type { TableColumnsType } from 'antd';
import type { ChartData, ChartOptions } from 'chart.js';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { peakOf, totalOf } from '../../../../shared/domain/chartKeyFigures';
import type { ForecastRun } from '../../../../shared/domain/forecastRun';
import type { ForecastMetric } from '../../../../shared/domain/metrics';
import { useFormat } from '../../lib/format';
import { ChartCard, whiteBackground } from '../charts';

interface Props {
  title: string;
  fileName: string;
  metric: ForecastMetric;
  actuals: { date: string; value: number }[];
  run: ForecastRun | undefined;
  extra?: React.ReactNode;
}

interface Row {
  date: string;
  actual: number | null;
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

const ts = (date: string) => dayjs(date).valueOf();

/** Actuals, then the forecast's 80% band (p10–p90) with its median, and a dashed line at the last actual. */
export function ForecastFanChart({ title, fileName, metric, actuals, run, extra }: Props) {
  const { t } = useTranslation('performance');
  const f = useFormat();
  const value = (v: number | null | undefined, place: 'chart' | 'table' = 'table') =>
    metric === 'gmv' ? f.moneyAt(place, v) : f.count(v === null || v === undefined ? v : Math.round(v));
  const quantiles = useMemo(() => run?.quantiles ?? [], [run]);
  const lastActual = actuals[actuals.length - 1]?.date;

  const rows: Row[] = useMemo(() => {
    const byDate = new Map<string, Row>();
    for (const a of actuals)
      byDate.set(a.date, { date: a.date, actual: a.value, p10: null, p50: null, p90: null });
    for (const q of quantiles) {
      const row = byDate.get(q.date) ?? { date: q.date, actual: null, p10: null, p50: null, p90: null };
      byDate.set(q.date, { ...row, p10: q.p10, p50: q.p50, p90: q.p90 });
    }
    return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  }, [actuals, quantiles]);

  const data: ChartData<'line', { x: number; y: number }[]> = {
    datasets: [
      {
        label: t('chart.p90'),
        data: quantiles.map((q) => ({ x: ts(q.date), y: q.p90 })),
        borderColor: 'rgba(212,56,13,0.25)',
        backgroundColor: 'rgba(212,56,13,0.15)',
        pointRadius: 0,
        borderWidth: 1,
        fill: '+1',
      },
      {
        label: t('chart.p10'),
        data: quantiles.map((q) => ({ x: ts(q.date), y: q.p10 })),
        borderColor: 'rgba(212,56,13,0.25)',
        pointRadius: 0,
        borderWidth: 1,
        fill: false,
      },
      {
        label: t('chart.p50'),
        data: quantiles.map((q) => ({ x: ts(q.date), y: q.p50 })),
        borderColor: '#d4380d',
        borderDash: [6, 4],
        pointRadius: 0,
        borderWidth: 2,
        fill: false,
      },
      {
        label: t('chart.actual'),
        data: actuals.map((a) => ({ x: ts(a.date), y: a.value })),
        borderColor: '#1677ff',
        backgroundColor: '#1677ff',
        pointRadius: actuals.length > 60 ? 0 : 2,
        borderWidth: 1.5,
        fill: false,
      },
    ],
  };

  const options: ChartOptions<'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    parsing: false,
    interaction: { mode: 'index', intersect: false },
    scales: {
      x: {
        type: 'time',
        time: {
          unit: run?.frequency === 'week' ? 'week' : 'day',
          tooltipFormat: f.language === 'zh-CN' ? 'YYYY.MM.DD' : 'MMM D, YYYY',
        },
        ticks: { maxTicksLimit: 10 },
      },
      y: {
        beginAtZero: true,
        ticks: { callback: (v) => (metric === 'gmv' ? f.moneyAt('chart', Number(v)) : f.count(Number(v))) },
      },
    },
    plugins: {
      legend: { position: 'bottom' },
      tooltip: {
        callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${value(item.parsed.y, 'chart')}` },
      },
      todayMarker: lastActual ? { at: ts(lastActual), label: t('chart.today') } : {},
    },
  };

  const columns: TableColumnsType<Row> = [
    { title: t('table.date'), dataIndex: 'date', render: (d: string) => f.date(d) },
    { title: t('chart.actual'), dataIndex: 'actual', align: 'right', render: (v: number | null) => value(v) },
    { title: t('chart.p10'), dataIndex: 'p10', align: 'right', render: (v: number | null) => value(v) },
    { title: t('chart.p50'), dataIndex: 'p50', align: 'right', render: (v: number | null) => value(v) },
    { title: t('chart.p90'), dataIndex: 'p90', align: 'right', render: (v: number | null) => value(v) },
  ];

  const empty = actuals.length === 0 ? t('noData') : undefined;
  // Key figures for the canvas's label: the forecast's median total and its peak day, then the actuals' total.
  const forecastPeak = peakOf(quantiles, (q) => q.p50);
  const actualsPart = t('chart.summaryActuals', {
    count: actuals.length,
    total: value(totalOf(actuals.map((a) => a.value))),
  });
  const summary = forecastPeak
    ? `${t('chart.summaryForecast', {
        count: quantiles.length,
        total: value(totalOf(quantiles.map((q) => q.p50))),
        peak: value(forecastPeak.value),
        peakDate: f.date(forecastPeak.item.date),
      })}${actualsPart}`
    : actualsPart;
  return (
    <ChartCard<Row>
      title={title}
      summary={summary}
      fileName={fileName}
      testId="forecast-chart"
      extra={extra}
      columns={columns}
      rows={rows}
      rowKey="date"
      {...(empty ? { empty } : {})}
      height={360}
      chart={(ref) => (
        <Line key={f.language} ref={ref as never} data={data} options={options} plugins={[whiteBackground]} />
      )}
    />
  );
}
