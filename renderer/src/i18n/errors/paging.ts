/** Error reasons of paged lists and capped reads (keys under `paging.`). */
export const pagingErrors = {
  'zh-CN': {
    paging: {
      badCursor: '列表位置已失效（可能换了排序），请从第一页重新开始',
      tooManyRows: '该时间范围内有 {{count}} 条内容，超过单次最多 {{max}} 条；请缩小时间范围',
    },
  },
  en: {
    paging: {
      badCursor:
        'This list position is no longer valid (the sort may have changed); start again from the first page',
      tooManyRows:
        'This range holds {{count}} items, more than the {{max}} one call returns; narrow the range',
    },
  },
} as const;
