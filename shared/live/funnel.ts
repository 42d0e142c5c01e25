import type { SessionValues } from './fields';

/**
 * The live-room funnel on the 人数 (people) basis, as DOMAIN.md defines it, plus the efficiency figures
 * 罗盘 shows beside it. Every formula is a ratio of two stored values: when either is missing (null) or
 * the denominator is zero the metric is "not available" (null), never 0, so a missing column never
 * drags a benchmark down.
 */
export const funnelSteps = [
  'exposureEntryRate', // 曝光进入率 = 观看人数 ÷ 曝光人数
  'productExposureRate', // 商品曝光率 = 商品曝光人数 ÷ 观看人数
  'productClickRate', // 商品点击率 = 商品点击人数 ÷ 商品曝光人数
  'clickConversionRate', // 点击成交率 = 成交人数 ÷ 商品点击人数
] as const;

export const sessionMetrics = [
  ...funnelSteps,
  'viewConversionRate', // 观看成交率 = 成交人数 ÷ 观看人数
  'gpm', // GPM = 成交金额 ÷ 观看次数 × 1000 (罗盘's basis: views, not viewers)
  'uvValue', // UV价值 = 成交金额 ÷ 观看人数
  'avgOrderValue', // 客单价 = 成交金额 ÷ 成交人数
  'interactionRate', // 互动率 = 评论次数 ÷ 观看人数
  'followRate', // 关注率 = 新增粉丝数 ÷ 观看人数
  'fanClubRate', // 加团率 = 新加直播团人数 ÷ 观看人数
  'refundRate', // 退款率 = 退款金额 ÷ 成交金额
  'roi', // ROI = 成交金额 ÷ 投放消耗
  'viewersPerHour', // 观看人数 ÷ 直播时长(小时)
  'gmvPerHour', // 成交金额 ÷ 直播时长(小时)
  'avgWatchSeconds', // 人均观看时长 (stored; averaged over sessions weighted by viewers)
] as const;
export type SessionMetric = (typeof sessionMetrics)[number];
export type SessionMetricValues = Record<SessionMetric, number | null>;

/** The inputs of the formulas: stored values plus the session's length. */
export type FunnelInput = SessionValues & { durationSeconds: number | null };

type Operand = keyof FunnelInput;

interface RatioFormula {
  numerator: Operand;
  denominator: Operand;
  /** Rates are percents (× 100); GPM is per thousand views; per-hour figures divide by hours. */
  scale: number;
}

const HOUR = 3600;

/**
 * Each metric as numerator ÷ denominator × scale. Kept as data so the aggregate over several sessions
 * is the same formula over summed operands (a weighted average), never an average of ratios.
 * Rates are in percent (12.5 means 12.5%).
 */
export const metricFormulas: Readonly<Record<SessionMetric, RatioFormula>> = {
  exposureEntryRate: { numerator: 'viewers', denominator: 'exposureUsers', scale: 100 },
  productExposureRate: { numerator: 'productExposureUsers', denominator: 'viewers', scale: 100 },
  productClickRate: { numerator: 'productClickUsers', denominator: 'productExposureUsers', scale: 100 },
  clickConversionRate: { numerator: 'buyers', denominator: 'productClickUsers', scale: 100 },
  viewConversionRate: { numerator: 'buyers', denominator: 'viewers', scale: 100 },
  gpm: { numerator: 'gmv', denominator: 'views', scale: 1000 },
  uvValue: { numerator: 'gmv', denominator: 'viewers', scale: 1 },
  avgOrderValue: { numerator: 'gmv', denominator: 'buyers', scale: 1 },
  interactionRate: { numerator: 'comments', denominator: 'viewers', scale: 100 },
  followRate: { numerator: 'newFollowers', denominator: 'viewers', scale: 100 },
  fanClubRate: { numerator: 'newFanClub', denominator: 'viewers', scale: 100 },
  refundRate: { numerator: 'refund', denominator: 'gmv', scale: 100 },
  roi: { numerator: 'gmv', denominator: 'adSpend', scale: 1 },
  viewersPerHour: { numerator: 'viewers', denominator: 'durationSeconds', scale: HOUR },
  gmvPerHour: { numerator: 'gmv', denominator: 'durationSeconds', scale: HOUR },
  // Watch time per viewer: total watch time ÷ viewers, where total = avg × viewers. Per session this is
  // the stored average; over sessions it weights each average by its viewers (see aggregate.ts).
  avgWatchSeconds: { numerator: 'avgWatchSeconds', denominator: 'viewers', scale: 1 },
};

/** Metrics where less is better: a band above the median is bad news. */
export const lowerIsBetter: ReadonlySet<SessionMetric> = new Set<SessionMetric>(['refundRate']);

/** null when either side is missing or the denominator is zero: "not available". */
export function ratio(numerator: number | null, denominator: number | null, scale = 1): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return (numerator / denominator) * scale;
}

export function computeMetric(input: FunnelInput, metric: SessionMetric): number | null {
  if (metric === 'avgWatchSeconds') return input.avgWatchSeconds;
  const f = metricFormulas[metric];
  return ratio(input[f.numerator], input[f.denominator], f.scale);
}

export function computeMetrics(input: FunnelInput): SessionMetricValues {
  return Object.fromEntries(sessionMetrics.map((m) => [m, computeMetric(input, m)])) as SessionMetricValues;
}
