import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import type { UiLanguage } from '../../../shared/format/number';
import { common } from './common';
import { errors } from './errors';
import { importErrors } from './importErrors';
import { paging } from '../lib/paging/i18n';
import { workspaces } from '../features/workspaces/i18n';
import { reminders } from '../features/reminders/i18n';
import { backups } from '../features/backups/i18n';
import { bundles } from '../features/bundles/i18n';
import { offers } from '../features/offers/i18n';
import { offerVerification } from '../features/offers/verificationI18n';
import { jobs } from '../features/jobs/i18n';
import { featureNamespaceBackend, shellNamespaces } from './namespaceLoading';
import { systemLanguage } from './systemLanguage';

/** What the shell renders with, in the first bundle; every other namespace loads with its feature (namespaceLoading.ts). */
const shellResources = {
  common,
  errors,
  importErrors,
  paging,
  workspaces,
  reminders,
  backups,
  bundles,
  offers,
  offerVerification,
  jobs,
} satisfies Record<(typeof shellNamespaces)[number], unknown>;

function resourcesFor(language: UiLanguage) {
  return Object.fromEntries(Object.entries(shellResources).map(([ns, both]) => [ns, both[language]]));
}

void i18n
  .use(
    featureNamespaceBackend((language, ns, texts) => i18n.addResourceBundle(language, ns, texts, true, true)),
  )
  .use(initReactI18next)
  .init({
    resources: { 'zh-CN': resourcesFor('zh-CN'), en: resourcesFor('en') },
    // Bundled resources for the shell, the backend for the rest.
    partialBundledLanguages: true,
    lng: systemLanguage(),
    fallbackLng: 'en',
    // Only the two codes the app ships: by default i18next also resolves `zh` for `zh-CN` and reads each
    // namespace for it (11 shell reads at start, and a second copy of every feature namespace), texts that no
    // lookup ever finds before the `en` fallback.
    load: 'currentOnly',
    defaultNS: 'common',
    ns: [...shellNamespaces],
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
