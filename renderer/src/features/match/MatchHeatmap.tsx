import type { TableColumnsType } from 'antd';
import type { ChartData, ChartOptions } from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api/contract';
import { averageOf, peakOf } from '../../../../shared/domain/chartKeyFigures';
import { useFormat } from '../../lib/format';
import { ChartCard, whiteBackground } from '../charts';
import { HEATMAP_LEGEND_HEIGHT, heatmapColor, heatmapLegend, heatmapValues } from './heatmapPlugins';

type Heatmap = MethodOutput<'match.heatmap'>;
type Row = { accountId: string; account: string } & Record<string, string | number | null>;

interface Cell {
  x: string;
  y: string;
  v: number | null;
}

/** Accounts (rows) × one page of products (columns), each cell the match score. */
export function MatchHeatmap({ heatmap }: { heatmap: Heatmap | undefined }) {
  const { t } = useTranslation('match');
  const f = useFormat();
  const accounts = heatmap?.accounts ?? [];
  const products = heatmap?.items ?? [];
  const nameOfAccount = new Map(accounts.map((a) => [a.id, a.name]));
  const nameOfProduct = new Map(products.map((p) => [p.id, p.name]));
  const cells: Cell[] = (heatmap?.cells ?? []).map((c) => ({
    x: nameOfProduct.get(c.productId) ?? c.productId,
    y: nameOfAccount.get(c.accountId) ?? c.accountId,
    v: c.score,
  }));
  const data: ChartData<'matrix', Cell[]> = {
    datasets: [
      {
        label: t('heatmap.title'),
        data: cells,
        backgroundColor: (c) => heatmapColor((c.raw as Cell | undefined)?.v ?? null),
        borderColor: '#ffffff',
        borderWidth: 1,
        width: ({ chart }) => (chart.chartArea?.width ?? 0) / Math.max(1, products.length) - 2,
        height: ({ chart }) => (chart.chartArea?.height ?? 0) / Math.max(1, accounts.length) - 2,
      },
    ],
  };
  const options: ChartOptions<'matrix'> = {
    responsive: true,
    maintainAspectRatio: false,
    layout: { padding: { bottom: HEATMAP_LEGEND_HEIGHT } },
    scales: {
      x: {
        type: 'category',
        labels: products.map((p) => p.name),
        offset: true,
        grid: { display: false },
        ticks: { autoSkip: false, maxRotation: 45 },
      },
      y: { type: 'category', labels: accounts.map((a) => a.name), offset: true, grid: { display: false } },
    },
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          title: () => '',
          label: (item) => {
            const c = item.raw as Cell;
            return `${c.y} × ${c.x}: ${c.v === null ? t('noProfile') : c.v}`;
          },
        },
      },
    },
  };
  const rows: Row[] = accounts.map((a) => {
    const row: Row = { accountId: a.id, account: a.name };
    for (const c of heatmap?.cells ?? []) if (c.accountId === a.id) row[c.productId] = c.score;
    return row;
  });
  const columns: TableColumnsType<Row> = [
    { title: t('heatmap.account'), dataIndex: 'account', fixed: 'left' },
    ...products.map((p) => ({
      title: p.name,
      dataIndex: p.id,
      align: 'right' as const,
      render: (v: number | null | undefined) => (v === null || v === undefined ? '—' : f.decimal(v, 0)),
    })),
  ];
  const empty = accounts.length === 0 || products.length === 0 ? t('heatmap.empty') : undefined;
  const legend = heatmapLegend({
    low: t('heatmap.legendLow'),
    high: t('heatmap.legendHigh'),
    none: t('noProfile'),
  });
  // Key figures for the canvas's label: the grid's size, its best pair and its average score.
  const best = peakOf(cells, (c) => c.v);
  const summary = best
    ? t('heatmap.summary', {
        accounts: accounts.length,
        products: products.length,
        account: best.item.y,
        product: best.item.x,
        score: f.decimal(best.value, 0),
        average: f.decimal(averageOf(cells.map((c) => c.v)), 0),
      })
    : undefined;
  return (
    <ChartCard<Row>
      title={t('heatmap.title')}
      {...(summary ? { summary } : {})}
      fileName="match-heatmap"
      testId="match-heatmap"
      columns={columns}
      rows={rows}
      rowKey="accountId"
      height={Math.max(260, 48 * accounts.length + 120)}
      {...(empty ? { empty } : {})}
      chart={(ref) => (
        <Chart
          key={f.language}
          ref={ref as never}
          type="matrix"
          data={data}
          options={options}
          plugins={[whiteBackground, heatmapValues, legend]}
        />
      )}
    />
  );
}
