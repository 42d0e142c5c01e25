/** The context menu of a calendar event or board card (right-click, Shift+F10, the menu key). */
export const contentMenu = {
  'zh-CN': {
    label: '「{{title}}」的操作',
    open: '打开',
    duplicate: '复制到…',
    delete: '删除',
    archive: '归档',
    restore: '恢复',
  },
  en: {
    label: 'Actions for “{{title}}”',
    open: 'Open',
    duplicate: 'Duplicate to…',
    delete: 'Delete',
    archive: 'Archive',
    restore: 'Restore',
  },
} as const;
