/** Error reasons of backups and recovery (keys under `backups.` and `recovery.`). */
export const backupsErrors = {
  'zh-CN': {
    backups: {
      unusable: '备份 {{id}} 无法恢复（{{detail}}），当前数据未改动',
      desktopOnly: '只有桌面应用可以打开数据文件夹',
      unavailable: '当前环境不支持备份',
    },
    recovery: {
      required: '数据库无法打开，请在恢复页面处理',
      readOnly: '数据文件或文件夹是只读的（{{path}}）：请先开放写入权限再重试',
      notNeeded: '数据库正常，无需恢复',
    },
  },
  en: {
    backups: {
      unusable: 'Backup {{id}} cannot be restored ({{detail}}); nothing was changed',
      desktopOnly: 'Only the desktop app can open the data folder',
      unavailable: 'Backups are not available here',
    },
    recovery: {
      required: 'The database cannot be opened; use the recovery screen',
      readOnly: 'The data file or folder is read-only ({{path}}): give write access, then try again',
      notNeeded: 'The database is fine; there is nothing to recover',
    },
  },
} as const;
