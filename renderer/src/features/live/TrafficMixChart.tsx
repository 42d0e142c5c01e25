import type { TableColumnsType } from 'antd';
import type { ChartData } from 'chart.js';
import { useTranslation } from 'react-i18next';
import { trafficSources, type TrafficSource } from '../../../../shared/live/fields';
import type { LiveDiagnosis } from '../../../../shared/live/schemas';
import { useFormat } from '../../lib/format';
import { ChartCard } from '../charts';
import { drawLiveChart, liveChartOptions } from './liveChart';

interface Row {
  source: TrafficSource;
  session: number | null;
  usual: number | null;
}

/** Traffic-source shares of this session beside the room's usual (viewer-weighted) mix. */
export function TrafficMixChart({ diagnosis }: { diagnosis: LiveDiagnosis }) {
  const { t } = useTranslation('live');
  const f = useFormat();
  const { session, usual } = diagnosis.traffic;
  const rows: Row[] = trafficSources
    .filter((s) => session[s] !== undefined || usual[s] !== undefined)
    .map((s) => ({ source: s, session: session[s] ?? null, usual: usual[s] ?? null }));
  const data: ChartData<'bar', (number | null)[], string> = {
    labels: rows.map((r) => t(`traffic.sources.${r.source}`)),
    datasets: [
      { label: t('traffic.session'), data: rows.map((r) => r.session), backgroundColor: '#1677ff' },
      { label: t('traffic.usual'), data: rows.map((r) => r.usual), backgroundColor: 'rgba(140,140,140,0.5)' },
    ],
  };
  const options = liveChartOptions<'bar'>('y', (item) => f.percent(item.parsed.y));
  const columns: TableColumnsType<Row> = [
    {
      title: t('traffic.source'),
      dataIndex: 'source',
      render: (s: TrafficSource) => t(`traffic.sources.${s}`),
    },
    {
      title: t('traffic.session'),
      dataIndex: 'session',
      align: 'right',
      render: (v: number | null) => f.percent(v),
    },
    {
      title: t('traffic.usual'),
      dataIndex: 'usual',
      align: 'right',
      render: (v: number | null) => f.percent(v),
    },
  ];
  return (
    <ChartCard<Row>
      summary={t('traffic.aria')}
      title={t('traffic.title')}
      fileName={`traffic-${diagnosis.session.startedAt.slice(0, 10)}`}
      testId="live-traffic"
      columns={columns}
      rows={rows}
      rowKey="source"
      height={260}
      {...(rows.length === 0 ? { empty: t('traffic.none') } : {})}
      chart={drawLiveChart({ type: 'bar', data, options }, f.language)}
    />
  );
}
