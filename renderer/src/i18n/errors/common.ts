/** Error reasons shared by every domain (keys under `common.`). */
export const commonErrors = {
  'zh-CN': {
    common: {
      notFound: '找不到该记录，可能已被删除',
      busy: '数据库正忙（另一项长任务正在写入），请稍后重试',
    },
  },
  en: {
    common: {
      notFound: 'That record was not found; it may have been deleted',
      busy: 'The database is busy with another long write; try again in a moment',
    },
  },
} as const;
