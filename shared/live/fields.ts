/**
 * What one live session export row carries (电商罗盘 场次数据, 蝉妈妈/飞瓜 per-session exports).
 * Counts are whole numbers; money is yuan at the API (integer fen in the database); durations are seconds.
 * null always means "the export had no such column (or the cell was empty)", never zero.
 */
export const sessionCountFields = [
  'exposureUsers', // 直播间曝光人数
  'exposureCount', // 直播间曝光次数
  'viewers', // 直播间观看人数 (some exports: 进入人数)
  'views', // 直播间观看次数 (进入次数)
  'peakOnline', // 最高在线人数
  'avgOnline', // 平均在线人数
  'comments', // 评论次数
  'newFollowers', // 新增粉丝数
  'newFanClub', // 新加直播团人数
  'productsListed', // 带货商品数
  'productExposureUsers', // 商品曝光人数
  'productExposureCount', // 商品曝光次数
  'productClickUsers', // 商品点击人数
  'productClickCount', // 商品点击次数
  'orders', // 成交订单数
  'buyers', // 成交人数
] as const;

export const sessionMoneyFields = ['gmv', 'refund', 'adSpend'] as const; // 成交金额, 退款金额, 投放消耗

export const sessionDurationFields = ['avgWatchSeconds'] as const; // 人均观看时长

export const sessionValueFields = [
  ...sessionCountFields,
  ...sessionMoneyFields,
  ...sessionDurationFields,
] as const;
export type SessionValueField = (typeof sessionValueFields)[number];

export type SessionValues = Record<SessionValueField, number | null>;

/** Traffic sources as 罗盘 splits them: natural first, then paid. Stored as percent shares (0–100). */
export const trafficSources = [
  'recommendFeed', // 推荐feed
  'liveSquare', // 直播广场
  'nearby', // 同城
  'shortVideo', // 短视频引流
  'following', // 关注
  'search', // 搜索
  'profileShop', // 个人主页/店铺/橱窗
  'mall', // 商城
  'otherNatural', // 其他
  'qianchuan', // 千川
  'suixintui', // 随心推
  'brandAd', // 品牌广告
  'otherPaid', // 其他广告
] as const;
export type TrafficSource = (typeof trafficSources)[number];
export type TrafficMix = Partial<Record<TrafficSource, number>>;

export function emptySessionValues(): SessionValues {
  return Object.fromEntries(sessionValueFields.map((f) => [f, null])) as SessionValues;
}
