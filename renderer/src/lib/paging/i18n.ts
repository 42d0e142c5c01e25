/**
 * Texts of the list pager shared by every paged list (keyset pages: previous / next, never "page 37"), and
 * of the footer of a list that grows page by page (load more).
 */
export const paging = {
  'zh-CN': {
    previous: '上一页',
    next: '下一页',
    showing: '显示 {{from}}–{{to}} 条，共 {{total}} 条',
    loaded: '已加载 {{loaded}} 条，共 {{total}} 条',
    loadMore: '加载更多',
  },
  en: {
    previous: 'Previous',
    next: 'Next',
    showing: 'Showing {{from}}–{{to}} of {{total}}',
    loaded: '{{loaded}} of {{total}} loaded',
    loadMore: 'Load more',
  },
} as const;
