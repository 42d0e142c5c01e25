/** A content plan's headers as a marketer writes them by hand: natural names, the time in its own column. */
export const naturalPlanHeaders = [
  '日期',
  '时间',
  '发布账号',
  '内容标题',
  '类型',
  '目的',
  '直播时长',
  '挂车商品',
  '负责人',
  '备注',
];
