import type { SessionMetric } from '../../../../shared/live/funnel';
import type { MoneyPlace } from '../../../../shared/format/moneyRule';
import type { useFormat } from '../../lib/format';

type Format = ReturnType<typeof useFormat>;

const moneyMetrics: ReadonlySet<SessionMetric> = new Set(['gpm', 'uvValue', 'avgOrderValue', 'gmvPerHour']);

/**
 * A metric's value as the user reads it: rates in %, money in ¥ (by the money rule for `place`: tables by
 * default), ROI as a multiple, watch time in m:ss.
 */
export function formatMetric(
  f: Format,
  metric: SessionMetric,
  value: number | null | undefined,
  place: MoneyPlace = 'table',
): string {
  if (value === null || value === undefined) return '—';
  if (moneyMetrics.has(metric)) return f.moneyAt(place, value);
  switch (metric) {
    case 'roi':
      return f.decimal(value, 2);
    case 'viewersPerHour':
      return f.count(Math.round(value));
    case 'avgWatchSeconds': {
      const s = Math.round(value);
      return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    }
    default:
      return f.percent(value);
  }
}
