/** Error reasons of hand-over bundles (`bundles.*`) and offer first-contact verification (`offerVerification.*`). */
export const trustErrors = {
  'zh-CN': {
    bundles: {
      not_base64: '上传的不是文件内容（不是 base64）',
      too_large: '文件过大（上限 {{maxMb}} MB）',
      foreign: '这不是矩阵工作台的交接包（.mdbundle）',
      truncated: '交接包不完整或已损坏，无法解开',
      tampered: '交接包内容与其 SHA-256 摘要不符：文件被改动或已损坏',
      newer_format: '交接包由更新版本的矩阵工作台生成（格式版本 {{version}}），请先升级',
      newer_schema: '交接包的数据来自更新版本（数据版本 {{version}}，本机最高 {{supported}}），请先升级',
      unknown_table: '交接包含有本机不认识的数据（{{table}}）',
      confirmMismatch: '请输入被替换的工作台名称「{{name}}」以确认',
      noCopy: '本机没有这个工作台的副本可替换，请以“新建”方式导入',
      chooseCopy: '本机有 {{count}} 个该工作台的副本，请选择要替换的一个',
      notACopy: '所选工作台不是该交接包工作台的副本，请以“新建”方式导入',
    },
    offerVerification: {
      verifyFirst: '对方的密钥尚未核对：请先与对方核对验证码并确认，再导入后续文件',
      verificationPending: '此合作已有一个待核对的文件（密钥 {{fingerprint}}）：请先确认或丢弃它',
      verificationCodeFormat: '请输入对方读出的 12 位数字验证码',
      nothingToVerify: '对方的文件还没到，暂时没有可核对的验证码',
    },
  },
  en: {
    bundles: {
      not_base64: 'The upload is not a file (not base64)',
      too_large: 'The file is too large (limit {{maxMb}} MB)',
      foreign: 'This is not a MatrixDesk hand-over bundle (.mdbundle)',
      truncated: 'The bundle is incomplete or damaged and cannot be unpacked',
      tampered: 'The bundle does not match its SHA-256 digest: it was changed or damaged',
      newer_format: 'The bundle was made by a newer MatrixDesk (format {{version}}); update first',
      newer_schema:
        'The bundle holds data of a newer MatrixDesk (schema {{version}}, this one reads up to {{supported}}); update first',
      unknown_table: 'The bundle holds data this MatrixDesk does not know ({{table}})',
      confirmMismatch: 'Type the name of the workspace being replaced, “{{name}}”, to confirm',
      noCopy: 'There is no copy of this workspace here to replace; import it as new',
      chooseCopy: '{{count}} copies of this workspace are here: choose the one to replace',
      notACopy: 'That workspace is not a copy of the bundle’s workspace; import it as new',
    },
    offerVerification: {
      verifyFirst:
        'The other side’s key is not verified yet: compare the verification code with them and confirm it first',
      verificationPending:
        'A file from key {{fingerprint}} is waiting for verification on this offer: confirm or discard it first',
      verificationCodeFormat: 'Type the 12-digit code the other side reads out',
      nothingToVerify: 'Nothing to verify yet: no file from the other side has arrived on this offer',
    },
  },
} as const;
