import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Segmented, Table, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Chart } from 'chart.js';
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import './register';

export type ChartRef = RefObject<Chart | null>;

interface Props<Row extends object> {
  title: ReactNode;
  /** The title as plain text, when `title` is not a string: it opens the chart's aria-label. */
  titleText?: string;
  /** Key figures in a sentence (in the UI language), read by screen readers after the title. */
  summary?: string;
  /** File name (without .png) for the saved image. */
  fileName: string;
  /** Renders the chart with the ref to attach (react-chartjs-2's `ref`). */
  chart: (ref: ChartRef) => ReactNode;
  /** The same numbers as a table, for screen readers and for copying. */
  columns: TableColumnsType<Row>;
  rows: Row[];
  rowKey: keyof Row & string;
  extra?: ReactNode;
  empty?: ReactNode;
  testId?: string;
  height?: number;
}

/**
 * Every chart in MatrixDesk: a chart/table toggle (the table holds the same numbers, for accessibility),
 * and Save as PNG. The chart is drawn on a white background so the saved image is readable anywhere.
 */
export function ChartCard<Row extends object>({
  title,
  titleText,
  summary,
  fileName,
  chart,
  columns,
  rows,
  rowKey,
  extra,
  empty,
  testId,
  height = 320,
}: Props<Row>) {
  const { t } = useTranslation('charts');
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const ref = useRef<Chart | null>(null);
  const canvasBox = useRef<HTMLDivElement>(null);
  const plainTitle = titleText ?? (typeof title === 'string' ? title : '');
  const label = t('summary', {
    title: plainTitle,
    count: rows.length,
    figures: summary ? `${summary} ` : '',
  });
  // The canvas (role="img", drawn by react-chartjs-2) gets a text alternative summarising the chart; the
  // table view beside it holds every number. Set after each render: the canvas is re-created on language change.
  useEffect(() => {
    canvasBox.current?.querySelector('canvas')?.setAttribute('aria-label', label);
  });

  const savePng = () => {
    const instance = ref.current;
    if (!instance) return;
    const link = document.createElement('a');
    // A saved image travels alone (decks, chats): it carries the card's title (account and metric) above the chart.
    link.href = withTitleBand(instance.canvas, plainTitle);
    link.download = `${fileName}.png`;
    link.click();
  };

  return (
    <Card
      title={title}
      data-testid={testId}
      extra={
        <Flex gap={8} align="center" wrap>
          {extra}
          <Segmented<'chart' | 'table'>
            size="small"
            aria-label={t('viewToggle')}
            value={view}
            onChange={setView}
            options={[
              { value: 'chart', label: t('chart') },
              { value: 'table', label: t('table') },
            ]}
          />
          <Tooltip title={t('savePng')}>
            <Button
              size="small"
              icon={<DownloadOutlined />}
              aria-label={t('savePng')}
              disabled={view !== 'chart' || empty !== undefined}
              onClick={savePng}
            />
          </Tooltip>
        </Flex>
      }
    >
      {empty !== undefined ? (
        <Empty description={empty} />
      ) : view === 'chart' ? (
        <div
          ref={canvasBox}
          style={{ position: 'relative', height }}
          data-testid={testId ? `${testId}-canvas` : undefined}
        >
          {chart(ref)}
        </div>
      ) : (
        <Table<Row>
          size="small"
          rowKey={rowKey}
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          data-testid={testId ? `${testId}-table` : undefined}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Card>
  );
}

/** The chart's pixels under a white band holding its title, as a PNG data URL. */
export function withTitleBand(chart: HTMLCanvasElement, title: string): string {
  if (!title) return chart.toDataURL('image/png', 1);
  const scale = chart.width / Math.max(1, chart.clientWidth || chart.width);
  const band = Math.round(36 * scale);
  const out = document.createElement('canvas');
  out.width = chart.width;
  out.height = chart.height + band;
  const ctx = out.getContext('2d');
  if (!ctx) return chart.toDataURL('image/png', 1);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = 'rgba(0, 0, 0, 0.88)';
  ctx.font = `600 ${Math.round(16 * scale)}px -apple-system, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.fillText(title, Math.round(12 * scale), band / 2, out.width - Math.round(24 * scale));
  ctx.drawImage(chart, 0, band);
  return out.toDataURL('image/png', 1);
}

/** Paints a white background before drawing, so exported PNGs are not transparent. */
export const whiteBackground = {
  id: 'whiteBackground',
  beforeDraw(chart: Chart) {
    const ctx = chart.ctx;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};
