import type { TableColumnsType } from 'antd';
import type { ChartData, ChartOptions } from 'chart.js';
import { useTranslation } from 'react-i18next';
import { funnelSteps, type SessionMetric } from '../../../../shared/live/funnel';
import type { LiveDiagnosis } from '../../../../shared/live/schemas';
import { useFormat } from '../../lib/format';
import { ChartCard } from '../charts';
import { drawLiveChart, liveChartOptions } from './liveChart';
import { BandTag } from './BandTag';
import { formatMetric } from './metricFormat';

type Assessment = LiveDiagnosis['metrics'][number];

const bandColor = { excellent: '#52c41a', good: '#1677ff', improve: '#f5222d' } as const;

/** The funnel step by step: this session's rate beside the benchmark's P50 and P75, bar coloured by band. */
export function FunnelChart({ diagnosis }: { diagnosis: LiveDiagnosis }) {
  const { t } = useTranslation('live');
  const f = useFormat();
  const steps = funnelSteps.map((m) => diagnosis.metrics.find((a) => a.metric === m)!);
  const pairOf = (a: Assessment) => (a.basis === 'peer' ? a.peer : a.own);
  const label = (m: SessionMetric) => t(`metrics.${m}`);

  const data: ChartData<'bar', (number | null)[], string> = {
    labels: steps.map((s) => label(s.metric)),
    datasets: [
      {
        label: t('diagnosis.value'),
        data: steps.map((s) => s.value),
        backgroundColor: steps.map((s) => (s.band ? bandColor[s.band] : '#8c8c8c')),
      },
      {
        label: 'P50',
        data: steps.map((s) => pairOf(s)?.p50 ?? null),
        backgroundColor: 'rgba(140,140,140,0.45)',
      },
      {
        label: 'P75',
        data: steps.map((s) => pairOf(s)?.p75 ?? null),
        backgroundColor: 'rgba(82,196,26,0.35)',
      },
    ],
  };
  const options: ChartOptions<'bar'> = {
    ...liveChartOptions<'bar'>('x', (item) =>
      formatMetric(f, steps[item.dataIndex]!.metric, item.parsed.x, 'chart'),
    ),
    indexAxis: 'y',
  };
  const columns: TableColumnsType<Assessment> = [
    { title: t('diagnosis.funnel'), dataIndex: 'metric', render: (m: SessionMetric) => label(m) },
    {
      title: t('diagnosis.value'),
      dataIndex: 'value',
      align: 'right',
      render: (v: number | null, a) => formatMetric(f, a.metric, v),
    },
    {
      title: 'P50',
      key: 'p50',
      align: 'right',
      render: (_: unknown, a) => formatMetric(f, a.metric, pairOf(a)?.p50),
    },
    {
      title: 'P75',
      key: 'p75',
      align: 'right',
      render: (_: unknown, a) => formatMetric(f, a.metric, pairOf(a)?.p75),
    },
    { title: t('diagnosis.band'), dataIndex: 'band', render: (_: unknown, a) => <BandTag band={a.band} /> },
  ];
  const aria = t('diagnosis.funnelAria', {
    room: diagnosis.session.roomLabel,
    steps: steps
      .map(
        (s) =>
          `${label(s.metric)} ${formatMetric(f, s.metric, s.value, 'chart')} ${s.band ? t(`bands.${s.band}`) : t('bands.none')}`,
      )
      .join('，'),
  });
  return (
    <ChartCard<Assessment>
      summary={aria}
      title={t('diagnosis.funnel')}
      fileName={`funnel-${diagnosis.session.startedAt.slice(0, 10)}`}
      testId="live-funnel"
      columns={columns}
      rows={steps}
      rowKey="metric"
      height={260}
      chart={drawLiveChart({ type: 'bar', data, options }, f.language)}
    />
  );
}
