export const charts = {
  'zh-CN': {
    chart: '图表',
    table: '表格',
    viewToggle: '图表 / 表格视图',
    savePng: '保存为 PNG',
    today: '今天',
  },
  en: {
    chart: 'Chart',
    table: 'Table',
    viewToggle: 'Chart or table view',
    savePng: 'Save as PNG',
    today: 'Today',
  },
} as const;
