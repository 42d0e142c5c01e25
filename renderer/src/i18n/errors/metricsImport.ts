/** Error reasons of the performance import and its job (keys under `metricsImport.`). */
export const metricsImportErrors = {
  'zh-CN': {
    metricsImport: {
      fileTooLarge: '文件超过 {{megabytes}} MB，请拆分成几个较小的文件',
      rowsHaveErrors: '有 {{count}} 行存在错误：请修正文件，或勾选“跳过错误行”后再导入',
      noValidRows: '没有可导入的有效行',
      previewFirst: '请先预览再导入',
      fileChanged: '文件在预览之后有变化，请重新预览后再导入',
      noDateColumn: '没有列对应到日期；文件中的列：{{columns}}',
      noAccountColumn: '没有列对应到账号：请选择账号列，或指定整个文件所属的账号',
      noMetricColumn:
        '没有列对应到任何指标（播放量、点赞、评论、分享、收藏、涨粉、观看人数、订单数、成交金额、观看时长）；文件中的列：{{columns}}，请手动对应',
      uploadComplete: '这次上传已完成，请重新开始导入',
      chunkOutOfOrder: '上传的数据块顺序不对（应从第 {{expected}} 字节开始），请重新导入',
      notBase64: '上传的内容不是文件',
      otherWorkspace: '这次导入属于另一个工作台',
      unknownAccount: '该账号不在本工作台中',
      columnMappedTwice: '“{{column}}”列已对应到另一个字段',
    },
  },
  en: {
    metricsImport: {
      fileTooLarge: 'The file is larger than {{megabytes}} MB; split it into smaller files',
      rowsHaveErrors: '{{count}} rows have errors: fix the file, or choose to skip invalid rows',
      noValidRows: 'There are no valid rows to import',
      previewFirst: 'Preview the import before committing it',
      fileChanged: 'The file changed after its preview; preview it again before importing',
      noDateColumn: 'No column is mapped to the date; the file’s columns are {{columns}}',
      noAccountColumn:
        'No column is mapped to the account: map one or choose the account the whole file belongs to',
      noMetricColumn:
        'None of the columns {{columns}} matches a metric (views, likes, comments, shares, saves, new followers, viewers, orders, GMV, watch time); map them by hand',
      uploadComplete: 'This upload is complete; start a new import',
      chunkOutOfOrder:
        'A part of the file arrived out of order (expected byte {{expected}}); import it again',
      notBase64: 'This is not a file upload',
      otherWorkspace: 'This import belongs to another workspace',
      unknownAccount: 'That account is not in this workspace',
      columnMappedTwice: 'Column “{{column}}” is already mapped to another field',
    },
  },
} as const;
