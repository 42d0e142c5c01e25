/** Progress of long work (imports, forecast all) that runs as a background job. */
export const jobs = {
  'zh-CN': {
    progress: '已完成 {{done}} / {{total}}',
    progressUnknown: '已完成 {{done}}',
    progressCounting: '正在读取文件并统计行数：{{percent}}%',
    queued: '排队中，等待前一项任务完成…',
    cancel: '取消',
    cancelling: '正在取消并回滚…',
    cancelled: '已取消，未写入任何数据',
    failed: '任务失败：{{reason}}',
    previewing: '正在读取文件并生成预览（大文件在后台处理，可随时取消）',
    previewCancelled: '已取消预览，未导入任何数据',
  },
  en: {
    progress: '{{done}} of {{total}} done',
    progressUnknown: '{{done}} done',
    progressCounting: 'Reading the file and counting its rows: {{percent}}%',
    queued: 'Queued: waiting for the previous job to finish…',
    cancel: 'Cancel',
    cancelling: 'Cancelling and rolling back…',
    cancelled: 'Cancelled; nothing was stored',
    failed: 'The job failed: {{reason}}',
    previewing:
      'Reading the file and building the preview (a big file is read in the background; you can cancel)',
    previewCancelled: 'Preview cancelled; nothing was imported',
  },
} as const;
