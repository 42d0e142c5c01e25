/** The `reminders` namespace: the bell in the sidebar and its desktop notifications. */
export const reminders = {
  'zh-CN': {
    bell: '提醒',
    empty: '暂无需要处理的提醒',
    more: '显示更多（还有 {{count}} 条）',
    kind: {
      deliverable_overdue: '达人交付已逾期',
      deliverable_due: '达人交付 24 小时内到期',
      offer_expiring: '合作邀约 48 小时内过期',
      approval_pending: '等待客户审核',
    },
    due: '截止 {{when}}',
    planned: '计划 {{when}}',
    creator: '达人：{{name}}',
    dismiss: '不再提醒',
    snooze: '1 小时后提醒',
    enableNotifications: '开启桌面通知',
    notificationTitle: 'MatrixDesk 提醒',
  },
  en: {
    bell: 'Reminders',
    empty: 'Nothing needs your attention',
    more: 'Show more ({{count}} not shown)',
    kind: {
      deliverable_overdue: 'Creator deliverable overdue',
      deliverable_due: 'Creator deliverable due within 24 h',
      offer_expiring: 'Offer expires within 48 h',
      approval_pending: 'Awaiting client approval',
    },
    due: 'Due {{when}}',
    planned: 'Planned {{when}}',
    creator: 'Creator: {{name}}',
    dismiss: 'Dismiss',
    snooze: 'Remind me in 1 hour',
    enableNotifications: 'Turn on desktop notifications',
    notificationTitle: 'MatrixDesk reminder',
  },
} as const;
