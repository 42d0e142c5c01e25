import type { ChartData, ChartOptions } from 'chart.js';
import { Line } from 'react-chartjs-2';
// Registers the chart.js pieces this line chart draws with.
import '../charts';

const options: ChartOptions<'line'> = {
  responsive: false,
  animation: false,
  events: [],
  plugins: { legend: { display: false }, tooltip: { enabled: false } },
  scales: { x: { display: false }, y: { display: false, beginAtZero: true } },
  elements: { point: { radius: 0 }, line: { borderWidth: 1.5, tension: 0.3 } },
  spanGaps: true,
};

/** A row's 30-day trend: tiny, no axes; the aria-label carries the numbers it shows. */
export function Sparkline({
  values,
  label,
  testId,
}: {
  values: (number | null)[];
  label: string;
  testId?: string;
}) {
  const data: ChartData<'line', (number | null)[], number> = {
    labels: values.map((_, i) => i),
    datasets: [
      { data: values, borderColor: '#1677ff', backgroundColor: 'rgba(22,119,255,0.12)', fill: true },
    ],
  };
  return (
    <Line
      data={data}
      options={options}
      width={120}
      height={32}
      role="img"
      aria-label={label}
      data-testid={testId}
    />
  );
}
