/** Reasons of repeating content items (issue 11 §5) and of their rules (shared/content/recurrence.ts). */
export const contentSeriesErrors = {
  'zh-CN': {
    contentSeries: {
      liveOverlap:
        '{{date}} 这一场与同账号的直播「{{title}}」（{{from}}–{{to}}）时间重叠，一个直播间同一时间只能开一场；请换时间或修改那场直播',
      endRequired: '请选择重复的结束方式：截止日期或重复次数',
      byDayDaily: '只有“每周”重复可以选择星期',
      untilBeforeStart: '截止日期早于第一次的日期',
      tooMany: '一个重复最多 {{max}} 次，请提前结束',
      tooLong: '一个重复最长跨 {{maxDays}} 天，请提前结束',
      published: '重复是提前排的计划，不能以“已发布”状态创建',
      ruleNeedsScope: '修改重复规则只能应用到“此项及以后”或“全部”',
      notOccurrence: '这条内容不属于任何重复',
    },
    recurrence: {
      interval: '间隔须为 1 到 {{max}}',
      count: '次数须为 1 到 {{max}}',
      endBoth: '结束方式只能选一种：截止日期或次数',
      byDayDaily: '只有“每周”重复可以选择星期',
      freq: '只支持按天或按周重复',
      unsupported: '不支持的重复规则：{{part}}',
      byDay: '不支持的星期值：{{day}}',
      malformed: '重复规则格式有误：{{part}}',
    },
  },
  en: {
    contentSeries: {
      liveOverlap:
        'The occurrence on {{date}} overlaps the live session “{{title}}” ({{from}}–{{to}}) on the same account; a live room runs one session at a time',
      endRequired: 'End the repeat on a date or after a number of times',
      byDayDaily: 'Weekdays apply to weekly repeats only',
      untilBeforeStart: 'The end date is before the first occurrence',
      tooMany: 'A repeat has at most {{max}} occurrences; end it earlier',
      tooLong: 'A repeat spans at most {{maxDays}} days; end it earlier',
      published: 'A repeat is planned ahead; it cannot start as published',
      ruleNeedsScope: 'A new repeat rule applies to “this and following” or “all” occurrences',
      notOccurrence: 'This item is not part of a repeat',
    },
    recurrence: {
      interval: 'The interval must be 1 to {{max}}',
      count: 'The number of times must be 1 to {{max}}',
      endBoth: 'End on a date or after a number of times, not both',
      byDayDaily: 'Weekdays apply to weekly repeats only',
      freq: 'Only daily and weekly repeats are supported',
      unsupported: 'Unsupported repeat rule part: {{part}}',
      byDay: 'Unsupported weekday: {{day}}',
      malformed: 'Malformed repeat rule: {{part}}',
    },
  },
};
