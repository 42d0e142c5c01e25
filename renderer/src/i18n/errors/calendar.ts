/** Undo (撤销) and reminder errors of the calendar work (issue 11 §3, §4). */
export const calendarErrors = {
  'zh-CN': {
    contentUndo: {
      unavailable: '这一步已无法撤销（操作后一小时内可撤销）',
      changed: '「{{title}}」在此之后又被修改过，撤销会覆盖那次修改，所以没有撤销',
      productGone: '「{{title}}」关联的 {{count}} 个商品已被删除，无法按原样恢复',
      gone: '该内容已被删除，无法撤销',
    },
    reminders: {
      unknownKey: '不是有效的提醒',
      snoozeInPast: '稍后提醒的时间必须在将来',
    },
  },
  en: {
    contentUndo: {
      unavailable: 'This can no longer be undone (undo is kept for an hour)',
      changed:
        '“{{title}}” changed after this action; undoing would overwrite that change, so nothing was undone',
      productGone: '“{{title}}” linked {{count}} product(s) deleted since; it cannot come back as it was',
      gone: 'The item was deleted since; there is nothing to undo',
    },
    reminders: {
      unknownKey: 'Not a reminder',
      snoozeInPast: 'The snooze must end in the future',
    },
  },
} as const;
