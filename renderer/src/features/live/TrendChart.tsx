import type { TableColumnsType } from 'antd';
import type { ChartData, ChartOptions } from 'chart.js';
import { useTranslation } from 'react-i18next';
import { funnelSteps } from '../../../../shared/live/funnel';
import type { MethodOutput } from '../../../../shared/api/contract';
import type { LiveSession } from '../../../../shared/live/schemas';
import { useFormat } from '../../lib/format';
import { ChartCard } from '../charts';
import { drawLiveChart, liveChartOptions } from './liveChart';
import { useTrend } from './queries';

type Point = MethodOutput<'liveSessions.trend'>['points'][number];

const colors = ['#1677ff', '#13c2c2', '#fa8c16', '#eb2f96'];

/** Each funnel step over the room's last 30 sessions (oldest left), so a step that slipped stands out. */
export function TrendChart({ session }: { session: LiveSession }) {
  const { id: currentId, roomId, roomLabel, startedAt, slot } = session;
  const { t } = useTranslation('live');
  const f = useFormat();
  const trend = useTrend(roomId, startedAt, slot, 30);
  const points = trend.data?.points ?? [];
  const labels = points.map((p) => f.date(p.startedAt));
  const data: ChartData<'line', (number | null)[], string> = {
    labels,
    datasets: funnelSteps.map((m, i) => ({
      label: t(`metrics.${m}`),
      data: points.map((p) => p.metrics[m]),
      borderColor: colors[i],
      backgroundColor: colors[i],
      pointRadius: points.map((p) => (p.sessionId === currentId ? 5 : 2)),
      spanGaps: true,
    })),
  };
  const options: ChartOptions<'line'> = {
    ...liveChartOptions<'line'>('y', (item) => f.percent(item.parsed.y)),
    interaction: { mode: 'index', intersect: false },
  };
  const columns: TableColumnsType<Point> = [
    { title: t('trend.session'), dataIndex: 'startedAt', render: (v: string) => f.dateTime(v) },
    ...funnelSteps.map((m) => ({
      title: t(`metrics.${m}`),
      key: m,
      align: 'right' as const,
      render: (_: unknown, p: Point) => f.percent(p.metrics[m]),
    })),
  ];
  return (
    <ChartCard<Point>
      summary={t('trend.aria', { room: roomLabel, n: points.length })}
      title={t('trend.title', { n: points.length, slot: t(`slots.${slot}`) })}
      fileName={`trend-${roomLabel}`}
      testId="live-trend"
      columns={columns}
      rows={points}
      rowKey="sessionId"
      height={280}
      {...(points.length === 0 ? { empty: t('empty') } : {})}
      chart={drawLiveChart({ type: 'line', data, options }, f.language)}
    />
  );
}
