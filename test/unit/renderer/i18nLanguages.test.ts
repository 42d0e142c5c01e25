import { describe, expect, it, vi } from 'vitest';

describe('the app’s i18next', () => {
  it('resolves and reads only the languages the app ships (no `zh` copy of every namespace)', async () => {
    // The module reads the system language and applyLanguage sets <html lang>: the two browser globals it uses.
    vi.stubGlobal('navigator', { languages: ['zh-CN'], language: 'zh-CN' });
    vi.stubGlobal('document', { documentElement: {} });
    try {
      const { default: i18n } = await import('i18next');
      const { applyLanguage } = await import('../../../renderer/src/i18n');
      applyLanguage('zh-CN');
      expect(i18n.languages).toEqual(['zh-CN', 'en']);
      expect(i18n.hasResourceBundle('zh', 'common')).toBe(false);
      expect(i18n.t('common:appName')).not.toBe('appName');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
