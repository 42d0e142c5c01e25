/** Reasons of the first release's domains: accounts, products, creators, content, interest, imports. */
export const coreErrors = {
  'zh-CN': {
    accounts: { handleTaken: '该平台下已有相同账号 ID' },
    products: { skuTaken: '该 SKU 已被其他商品使用' },
    creators: {
      handleTaken: '该平台下已有相同账号 ID 的达人',
      hasOpenOffers: '{{name}} 还有 {{count}} 个进行中或已接受的合作，请先撤回或完成后再删除',
    },
    content: {
      unknownAccount: '该工作台中没有这个账号',
      archivedAccount: '账号「{{name}}」已归档，恢复后才能排内容',
      unknownProduct: '该工作台中没有这个商品',
      liveOverlap: '与同账号的直播「{{title}}」（{{from}}–{{to}}）时间重叠，一个直播间同一时间只能开一场',
      statusChange: '不能从「$t(content:status.{{from}})」改为「$t(content:status.{{to}})」',
      publishedCannotMove: '已发布的内容不能改期',
      changedSince: '「{{title}}」在你打开后被改过，请重新打开后再操作',
      alreadyArchived: '「{{title}}」已经归档了',
      notArchived: '「{{title}}」没有归档，无需恢复',
      archived: '「{{title}}」已归档，恢复后才能修改',
    },
    interest: { customTagTaken: '已有名为「{{label}}」的自定义标签' },
    imports: { noSuchColumn: '文件中没有「{{header}}」这一列' },
  },
  en: {
    accounts: { handleTaken: 'This handle already exists on that platform' },
    products: { skuTaken: 'Another product already uses this SKU' },
    creators: {
      handleTaken: 'A creator with this handle is already on this platform',
      hasOpenOffers:
        '{{name}} has {{count}} open or accepted offer(s); withdraw or complete them before deleting',
    },
    content: {
      unknownAccount: 'That account is not in this workspace',
      archivedAccount: 'Account “{{name}}” is archived; restore it before planning content on it',
      unknownProduct: 'That product is not in this workspace',
      liveOverlap:
        'Overlaps the live session “{{title}}” ({{from}}–{{to}}) on the same account; a live room runs one session at a time',
      statusChange:
        'Cannot change the status from “$t(content:status.{{from}})” to “$t(content:status.{{to}})”',
      publishedCannotMove: 'Published items cannot be rescheduled',
      changedSince: '“{{title}}” changed since you opened it; open it again and retry',
      alreadyArchived: '“{{title}}” is archived already',
      notArchived: '“{{title}}” is not archived; there is nothing to restore',
      archived: '“{{title}}” is archived; restore it before changing it',
    },
    interest: { customTagTaken: 'A custom tag “{{label}}” already exists' },
    imports: { noSuchColumn: 'The file has no column “{{header}}”' },
  },
} as const;
