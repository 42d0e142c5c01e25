import type { TableColumnsType } from 'antd';
import type { ChartData, ChartOptions } from 'chart.js';
import { Bubble } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { peakOf, totalOf } from '../../../../shared/domain/chartKeyFigures';
import type { MetricsOverview } from '../../../../shared/domain/metrics';
import { useFormat } from '../../lib/format';
import { ChartCard, whiteBackground } from '../charts';

type Row = MetricsOverview['accounts'][number];

const roleColor = { brand: 'rgba(250,173,20,0.7)', sales: 'rgba(245,34,45,0.7)' } as const;

/** Each account as a bubble: reach (views) across, GMV up, size by followers, colour by role. */
export function MatrixBubbleChart({ overview }: { overview: MetricsOverview | undefined }) {
  const { t } = useTranslation(['performance', 'common']);
  const f = useFormat();
  const rows = overview?.accounts ?? [];
  const maxFollowers = Math.max(1, ...rows.map((r) => r.followers));
  const data: ChartData<'bubble'> = {
    datasets: (['brand', 'sales'] as const).map((role) => ({
      label: t(`common:role.${role}`),
      backgroundColor: roleColor[role],
      borderColor: roleColor[role].replace('0.7', '1'),
      data: rows
        .filter((r) => r.role === role)
        .map((r) => ({ x: r.views, y: r.gmv, r: 6 + 18 * Math.sqrt(r.followers / maxFollowers) })),
    })),
  };
  const names = (role: 'brand' | 'sales') => rows.filter((r) => r.role === role);
  const options: ChartOptions<'bubble'> = {
    responsive: true,
    maintainAspectRatio: false,
    scales: {
      x: {
        title: { display: true, text: t('bubble.reach') },
        beginAtZero: true,
        ticks: { callback: (v) => f.count(Number(v)) },
      },
      y: {
        title: { display: true, text: t('bubble.gmv') },
        beginAtZero: true,
        ticks: { callback: (v) => f.moneyAt('chart', Number(v)) },
      },
    },
    plugins: {
      legend: { position: 'bottom' },
      tooltip: {
        callbacks: {
          label: (item) => {
            const row = names(item.datasetIndex === 0 ? 'brand' : 'sales')[item.dataIndex];
            return row ? `${row.displayName}: ${f.count(row.views)} / ${f.moneyAt('chart', row.gmv)}` : '';
          },
        },
      },
    },
  };
  const columns: TableColumnsType<Row> = [
    { title: t('bubble.account'), dataIndex: 'displayName' },
    { title: t('bubble.role'), dataIndex: 'role', render: (r: 'brand' | 'sales') => t(`common:role.${r}`) },
    { title: t('bubble.reach'), dataIndex: 'views', align: 'right', render: (v: number) => f.count(v) },
    {
      title: t('bubble.gmv'),
      dataIndex: 'gmv',
      align: 'right',
      render: (v: number) => f.moneyAt('table', v),
    },
    {
      title: t('bubble.engagement'),
      dataIndex: 'engagement',
      align: 'right',
      render: (v: number) => f.count(v),
    },
    {
      title: t('bubble.followers'),
      dataIndex: 'followers',
      align: 'right',
      render: (v: number) => f.count(v),
    },
  ];
  const hasData = rows.some((r) => r.days > 0);
  // Key figures for the canvas's label: the matrix's totals and the accounts leading on GMV and on reach.
  const topGmv = peakOf(rows, (r) => r.gmv);
  const topViews = peakOf(rows, (r) => r.views);
  const summary =
    topGmv && topViews
      ? t('bubble.summary', {
          count: rows.length,
          views: f.count(totalOf(rows.map((r) => r.views))),
          gmv: f.money(totalOf(rows.map((r) => r.gmv))),
          topGmvName: topGmv.item.displayName,
          topGmv: f.money(topGmv.value),
          topViewsName: topViews.item.displayName,
          topViews: f.count(topViews.value),
        })
      : undefined;
  return (
    <ChartCard<Row>
      title={
        overview?.from
          ? t('bubble.titleRange', { from: f.date(overview.from), to: f.date(overview.to) })
          : t('bubble.title')
      }
      {...(summary ? { summary } : {})}
      fileName="matrix-reach-gmv"
      testId="bubble-chart"
      columns={columns}
      rows={rows}
      rowKey="accountId"
      {...(hasData ? {} : { empty: t('noData') })}
      chart={(ref) => (
        <Bubble
          key={f.language}
          ref={ref as never}
          data={data}
          options={options}
          plugins={[whiteBackground]}
        />
      )}
    />
  );
}
