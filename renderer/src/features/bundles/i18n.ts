/** Hand-over bundles (namespace `bundles`). */
export const bundles = {
  'zh-CN': {
    open: '交接包',
    title: '工作台交接包（.mdbundle）',
    exportTitle: '导出当前工作台',
    exportHint:
      '把「{{name}}」及其全部数据（账号、商品、内容、达人、邀约及其修订与已核对密钥、人群、数据、预测等）打包成一个文件，交给另一台矩阵工作台。本机的签名私钥不会被导出。',
    exportButton: '导出交接包',
    exported: '已导出 {{rows}} 行数据',
    importTitle: '导入交接包',
    pick: '选择 .mdbundle 文件',
    preview: {
      workspace: '工作台',
      createdAt: '导出时间',
      version: '数据版本',
      rows: '共 {{count}} 行',
      table: '数据表',
      count: '行数',
      clashes: '{{count}} 个邀约在本机已存在：副本会使用新的交换编号，无法再接收对方针对这些邀约的文件。',
    },
    mode: {
      label: '导入方式',
      new: '新建工作台（全部编号重新生成，不影响本机其他数据）',
      replace: '替换本机已有副本',
    },
    target: '要替换的副本',
    noCandidates: '本机没有这个工作台的副本，只能新建。',
    replaceWarning: '替换会删除「{{name}}」当前的全部数据（{{rows}} 行），替换前会自动备份数据库。',
    confirmLabel: '输入工作台名称「{{name}}」以确认替换',
    importButton: '导入',
    imported: '已导入「{{name}}」：{{rows}} 行',
    replaced: '已替换「{{name}}」：{{rows}} 行（替换前备份：{{backup}}）',
  },
  en: {
    open: 'Hand-over',
    title: 'Workspace hand-over bundle (.mdbundle)',
    exportTitle: 'Export this workspace',
    exportHint:
      'Packs “{{name}}” with everything it owns (accounts, products, content, creators, offers with revisions and verified keys, audiences, metrics, forecasts…) into one file for another MatrixDesk. This installation’s private signing key is never exported.',
    exportButton: 'Export bundle',
    exported: 'Exported {{rows}} rows',
    importTitle: 'Import a bundle',
    pick: 'Choose a .mdbundle file',
    preview: {
      workspace: 'Workspace',
      createdAt: 'Exported at',
      version: 'Schema version',
      rows: '{{count}} rows in all',
      table: 'Table',
      count: 'Rows',
      clashes:
        '{{count}} offers already exist here: the copies get new exchange ids and cannot receive the other side’s files for them.',
    },
    mode: {
      label: 'Import as',
      new: 'A new workspace (every id fresh; nothing else here changes)',
      replace: 'Replace an existing copy here',
    },
    target: 'Copy to replace',
    noCandidates: 'There is no copy of this workspace here; it can only be imported as new.',
    replaceWarning:
      'Replacing deletes all current data of “{{name}}” ({{rows}} rows); the database is backed up first.',
    confirmLabel: 'Type the workspace name “{{name}}” to confirm',
    importButton: 'Import',
    imported: 'Imported “{{name}}”: {{rows}} rows',
    replaced: 'Replaced “{{name}}”: {{rows}} rows (backup before: {{backup}})',
  },
} as const;
