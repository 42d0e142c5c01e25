/** First-contact verification of offer files (namespace `offerVerification`). */
export const offerVerification = {
  'zh-CN': {
    title: '验证码核对',
    code: '验证码',
    typeCode: '对方读出的验证码',
    typePlaceholder: '1234 5678 9012',
    confirm: '确认一致',
    reject: '不一致，丢弃',
    status: {
      none: '对方的文件到达后，这里会显示双方共同的验证码。',
      pending:
        '对方首次发来的文件尚未核对，其中的条款还没有生效。请通过电话或微信与对方核对下面的验证码：一致才确认；不一致说明文件可能被人冒充，请丢弃。',
      unverified:
        '品牌方的密钥尚未核对。你可以回复（还价、接受或拒绝），品牌方导入后会看到同一组验证码；在你确认之前，品牌方的修改、接受等文件不会生效。',
      verified: '已核对：对方的密钥与验证码一致。',
      legacy: '此合作在验证码功能之前建立，对方密钥未经核对；可与对方核对验证码后确认。',
    },
    pendingSummary: '待核对文件：第 {{revision}} 版 · {{state}} · 固定费用 {{fee}}',
    verifiedTag: '已核对',
    done: {
      verified: '验证码一致，已确认对方身份',
      mismatchFile: '验证码不一致：该文件已丢弃，邀约未受影响',
      mismatchOffer: '验证码不一致：这份邀约已从收件箱移除',
      mismatchKept: '验证码不一致：请勿继续，与对方重新核对',
    },
    pendingImported: '已收到对方的首个文件：请先核对验证码，核对一致后条款才会生效',
  },
  en: {
    title: 'Verification code',
    code: 'Code',
    typeCode: 'Code the other side reads out',
    typePlaceholder: '1234 5678 9012',
    confirm: 'Codes match',
    reject: 'No match, discard',
    status: {
      none: 'Once a file from the other side arrives, the code you both share appears here.',
      pending:
        'The other side’s first file is not verified yet and none of its terms apply. Compare the code below by phone or WeChat: confirm only if it matches; if not, the file may be forged: discard it.',
      unverified:
        'The brand’s key is not verified yet. You can answer (counter, accept or decline); the brand sees the same code once it imports your answer. Until you confirm, the brand’s revisions or acceptance do not take effect.',
      verified: 'Verified: the other side’s key matches the code.',
      legacy:
        'This offer predates verification codes; its key was never compared. Compare the code and confirm it.',
    },
    pendingSummary: 'Held file: revision {{revision}} · {{state}} · fee {{fee}}',
    verifiedTag: 'Verified',
    done: {
      verified: 'The codes match: the other side is confirmed',
      mismatchFile: 'The codes do not match: the file was discarded, the offer is unchanged',
      mismatchOffer: 'The codes do not match: the offer was removed from the inbox',
      mismatchKept: 'The codes do not match: do not go on; compare again with the other side',
    },
    pendingImported:
      'The other side’s first file arrived: compare the verification code first; its terms apply once it matches',
  },
} as const;
