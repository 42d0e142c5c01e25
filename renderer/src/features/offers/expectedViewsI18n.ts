/** How an offer's expected views were reached, video and live apart (issue 11 §6). */
export const expectedViews = {
  'zh-CN': {
    video: '视频 {{count}} 条 × 播放中位数 {{perPiece}} = {{total}}',
    liveHistory: '直播 {{count}} 场 × 近 {{sessions}} 场观看人数中位数 {{perSession}} = {{total}}',
    liveEstimated: '（其中 {{estimated}} 场按平均在线 × 时长 ÷ 人均观看时长估算）',
    liveFallback:
      '直播 {{count}} 场：暂无该达人的直播记录，暂按视频播放中位数估算 = {{total}}（导入达人的直播场次数据后按观看人数计算）',
    liveUnknown: '直播 {{count}} 场：暂无直播记录，也没有播放中位数，无法估算',
  },
  en: {
    video: 'Video: {{count}} × median views {{perPiece}} = {{total}}',
    liveHistory:
      'Live: {{count}} × median viewers of the latest {{sessions}} session(s) {{perSession}} = {{total}}',
    liveEstimated: ' ({{estimated}} estimated from average online × length ÷ average watch time)',
    liveFallback:
      "Live: {{count}} — no live sessions on record for this creator, so the median video views stand in = {{total}} (import the creator's live sessions to use viewers)",
    liveUnknown: 'Live: {{count}} — no live sessions and no median views: not estimated',
  },
} as const;
