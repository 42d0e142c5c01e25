/** Error reasons of client approvals (keys under `approvals.`). */
export const approvalsErrors = {
  'zh-CN': {
    approvals: {
      approvalRequired: '「{{title}}」尚未通过客户审核；本工作台要求审核通过后才能设为已排期或已发布',
      rangeOrder: '结束日期不能早于开始日期',
      unknownAccount: '该账号不属于本工作台',
      emptyPack: '所选日期和账号内没有需要审核的内容',
      packTooLarge: '一个审核包最多 {{max}} 条内容，当前选择有 {{count}} 条；请缩短日期或减少账号',
      fileTooLarge: '答复文件超过 {{maxMb}} MB，不是有效的答复文件',
      malformed: '不是完整的答复文件（可能被截断或损坏），未导入任何内容',
      unsupportedVersion: '不支持版本 {{version}} 的答复文件',
      unknownPack: '这份答复不是由本应用导出的审核包生成的',
      otherWorkspace: '这份答复属于工作台「{{workspace}}」，请切换到该工作台再导入',
      tampered: '答复文件在保存后被修改过，或不是由这个审核包生成的，已拒绝',
      alreadyImported: '这份答复已经导入过了',
      replayed: '已导入过更新的答复；这份较早的答复会覆盖它们，已拒绝',
    },
  },
  en: {
    approvals: {
      approvalRequired:
        '“{{title}}” is not approved by the client yet; this workspace requires approval before an item is scheduled or published',
      rangeOrder: 'The end date cannot be before the start date',
      unknownAccount: 'That account is not in this workspace',
      emptyPack: 'No items to review in these dates and accounts',
      packTooLarge:
        'A pack holds at most {{max}} items; this selection has {{count}}. Choose fewer days or accounts',
      fileTooLarge: 'The answers file is larger than {{maxMb}} MB; it is not an answers file',
      malformed: 'Not a complete answers file (it may be truncated or damaged); nothing was imported',
      unsupportedVersion: 'Answers files of version {{version}} are not supported',
      unknownPack: 'These answers were not made from a review pack of this app',
      otherWorkspace: 'These answers belong to the workspace “{{workspace}}”; switch to it to import them',
      tampered: 'The answers file was changed after it was saved, or was not made from this pack; refused',
      alreadyImported: 'These answers were imported already',
      replayed:
        'Newer answers were imported already; this older file would overwrite them, so it was refused',
    },
  },
} as const;
