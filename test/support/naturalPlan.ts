/**
 * A content plan as a marketer writes it by hand: natural column names (the time in its own column), each
 * with the field the import must map it to. The headers are the mapping's values, in file order.
 */
export const naturalPlanMapping = {
  plannedAt: '日期',
  plannedTime: '时间',
  account: '发布账号',
  title: '内容标题',
  format: '类型',
  objective: '目的',
  durationMinutes: '直播时长',
  products: '挂车商品',
  owner: '负责人',
  brief: '备注',
} as const;

export const naturalPlanHeaders: string[] = Object.values(naturalPlanMapping);
