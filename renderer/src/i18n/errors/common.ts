/** Error reasons shared by every domain (keys under `common.`). */
export const commonErrors = {
  'zh-CN': {
    common: {
      notFound: '找不到该记录，可能已被删除',
      busy: '数据库正忙（另一项长任务正在写入），请稍后重试',
      // When a failure has no specific reason yet: the kind of failure, never the English detail.
      invalid_input: '输入有误，请检查后重试',
      conflict: '与已有记录冲突',
      invalid_state: '当前状态下不能这样操作',
      unknown_method: '此版本不支持该操作',
      internal: '出错了，请重试；如果一直出错，请备份数据后重启应用',
    },
  },
  en: {
    common: {
      notFound: 'That record was not found; it may have been deleted',
      busy: 'The database is busy with another long write; try again in a moment',
      invalid_input: 'Some input is not valid; check it and try again',
      conflict: 'This clashes with an existing record',
      invalid_state: 'That is not possible in the current state',
      unknown_method: 'This version does not support that action',
      internal: 'Something went wrong; try again, and if it keeps failing back up and restart the app',
    },
  },
} as const;
