import type { PackLanguage } from '../../../shared/approvals/model';
import type { ApprovalState } from '../../../shared/approvals/stateMachine';

/** The pack's own words: it is read by the client, outside the app, so it carries its texts with it. */
export interface PackText {
  title: string;
  intro: string;
  range: string;
  packId: string;
  created: string;
  weekList: string;
  monthGrid: string;
  week: string;
  account: string;
  time: string;
  format: string;
  objective: string;
  brief: string;
  products: string;
  tags: string;
  creator: string;
  approve: string;
  requestChanges: string;
  comment: string;
  thread: string;
  us: string;
  reviewer: string;
  download: string;
  roles: Record<'brand' | 'sales', string>;
  states: Record<ApprovalState, string>;
  weekdays: string[];
  /** Messages the page script shows. */
  script: {
    needName: string;
    needDecision: string;
    needComment: string;
    saved: string;
    failed: string;
  };
}

export const packTexts: Record<PackLanguage, PackText> = {
  'zh-CN': {
    title: '内容审核包',
    intro:
      '请逐条选择「通过」或「需要修改」，需要修改时请写明意见；填写您的姓名后点击「下载我的答复」，把下载的 .mdreview 文件发回给我们。本文件不联网，您的答复只保存在下载的文件里。',
    range: '日期范围',
    packId: '审核包编号',
    created: '生成时间',
    weekList: '按周列表',
    monthGrid: '月历',
    week: '周',
    account: '账号',
    time: '时间',
    format: '形式',
    objective: '目标',
    brief: '脚本/简介',
    products: '商品',
    tags: '标签',
    creator: '达人',
    approve: '通过',
    requestChanges: '需要修改',
    comment: '意见',
    thread: '往来意见',
    us: '我方',
    reviewer: '审核人姓名',
    download: '下载我的答复',
    roles: { brand: '品牌号', sales: '销售号' },
    states: { pending: '待审核', approved: '已通过', changes_requested: '需修改', stale: '审核后已改动' },
    weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
    script: {
      needName: '请填写审核人姓名。',
      needDecision: '请至少对一条内容选择「通过」或「需要修改」。',
      needComment: '选择「需要修改」的内容请写明意见：',
      saved: '已生成答复文件，请把它发回给我们。',
      failed: '无法生成答复文件：',
    },
  },
  en: {
    title: 'Content review pack',
    intro:
      'For each item choose "Approve" or "Request changes" (with a comment saying what to change), type your name and click "Download my answers", then send us the downloaded .mdreview file. This file works offline; your answers are only saved in the file you download.',
    range: 'Dates',
    packId: 'Pack',
    created: 'Created',
    weekList: 'Week by week',
    monthGrid: 'Month view',
    week: 'Week of',
    account: 'Account',
    time: 'Time',
    format: 'Format',
    objective: 'Objective',
    brief: 'Brief',
    products: 'Products',
    tags: 'Tags',
    creator: 'Creator',
    approve: 'Approve',
    requestChanges: 'Request changes',
    comment: 'Comment',
    thread: 'Comments so far',
    us: 'Agency',
    reviewer: 'Your name',
    download: 'Download my answers',
    roles: { brand: 'Brand', sales: 'Sales' },
    states: {
      pending: 'Awaiting review',
      approved: 'Approved',
      changes_requested: 'Changes requested',
      stale: 'Changed since review',
    },
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    script: {
      needName: 'Please type your name.',
      needDecision: 'Please approve or request changes for at least one item.',
      needComment: 'Please say what to change for:',
      saved: 'Your answers file is ready; please send it back to us.',
      failed: 'Could not create the answers file: ',
    },
  },
};
