import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import type { UiLanguage } from '../../../shared/format/number';
import { namespaces } from './resources';

function resourcesFor(language: UiLanguage) {
  return Object.fromEntries(Object.entries(namespaces).map(([ns, both]) => [ns, both[language]]));
}

/** The OS/browser language decides until the user picks one (then the saved setting wins). */
export function systemLanguage(): UiLanguage {
  const preferred = navigator.languages?.[0] ?? navigator.language ?? 'en';
  return preferred.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': resourcesFor('zh-CN'), en: resourcesFor('en') },
  lng: systemLanguage(),
  fallbackLng: 'en',
  defaultNS: 'common',
  ns: Object.keys(namespaces),
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Everything that formats by locale follows the UI language: i18next, dayjs (and charts), zod messages. */
export function applyLanguage(language: UiLanguage): void {
  void i18n.changeLanguage(language);
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  z.config(language === 'zh-CN' ? z.locales.zhCN() : z.locales.en());
  document.documentElement.lang = language;
}
