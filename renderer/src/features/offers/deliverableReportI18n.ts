/** What a creator's deliverable statuses did to the brand's tracker on import (offer file format 2). */
export const deliverableReport = {
  'zh-CN': {
    title: '交付状态已同步',
    summary: '达人的文件带来了 {{count}} 项交付状态：',
    line: '第 {{position}} 项（{{label}}）',
    outcomes: {
      applied: '已更新：{{from}} → {{to}}',
      unchanged: '双方一致：{{to}}',
      kept: '保留本机的「{{from}}」（达人那边是「{{to}}」）',
      refused: '未采用：{{from}} → {{to}}',
    },
    refusedTitle: '以下交付状态未被采用：',
  },
  en: {
    title: 'Deliverable statuses synced',
    summary: "The creator's file brought {{count}} deliverable status(es):",
    line: 'Deliverable {{position}} ({{label}})',
    outcomes: {
      applied: 'Updated: {{from}} → {{to}}',
      unchanged: 'Both agree: {{to}}',
      kept: 'Kept “{{from}}” here (the creator has “{{to}}”)',
      refused: 'Not taken: {{from}} → {{to}}',
    },
    refusedTitle: 'These deliverable statuses were not taken:',
  },
} as const;
