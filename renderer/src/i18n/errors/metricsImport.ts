/** Error reasons of the performance import and its job (keys under `metricsImport.`). */
export const metricsImportErrors = {
  'zh-CN': {
    metricsImport: {
      fileTooLarge: '文件超过 {{megabytes}} MB，请拆分成几个较小的文件',
      rowsHaveErrors: '有 {{count}} 行存在错误：请修正文件，或勾选“跳过错误行”后再导入',
      noValidRows: '没有可导入的有效行',
      previewFirst: '请先预览再导入',
    },
  },
  en: {
    metricsImport: {
      fileTooLarge: 'The file is larger than {{megabytes}} MB; split it into smaller files',
      rowsHaveErrors: '{{count}} rows have errors: fix the file, or choose to skip invalid rows',
      noValidRows: 'There are no valid rows to import',
      previewFirst: 'Preview the import before committing it',
    },
  },
} as const;
