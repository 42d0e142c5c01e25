/** What a forecast run says about itself (`forecasts.`) and audience-file reasons (`audienceImport.`). */
export const forecastsErrors = {
  'zh-CN': {
    forecasts: {
      clampedNegatives: '有 {{count}} 个周期粉丝净减少，按涨粉 0 计算',
      shortHistoryDays: '只有 {{history}} 天的历史数据，至少需要 {{needed}} 天才能预测',
      shortHistoryWeeks: '只有 {{history}} 周的历史数据，至少需要 {{needed}} 周才能预测',
      gmvFromOwnHistory: '同时有播放量和成交金额的周期少于 {{needed}} 个：成交金额按自身历史预测',
      plannedNotAdded:
        '{{count}} 条计划内容未计入：只有 {{posts}} 条内容有单条数据，至少需要 {{needed}} 条（请导入单条内容数据）',
    },
    audienceImport: {
      missing: {
        dimension: '找不到“维度”列（表头如 维度 / 类别）；文件中的列：{{columns}}',
        name: '找不到“名称”列（表头如 名称 / 标签）；文件中的列：{{columns}}',
        share: '找不到“占比”列（表头如 占比 / 比例）；文件中的列：{{columns}}',
      },
    },
  },
  en: {
    forecasts: {
      clampedNegatives: '{{count}} net follower losses were counted as 0 gained',
      shortHistoryDays: 'Only {{history}} days of history; at least {{needed}} are needed for a forecast',
      shortHistoryWeeks: 'Only {{history}} weeks of history; at least {{needed}} are needed for a forecast',
      gmvFromOwnHistory:
        'Fewer than {{needed}} periods with both views and GMV: GMV forecast from its own history',
      plannedNotAdded:
        '{{count}} planned items not added: per-post results are known for {{posts}} posts, at least {{needed}} are needed (import per-content metrics)',
    },
    audienceImport: {
      missing: {
        dimension: 'No dimension column found (headers like 维度 / dimension); the file has: {{columns}}',
        name: 'No name column found (headers like 名称 / name); the file has: {{columns}}',
        share: 'No share column found (headers like 占比 / share); the file has: {{columns}}',
      },
    },
  },
} as const;
