/** Refusals every importer shares (the upload itself, and the commit gate of table imports). */
export const importFileErrors = {
  'zh-CN': {
    importFile: {
      notBase64: '上传的内容不是文件（不是 base64 编码）',
      missingColumns: '文件缺少必填列：{{fields}}，未导入任何内容',
      rowsHaveErrors: '{{total}} 行中有 {{count}} 行存在错误（第一处在第 {{row}} 行），未导入任何内容',
      noValidRows: '每一行都有错误，没有可导入的行',
      tooLarge: '文件为 {{megabytes}} MB，超过 {{limitMb}} MB 的上限；请拆分成几个较小的文件',
      xlsxTooLarge:
        'Excel 文件为 {{megabytes}} MB，超过 Excel 文件 {{limitMb}} MB 的上限（读取工作簿时其全部行和文字都在内存中）；请另存为 CSV（上限 {{csvLimitMb}} MB）或拆分成几个较小的文件',
    },
  },
  en: {
    importFile: {
      notBase64: 'The upload is not a file (not base64)',
      missingColumns: 'The file has no column for {{fields}}; nothing was imported',
      rowsHaveErrors:
        '{{count}} of {{total}} rows have errors (the first in row {{row}}); nothing was imported',
      noValidRows: 'Every row has errors: there is nothing to import',
      tooLarge: 'The file is {{megabytes}} MB, over the {{limitMb}} MB limit; split it into smaller files',
      xlsxTooLarge:
        'The Excel file is {{megabytes}} MB, over the {{limitMb}} MB limit for workbooks (a workbook’s rows and text are held in memory while it is read); save it as CSV (limit {{csvLimitMb}} MB) or split it into smaller files',
    },
  },
} as const;
