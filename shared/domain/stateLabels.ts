/**
 * The words for an offer's state, a deliverable's status and an item's approval, in both UI languages: one
 * table for the app's pages (offers, approvals) and the client report (page and CSV), so a client reads the
 * same word for a state as the agency that sent the report.
 */
export const stateLabels = {
  'zh-CN': {
    offer: {
      draft: '草稿',
      sent: '已发送',
      countered: '达人还价',
      revised: '品牌改价',
      accepted: '已接受',
      declined: '已拒绝',
      withdrawn: '已撤回',
      expired: '已过期',
      completed: '已完成',
    },
    deliverable: { due: '待交付', submitted: '已提交', approved: '已审核', published: '已发布' },
    approval: { pending: '待审核', approved: '已通过', changes_requested: '需修改', stale: '审核后已改动' },
  },
  en: {
    offer: {
      draft: 'Draft',
      sent: 'Sent',
      countered: 'Countered',
      revised: 'Revised',
      accepted: 'Accepted',
      declined: 'Declined',
      withdrawn: 'Withdrawn',
      expired: 'Expired',
      completed: 'Completed',
    },
    deliverable: { due: 'Due', submitted: 'Submitted', approved: 'Approved', published: 'Published' },
    approval: {
      pending: 'Awaiting review',
      approved: 'Approved',
      changes_requested: 'Changes requested',
      stale: 'Changed since review',
    },
  },
} as const;
