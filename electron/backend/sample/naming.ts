import type { UiLanguage } from '../../../shared/format/number';

/**
 * The sample workspace's name and notes in the language of the UI that created it (issue 11 §6: an
 * English UI showed a Chinese name with an English "Sample" tag). The content inside stays Chinese, as
 * a Chinese brand's plan is; only what names the workspace follows the user.
 */
export const sampleWorkspaceText: Record<
  UiLanguage,
  { name: string; notes: string; creatorFacingName: string }
> = {
  'zh-CN': {
    name: '山茶花研 CamelliaLab（示例）',
    notes: '示例工作台：国货护肤品牌，2 个品牌号 + 3 个销售号（含 1 个自播直播间）。可随意修改或删除。',
    creatorFacingName: '山茶花研 CamelliaLab',
  },
  en: {
    name: 'CamelliaLab 山茶花研 (sample)',
    notes:
      'Sample workspace: a Chinese skincare brand with 2 brand-building and 3 sales accounts (one runs the brand’s own live room). Change or delete anything.',
    creatorFacingName: 'CamelliaLab 山茶花研',
  },
};
