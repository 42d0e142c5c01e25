/** What the other side's deliverable statuses did to this tracker on import (offer file formats 2–3), and published links. */
export const deliverableReport = {
  'zh-CN': {
    title: '交付状态已同步',
    summary: '对方的文件带来了 {{count}} 项交付状态：',
    line: '第 {{position}} 项（{{label}}）',
    outcomes: {
      applied: '已更新：{{from}} → {{to}}',
      unchanged: '双方一致：{{to}}',
      kept: '保留本机的「{{from}}」（对方那边是「{{to}}」）',
      refused: '未采用：{{from}} → {{to}}',
    },
    refusedTitle: '以下交付状态未被采用：',
    newLink: '新的发布链接：{{url}}',
    link: {
      column: '发布链接',
      none: '暂无链接',
      open: '打开发布链接（系统浏览器）',
      edit: '填写发布链接',
      title: '标记为「{{status}}」',
      label: '发布链接（可选）',
      hint: '以 http:// 或 https:// 开头，随回复文件发给品牌方',
      save: '保存',
    },
  },
  en: {
    title: 'Deliverable statuses synced',
    summary: "The other side's file brought {{count}} deliverable status(es):",
    line: 'Deliverable {{position}} ({{label}})',
    outcomes: {
      applied: 'Updated: {{from}} → {{to}}',
      unchanged: 'Both agree: {{to}}',
      kept: 'Kept “{{from}}” here (the other side has “{{to}}”)',
      refused: 'Not taken: {{from}} → {{to}}',
    },
    refusedTitle: 'These deliverable statuses were not taken:',
    newLink: 'New published link: {{url}}',
    link: {
      column: 'Published link',
      none: 'No link yet',
      open: 'Open the published link (system browser)',
      edit: 'Enter the published link',
      title: 'Mark as {{status}}',
      label: 'Published link (optional)',
      hint: 'Starts with http:// or https://; sent to the brand with your answer file',
      save: 'Save',
    },
  },
} as const;
