/** Refusals of deliverable statuses in offer files (formats 2–4), of published links and send-back reasons (issue 11 §6). */
export const deliverableReportErrors = {
  'zh-CN': {
    deliverableReport: {
      refused: '{{count}} 项交付状态不能按达人的文件更新，整个文件未导入，没有任何改动',
      brandApproves:
        '第 {{position}} 项交付（{{label}}）：达人的文件不能把它从「$t(offers:deliverables.statuses.{{from}})」改为「$t(offers:deliverables.statuses.{{to}})」，审核通过只能由品牌方确认',
      unknownDeliverable: '文件中有 {{count}} 项交付在本机的邀约中不存在',
      notAccepted: '该邀约在本机已是「$t(offers:state.{{state}})」，交付状态不再变化',
      notThisRevision: '文件重述的第 {{revision}} 版与本机的不一致',
    },
    deliverableLink: {
      wrongStatus:
        '发布链接只能在「已提交」或「已发布」时填写（当前选择的是「$t(offers:deliverables.statuses.{{status}})」）',
    },
    deliverableSendBack: {
      notASendBack: '退回原因只能在品牌方退回修改（已提交→待交付，或已审核→已提交）时填写',
    },
  },
  en: {
    deliverableReport: {
      refused:
        "{{count}} deliverable status(es) cannot be taken from the creator's file; the file was not imported and nothing changed",
      brandApproves:
        "Deliverable {{position}} ({{label}}): the creator's file cannot move it from $t(offers:deliverables.statuses.{{from}}) to $t(offers:deliverables.statuses.{{to}}); only the brand approves a submission",
      unknownDeliverable: 'The file reports {{count}} deliverable(s) this offer does not have',
      notAccepted: 'This offer is already $t(offers:state.{{state}}) here; its deliverables no longer change',
      notThisRevision: 'The file restates revision {{revision}}, but it differs from the one held here',
    },
    deliverableLink: {
      wrongStatus:
        'A published link goes with Submitted or Published only (the chosen status is $t(offers:deliverables.statuses.{{status}}))',
    },
    deliverableSendBack: {
      notASendBack:
        'A reason goes only with the brand sending a deliverable back (Submitted → Due, or Approved → Submitted)',
    },
  },
} as const;
