/** Error reasons of the portfolio and the client report (keys under `portfolio.` and `reports.`). */
export const reportsErrors = {
  'zh-CN': {
    portfolio: {
      badCursor: '分页参数无效，请刷新总览',
    },
    reports: {
      rangeReversed: '开始日期（{{from}}）晚于结束日期（{{to}}）',
      rangeTooLong: '报告时间范围最多 {{max}} 天',
    },
  },
  en: {
    portfolio: {
      badCursor: 'That page marker is not valid; reload the portfolio',
    },
    reports: {
      rangeReversed: 'The start date ({{from}}) is after the end date ({{to}})',
      rangeTooLong: 'A report may cover at most {{max}} days',
    },
  },
} as const;
