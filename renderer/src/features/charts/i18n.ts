export const charts = {
  'zh-CN': {
    chart: '图表',
    table: '表格',
    viewToggle: '图表 / 表格视图',
    savePng: '保存为 PNG',
    today: '今天',
    // The canvas's text alternative: what the chart shows, and where its numbers are.
    summary: '{{title}}：图表，共 {{count}} 行数据。{{figures}}切换到“表格”可读到全部数值。',
  },
  en: {
    chart: 'Chart',
    table: 'Table',
    viewToggle: 'Chart or table view',
    savePng: 'Save as PNG',
    today: 'Today',
    summary: '{{title}}: chart of {{count}} rows. {{figures}}Switch to “Table” to read every number.',
  },
} as const;
