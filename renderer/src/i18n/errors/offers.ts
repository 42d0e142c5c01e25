/**
 * Error reasons of offers (keys under `offers.`) and of refused offer files (`offerFile.`). Offer states,
 * actions and deliverable statuses come as codes and are named through the offers namespace.
 */
export const offersErrors = {
  'zh-CN': {
    offers: {
      illegalAction:
        '当前邀约状态为「$t(offers:state.{{state}})」，不能执行「$t(offers:actions.{{action}})」',
      brandOnlyAction: '只有品牌方可以执行「$t(offers:actions.{{action}})」；达人身份下可以还价、接受或拒绝',
      workspaceRequired: '查看品牌方邀约需要先选择工作台',
      inboxHasNoWorkspace: '达人收件箱不属于任何工作台',
      creatorFilterNeedsWorkspace: '按达人筛选需要先选择工作台',
      unknownCreator: '该达人不在本工作台中',
      onlyDraftsEditable: '只有草稿可以编辑；该邀约为「$t(offers:state.{{state}})」，请通过还价提出新条款',
      expiryPassed: '有效期 {{expiresOn}} 已过，请选择更晚的日期后再发送',
      deliverablesOpen: '还有 {{count}} 项交付未发布（截止 {{dates}}），请全部标为已发布后再完成合作',
      deliverablesNotAccepted: '只有已接受的邀约可以更新交付状态；该邀约为「$t(offers:state.{{state}})」',
      deliverableFinal: '该交付已发布，状态不能再更改',
      deliverableMove:
        '交付状态只能向前推进（待交付 → 已提交 → 已审核 → 已发布）或退回一步，不能从「$t(offers:deliverables.statuses.{{from}})」改为「$t(offers:deliverables.statuses.{{to}})」',
      unknownTag: '未知的兴趣标签「{{tag}}」',
      unknownProduct: '该商品不在本工作台中',
      unknownAccount: '该账号不在本工作台中',
      accountArchived: '账号 @{{handle}} 已归档，请恢复它或选择其他账号',
      accountRequired: '请选择该交付对应的账号',
      duplicateDeliverable: '同一项交付重复出现',
      brandOnlyField: '只有品牌方可以修改此项，请在留言中提出',
      counterAddsDeliverable: '还价只能修改或删除已有的交付，不能新增；如需更多请在留言中说明',
      brandOnlyAccount: '只有品牌方可以更改交付对应的账号',
      nothingChanged: '没有可还价的改动：请修改费用、佣金、授权或交付，或直接接受邀约',
      exportDraft: '该邀约还是草稿：请先发送，再导出文件',
      exportExpired: '该邀约已过期，没有可发送的内容',
      exportAnswerFirst: '最新版本来自对方，请先答复（还价、接受或拒绝）再导出',
      exportNeverSent: '该邀约在发送前已撤回，无需通知达人',
    },
    offerFile: {
      notBase64: '上传的内容不是文件',
      tooLarge: '文件大于 1 MB；邀约文件通常只有几 KB',
      notJson: '这不是 MatrixDesk 邀约文件（.mdoffer）：内容不是有效的文本',
      notOfferFile: '这不是 MatrixDesk 邀约文件（.mdoffer）',
      newerVersion: '文件由更新版本的 MatrixDesk 生成（格式版本 {{version}}），请升级后再打开',
      unknownVersion: '文件的格式版本无法识别',
      damaged: '文件已损坏或不完整（{{field}}）',
      badSignature: '签名与内容不符：文件在导出后被修改过或已损坏，请对方重新导出',
      ownFile: '这个文件是本机导出的，请发给对方',
      wrongRecipient: '文件是发给另一台设备的（密钥 {{fileKey}}，本机为 {{ownKey}}）',
      neverSent: '这是对某个邀约的答复，但本机从未发出过该邀约（是否从另一台电脑或工作台发出？）',
      notInInbox: '文件延续的邀约不在收件箱中，请先导入品牌方更早的邀约文件',
      wrongKey: '文件由密钥 {{fileKey}} 签名，但该邀约绑定的是 {{pinnedKey}}：它不是来自与你往来的对方',
      alreadyImported: '该邀约的第 {{revision}} 版已经导入过，没有变化',
      alreadyWaiting: '这个文件已在等待验证，没有变化',
      alreadyFinal:
        '该邀约在本机已是「$t(offers:state.{{state}})」（第 {{known}} 版），文件中的第 {{revision}} 版无法再应用',
      older: '文件是第 {{revision}} 版，本机已有第 {{known}} 版，文件较旧',
      skipsRevision: '文件是第 {{revision}} 版，本机为第 {{known}} 版：请先导入第 {{next}} 版',
      illegalMove:
        '邀约在本机为「$t(offers:state.{{state}})」，文件中的操作「$t(offers:actions.{{action}})」在此状态下不被允许',
      termsChanged: '「$t(offers:actions.{{action}})」不应修改条款，但该文件修改了条款',
      brandOnlyChanged: '达人的文件修改了只有品牌方可以修改的内容（标题、商品、定向、有效期、账号）',
    },
  },
  en: {
    offers: {
      illegalAction:
        'This offer is $t(offers:state.{{state}}); it cannot be “$t(offers:actions.{{action}})” now',
      brandOnlyAction:
        'Only the brand can “$t(offers:actions.{{action}})” an offer; in creator mode you can counter, accept or decline',
      workspaceRequired: 'Choose a workspace to list a brand’s offers',
      inboxHasNoWorkspace: 'The creator inbox belongs to no workspace',
      creatorFilterNeedsWorkspace: 'Filter by creator within a workspace',
      unknownCreator: 'That creator is not in this workspace',
      onlyDraftsEditable:
        'Only drafts can be edited; this offer is $t(offers:state.{{state}}). Use counter to propose new terms',
      expiryPassed: 'The expiry date {{expiresOn}} has already passed; pick a later date before sending',
      deliverablesOpen:
        '{{count}} deliverables are not published yet (due {{dates}}); mark them published before completing the offer',
      deliverablesNotAccepted:
        'Deliverables can change only while the offer is accepted; it is $t(offers:state.{{state}})',
      deliverableFinal: 'This deliverable is published; its status is final',
      deliverableMove:
        'A deliverable moves forward (due → submitted → approved → published) or back one step; it cannot go from $t(offers:deliverables.statuses.{{from}}) to $t(offers:deliverables.statuses.{{to}})',
      unknownTag: 'Unknown interest tag “{{tag}}”',
      unknownProduct: 'That product is not in this workspace',
      unknownAccount: 'That account is not in this workspace',
      accountArchived: '@{{handle}} is archived; restore it or pick another account',
      accountRequired: 'Pick the account it supports',
      duplicateDeliverable: 'The same deliverable is listed twice',
      brandOnlyField: 'Only the brand can change this; propose it in your message instead',
      counterAddsDeliverable:
        'A counter can change or drop the deliverables offered, not add new ones; ask for more in your message',
      brandOnlyAccount: 'Only the brand can change which account a deliverable supports',
      nothingChanged:
        'Nothing to counter: change the fee, commission, rights or deliverables — or accept the offer as it is',
      exportDraft: 'This offer is still a draft: send it first, then export it',
      exportExpired: 'This offer has expired; there is nothing to send',
      exportAnswerFirst: 'The latest revision came from the other side; answer it before exporting',
      exportNeverSent:
        'This offer was withdrawn before it was ever sent; there is nothing to tell the creator',
    },
    offerFile: {
      notBase64: 'This is not a file upload',
      tooLarge: 'The file is larger than 1 MB; an offer file is a few kilobytes',
      notJson: 'This is not a MatrixDesk offer file (.mdoffer): it is not valid text',
      notOfferFile: 'This is not a MatrixDesk offer file (.mdoffer)',
      newerVersion: 'The file was made by a newer MatrixDesk (format version {{version}}); update to open it',
      unknownVersion: 'The file has an unknown format version',
      damaged: 'The file is damaged or incomplete ({{field}})',
      badSignature:
        'The signature does not match the content: the file was changed after export or is damaged; ask the sender to export it again',
      ownFile: 'This file was exported from this installation; send it to the other side instead',
      wrongRecipient: 'The file was made for another installation (key {{fileKey}}, this one is {{ownKey}})',
      neverSent:
        'This answers an offer this installation never sent (was it sent from another computer or workspace?)',
      notInInbox:
        'The offer this file continues is not in the inbox; import the brand’s earlier offer file first',
      wrongKey:
        'The file is signed by key {{fileKey}}, but this offer is pinned to {{pinnedKey}}; it did not come from the side you have been dealing with',
      alreadyImported: 'Revision {{revision}} of this offer was already imported; nothing changed',
      alreadyWaiting: 'This file is already waiting for verification; nothing changed',
      alreadyFinal:
        'This offer is already $t(offers:state.{{state}}) here (revision {{known}}); the file’s revision {{revision}} can no longer be applied',
      older: 'The file holds revision {{revision}}, but revision {{known}} is already known here',
      skipsRevision:
        'The file holds revision {{revision}}, but this offer is at revision {{known}}; import revision {{next}} first',
      illegalMove:
        'The offer is $t(offers:state.{{state}}) here; the file’s “$t(offers:actions.{{action}})” is not allowed in that state',
      termsChanged: '“$t(offers:actions.{{action}})” must not change the terms, but this file does',
      brandOnlyChanged:
        'The creator’s file changes what only the brand may change (title, products, targeting, expiry, accounts)',
    },
  },
} as const;
