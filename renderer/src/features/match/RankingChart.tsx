import type { TableColumnsType } from 'antd';
import type { Chart, ChartData, ChartOptions, Plugin } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { peakOf } from '../../../../shared/domain/chartKeyFigures';
import type { RankedMatch } from '../../../../shared/domain/interest';
import { useFormat } from '../../lib/format';
import { ChartCard, whiteBackground } from '../charts';

const MAX_BARS = 30;

/** Room right of the plot for the value written after a full (100) bar. */
const VALUE_ROOM = 28;

/**
 * Writes each bar's score just past its end: a score of 0 draws no bar at all and must still read "0"
 * (issue 11 §6), and the saved PNG carries the numbers without hovering.
 */
const barValues: Plugin<'bar'> = {
  id: 'barValues',
  afterDatasetsDraw(chart: Chart<'bar'>) {
    const values = chart.data.datasets[0]?.data ?? [];
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = '12px sans-serif';
    ctx.fillStyle = 'rgba(0,0,0,0.88)';
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    chart.getDatasetMeta(0).data.forEach((bar, index) => {
      const value = values[index];
      if (typeof value !== 'number') return;
      const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
      ctx.fillText(String(Math.round(value)), x + 4, y);
    });
    ctx.restore();
  },
};

interface Row {
  id: string;
  name: string;
  score: number | null;
  similarity: number | null;
  coverage: number | null;
  tgi: number | null;
}

/** Creators (or accounts) ranked by match for one product, as horizontal bars split into the score's parts. */
export function RankingChart({
  title,
  ranked,
  fileName,
  testId,
}: {
  title: string;
  ranked: RankedMatch[];
  fileName: string;
  testId: string;
}) {
  const { t } = useTranslation('match');
  const f = useFormat();
  // At most the best 30 bars: a bar per creator of a large roster made the canvas hundreds of thousands
  // of pixels tall, which browsers refuse to draw. The table view lists every row it was given.
  const scored = ranked.filter((r) => r.match !== null).slice(0, MAX_BARS);
  const rows: Row[] = ranked.map((r) => ({
    id: r.ownerId,
    name: r.name,
    score: r.match?.score ?? null,
    similarity: r.match?.parts.similarity ?? null,
    coverage: r.match?.parts.coverage ?? null,
    tgi: r.match?.explanation.targetTgi ?? null,
  }));
  const data: ChartData<'bar'> = {
    labels: scored.map((r) => r.name),
    datasets: [
      {
        label: t('score'),
        data: scored.map((r) => r.match!.score),
        backgroundColor: scored.map((r) =>
          r.match!.score >= 70 ? '#52c41a' : r.match!.score >= 40 ? '#faad14' : '#f5222d',
        ),
      },
    ],
  };
  const options: ChartOptions<'bar'> = {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    layout: { padding: { right: VALUE_ROOM } },
    scales: { x: { min: 0, max: 100, title: { display: true, text: t('score') } } },
    plugins: { legend: { display: false } },
  };
  const pct = (v: number | null) => (v === null ? '—' : f.percent(v * 100));
  const columns: TableColumnsType<Row> = [
    { title: t('name'), dataIndex: 'name' },
    { title: t('score'), dataIndex: 'score', align: 'right', render: (v: number | null) => v ?? '—' },
    { title: t('parts.similarity'), dataIndex: 'similarity', align: 'right', render: pct },
    { title: t('parts.coverage'), dataIndex: 'coverage', align: 'right', render: pct },
    {
      title: t('parts.tgi'),
      dataIndex: 'tgi',
      align: 'right',
      render: (v: number | null) => (v === null ? '—' : f.decimal(v, 0)),
    },
  ];
  // Key figures for the canvas's label: the best match and how many score well (the bars' green band, ≥ 70).
  const best = peakOf(rows, (r) => r.score);
  const summary = best
    ? t('rankingSummary', {
        name: best.item.name,
        score: f.decimal(best.value, 0),
        scored: rows.filter((r) => r.score !== null).length,
        strong: rows.filter((r) => r.score !== null && r.score >= 70).length,
      })
    : undefined;
  return (
    <ChartCard<Row>
      title={title}
      {...(summary ? { summary } : {})}
      fileName={fileName}
      testId={testId}
      columns={columns}
      rows={rows}
      rowKey="id"
      height={Math.max(160, 36 * scored.length + 60)}
      {...(scored.length === 0 ? { empty: t('noScores') } : {})}
      chart={(ref) => (
        <Bar
          key={f.language}
          ref={ref as never}
          data={data}
          options={options}
          plugins={[whiteBackground, barValues]}
        />
      )}
    />
  );
}
