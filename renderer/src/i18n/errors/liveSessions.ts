/** Error reasons of live-session diagnosis (keys under `liveSessions.`). */
export const liveSessionsErrors = {
  'zh-CN': {
    liveSessions: {
      noStartColumn: '没有列对应直播开始时间，请在映射中选择',
      noRoom: '文件没有账号/直播间列：请映射一列，或选择整份文件所属的销售号或达人',
      unknownRoom: '所选直播间不在本工作区',
      brandAccount: '“{{name}}”是品牌号；直播场次只能归到销售号（自播）或达人（达播）',
      rowsHaveErrors: '有 {{count}} 行存在错误：请修正文件，或选择跳过这些行后再导入',
      noValidRows: '没有可导入的有效行',
      otherWorkspace: '两场直播不属于同一个工作区',
      duplicateMetric: '指标 {{metric}} 填了两次',
      peerOrder: '优秀值 {{p75}} 应优于中位值 {{p50}}',
    },
  },
  en: {
    liveSessions: {
      noStartColumn: 'No column is mapped to the start time; choose one in the mapping',
      noRoom:
        'The file has no account/room column: map one, or choose the sales account or creator it belongs to',
      unknownRoom: 'The chosen live room is not in this workspace',
      brandAccount:
        '"{{name}}" is a brand-building account; live sessions belong to a sales account or a creator',
      rowsHaveErrors: '{{count}} rows have errors: fix the file, or skip them and import again',
      noValidRows: 'There are no valid rows to import',
      otherWorkspace: 'The two sessions belong to different workspaces',
      duplicateMetric: 'The metric {{metric}} is given twice',
      peerOrder: 'The excellent value {{p75}} must be better than the median {{p50}}',
    },
  },
} as const;
