import type { SessionValueField, TrafficSource } from './fields';

/**
 * Columns of a session export that are not values: who, when, how long. `startDate` is a date column
 * (直播日期) for sheets that write the start's time of day in a column of its own.
 */
export const sessionKeyFields = ['room', 'startDate', 'startedAt', 'endedAt', 'duration'] as const;
export type SessionKeyField = (typeof sessionKeyFields)[number];

export type TrafficField = `traffic.${TrafficSource}`;
export type SessionImportField = SessionKeyField | SessionValueField | TrafficField;

/**
 * Header aliases as 电商罗盘, 蝉妈妈 and 飞瓜 write them. Matching (shared/parsing/headers) ignores case,
 * width, spaces, punctuation and bracketed notes, so 观看人数（人数） and 观看人数(人数) both match
 * 观看人数; 进入 and 观看 are listed both ways because tools disagree.
 */
export const sessionImportAliases: Readonly<Record<SessionImportField, readonly string[]>> = {
  room: [
    '账号',
    '直播间',
    '抖音号',
    '主播',
    '达人',
    '账号昵称',
    '直播间名称',
    'account',
    'room',
    'handle',
    'creator',
  ],
  startDate: ['直播日期', '开播日期', '日期', '场次日期', 'date', 'live date'],
  startedAt: [
    '直播开始时间',
    '开播时间',
    '直播时间',
    '开始时间',
    '直播开始',
    '开播',
    'start time',
    'started at',
    'live start',
  ],
  endedAt: ['直播结束时间', '下播时间', '结束时间', '直播结束', '下播', 'end time', 'ended at', 'live end'],
  duration: ['直播时长', '开播时长', '时长', 'duration', 'live duration'],
  exposureUsers: ['直播间曝光人数', '曝光人数', 'room exposure users', 'exposure users', 'impression users'],
  exposureCount: [
    '直播间曝光次数',
    '曝光次数',
    '直播间曝光人次',
    '曝光人次',
    'room exposures',
    'exposure count',
    'impressions',
  ],
  viewers: [
    '直播间观看人数',
    '直播间进入人数',
    '观看人数',
    '进入人数',
    '进入直播间人数',
    '累计观看人数',
    '场观',
    'viewers',
    'room viewers',
    'unique viewers',
    'entries users',
  ],
  views: [
    '直播间观看次数',
    '直播间进入次数',
    '观看次数',
    '进入次数',
    '直播间观看人次',
    '观看人次',
    '进入人次',
    'views',
    'room views',
    'view count',
  ],
  peakOnline: ['最高在线人数', '在线人数峰值', '最高在线', 'peak online', 'peak viewers', 'pcu'],
  avgOnline: ['平均在线人数', '平均在线', 'average online', 'avg online', 'acu'],
  avgWatchSeconds: [
    '人均观看时长',
    '平均观看时长',
    'average watch time',
    'avg watch time',
    'watch time per viewer',
  ],
  comments: ['评论次数', '评论数', '评论人数', 'comments', 'comment count'],
  newFollowers: ['新增粉丝数', '新增粉丝', '涨粉', '涨粉数', 'new followers', 'followers gained'],
  newFanClub: [
    '新加直播团人数',
    '新加团人数',
    '新增粉丝团人数',
    '加团人数',
    'new fan club members',
    'fan club joins',
  ],
  productsListed: ['带货商品数', '商品数', '上架商品数', 'products listed', 'products'],
  productExposureUsers: ['商品曝光人数', 'product exposure users', 'product impression users'],
  productExposureCount: ['商品曝光次数', '商品曝光人次', 'product exposures', 'product impressions'],
  productClickUsers: ['商品点击人数', 'product click users', 'product clickers'],
  productClickCount: ['商品点击次数', '商品点击人次', 'product clicks'],
  gmv: ['成交金额', '用户支付金额', '直播间成交金额', '直播成交金额', '销售额', 'GMV', 'gmv yuan', 'sales'],
  orders: ['成交订单数', '成交单数', '订单数', '成交订单量', 'orders', 'paid orders'],
  buyers: ['成交人数', '下单人数', '支付人数', '成交用户数', 'buyers', 'paying users'],
  refund: ['退款金额', '退款', 'refunds', 'refund amount'],
  adSpend: ['投放消耗', '千川消耗', '广告消耗', '投放金额', 'ad spend', 'spend'],
  'traffic.recommendFeed': ['推荐feed', '推荐feed占比', '推荐', 'recommend feed', 'feed'],
  'traffic.liveSquare': ['直播广场', '直播广场占比', 'live square'],
  'traffic.nearby': ['同城', '同城占比', 'nearby'],
  'traffic.shortVideo': ['短视频引流', '短视频引流占比', '短视频', 'short video'],
  'traffic.following': ['关注', '关注占比', 'following'],
  'traffic.search': ['搜索', '搜索占比', 'search'],
  'traffic.profileShop': [
    '个人主页/店铺/橱窗',
    '个人主页店铺橱窗',
    '个人主页',
    '个人主页占比',
    'profile shop',
    'profile/shop/showcase',
  ],
  'traffic.mall': ['商城', '商城推荐', '商城占比', 'mall'],
  'traffic.otherNatural': ['其他', '其他占比', '其他自然流量', 'other', 'other natural'],
  'traffic.qianchuan': ['千川', '千川占比', '巨量千川', 'qianchuan'],
  'traffic.suixintui': ['随心推', '小店随心推', '随心推占比', 'suixintui', 'dou+'],
  'traffic.brandAd': ['品牌广告', '品牌广告占比', 'brand ads', 'brand ad'],
  'traffic.otherPaid': ['其他广告', '其他付费', 'other ads', 'other paid'],
};

export const sessionImportFields = Object.keys(sessionImportAliases) as SessionImportField[];
