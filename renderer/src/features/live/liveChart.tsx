import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { whiteBackground } from '../charts';

/** The live charts: session rates, stored as percents (3.2 = 3.2%), by step or by traffic source. */
type LiveChart =
  | { type: 'bar'; data: ChartData<'bar', (number | null)[], string>; options: ChartOptions<'bar'> }
  | { type: 'line'; data: ChartData<'line', (number | null)[], string>; options: ChartOptions<'line'> };

/**
 * The options every live chart starts from: it fills its card, the rate axis starts at zero and reads in %,
 * the legend sits below, and the tooltip says "series: value" in the caller's formatting.
 */
export function liveChartOptions<T extends 'bar' | 'line'>(
  rateAxis: 'x' | 'y',
  tooltipValue: (item: TooltipItem<T>) => string,
): ChartOptions<T> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    scales: {
      [rateAxis]: { beginAtZero: true, ticks: { callback: (v: string | number) => `${Number(v)}%` } },
    },
    plugins: {
      legend: { position: 'bottom' },
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<T>) =>
            `${(item.dataset as { label?: string }).label ?? ''}: ${tooltipValue(item)}`,
        },
      },
    },
  } as ChartOptions<T>;
}

/**
 * What a live ChartCard draws: the chart on white (so the PNG reads anywhere), re-created when the
 * language changes (time and category labels are read when drawn).
 */
export function drawLiveChart(chart: LiveChart, language: string) {
  return (ref: unknown) => (
    <Chart
      key={language}
      ref={ref as never}
      role="img"
      {...(chart as LiveChart & { type: 'bar' })}
      plugins={[whiteBackground]}
    />
  );
}
