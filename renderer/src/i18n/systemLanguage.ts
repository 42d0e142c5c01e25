import type { UiLanguage } from '../../../shared/format/number';

/** The OS/browser language decides until the user picks one (then the saved setting wins). */
export function systemLanguage(): UiLanguage {
  const preferred = navigator.languages?.[0] ?? navigator.language ?? 'en';
  return preferred.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
