import type { Chart, Plugin } from 'chart.js';

export interface TodayMarkerOptions {
  /** x value (a timestamp on time axes) where the dashed line is drawn; nothing when undefined. */
  at?: number;
  label?: string;
  color?: string;
}

declare module 'chart.js' {
  // The type parameter must match chart.js's declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends import('chart.js').ChartType> {
    todayMarker?: TodayMarkerOptions;
  }
}

/** A dashed vertical "today" line: the boundary between actuals and forecast (no annotation plugin needed). */
export const todayMarker: Plugin = {
  id: 'todayMarker',
  afterDatasetsDraw(chart: Chart, _args, options: TodayMarkerOptions) {
    if (options.at === undefined) return;
    const x = chart.scales['x']?.getPixelForValue(options.at);
    const { top, bottom, left, right } = chart.chartArea;
    if (x === undefined || !Number.isFinite(x) || x < left || x > right) return;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = options.color ?? '#8c8c8c';
    ctx.setLineDash([4, 4]);
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    if (options.label) {
      ctx.setLineDash([]);
      ctx.fillStyle = options.color ?? '#8c8c8c';
      ctx.font = '12px sans-serif';
      ctx.fillText(options.label, x + 4, top + 12);
    }
    ctx.restore();
  },
};
