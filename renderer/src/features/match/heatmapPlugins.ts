import type { Chart, Plugin } from 'chart.js';

/** Red (poor) → amber → green (strong) on the 0–100 match scale; a faint grey where there is no profile. */
export function heatmapColor(score: number | null): string {
  if (score === null) return 'rgba(0,0,0,0.05)';
  const hue = Math.round((score / 100) * 120);
  return `hsla(${hue}, 70%, 50%, 0.85)`;
}

/** Room under the plot for the legend drawn by `heatmapLegend`. */
export const HEATMAP_LEGEND_HEIGHT = 44;

interface ScoredCell {
  v: number | null;
}

/**
 * Writes each cell's score in it, so the heatmap reads without hovering (and in the saved PNG). Cells
 * without a profile stay blank: their colour and the legend say so.
 */
export const heatmapValues: Plugin<'matrix'> = {
  id: 'heatmapValues',
  afterDatasetsDraw(chart: Chart<'matrix'>) {
    const meta = chart.getDatasetMeta(0);
    const cells = chart.data.datasets[0]?.data as unknown as ScoredCell[] | undefined;
    if (!cells) return;
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = '600 12px sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    meta.data.forEach((element, index) => {
      const score = cells[index]?.v;
      if (score === null || score === undefined) return;
      const { x, y } = (
        element as unknown as { getCenterPoint(): { x: number; y: number } }
      ).getCenterPoint();
      // Dark text on the light amber middle of the scale, white on the saturated ends.
      ctx.fillStyle = score >= 35 && score <= 80 ? 'rgba(0,0,0,0.88)' : '#ffffff';
      ctx.fillText(String(Math.round(score)), x, y);
    });
    ctx.restore();
  },
};

/** A colour bar from 0 to 100 with its end labels, and a swatch for "no profile", under the plot. */
export function heatmapLegend(labels: { low: string; high: string; none: string }): Plugin<'matrix'> {
  return {
    id: 'heatmapLegend',
    afterDraw(chart: Chart<'matrix'>) {
      const ctx = chart.ctx;
      const barWidth = Math.min(240, chart.width * 0.4);
      const top = chart.height - HEATMAP_LEGEND_HEIGHT + 14;
      const left = (chart.chartArea?.left ?? 0) + 4;
      ctx.save();
      const gradient = ctx.createLinearGradient(left, 0, left + barWidth, 0);
      for (const stop of [0, 25, 50, 75, 100]) gradient.addColorStop(stop / 100, heatmapColor(stop));
      ctx.fillStyle = gradient;
      ctx.fillRect(left, top, barWidth, 10);
      ctx.fillStyle = 'rgba(0,0,0,0.75)';
      ctx.font = '12px sans-serif';
      ctx.textBaseline = 'top';
      ctx.textAlign = 'left';
      ctx.fillText(labels.low, left, top + 14);
      ctx.textAlign = 'right';
      ctx.fillText(labels.high, left + barWidth, top + 14);
      const swatch = left + barWidth + 24;
      ctx.fillStyle = heatmapColor(null);
      ctx.strokeStyle = 'rgba(0,0,0,0.25)';
      ctx.fillRect(swatch, top, 14, 10);
      ctx.strokeRect(swatch, top, 14, 10);
      ctx.fillStyle = 'rgba(0,0,0,0.75)';
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      ctx.fillText(labels.none, swatch + 20, top + 5);
      ctx.restore();
    },
  };
}
