/** Texts of the list pager shared by every paged list (keyset pages: previous / next, never "page 37"). */
export const paging = {
  'zh-CN': {
    previous: '上一页',
    next: '下一页',
    showing: '显示 {{from}}–{{to}} 条，共 {{total}} 条',
  },
  en: {
    previous: 'Previous',
    next: 'Next',
    showing: 'Showing {{from}}–{{to}} of {{total}}',
  },
} as const;
