import {
  BarController,
  BarElement,
  BubbleController,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  TimeScale,
  Tooltip,
} from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import 'chartjs-adapter-dayjs-4';
import { todayMarker } from './todayMarker';

/** Only what MatrixDesk's charts draw: tree-shaking keeps the rest of chart.js out of the bundle. */
Chart.register(
  BarController,
  BarElement,
  BubbleController,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  MatrixController,
  MatrixElement,
  PointElement,
  TimeScale,
  Tooltip,
  todayMarker,
);

// Charts must not animate in tests or for users who asked for less motion; a static chart is also
// what a PNG export should capture.
Chart.defaults.animation = false;
Chart.defaults.font.family =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

export { Chart };
