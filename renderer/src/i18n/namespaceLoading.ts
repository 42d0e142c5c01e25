import type { BackendModule, ReadCallback } from 'i18next';
import type { UiLanguage } from '../../../shared/format/number';
import type { Namespace } from './resources';

/*
 * Translations load with the screens that use them (issue 11 §8): every feature's texts in the first bundle
 * were ~98 KB parsed before the first paint. The shell's namespaces (app frame, workspace switcher, reminders,
 * mode switch, recovery, errors) stay in the first bundle (i18n/index.ts); a feature's namespace is read here,
 * from its own chunk, the first time a component asks for it. react-i18next suspends that component until the
 * texts are in (the route's Suspense shows its spinner), and `changeLanguage` reads every namespace already in
 * use before it switches, so no key is ever shown in place of its text.
 */

type BothLanguages = Record<UiLanguage, object>;

/** The namespaces the shell renders with: bundled with the first screen. */
export const shellNamespaces = [
  'common',
  'errors',
  'importErrors',
  'paging',
  'workspaces',
  'reminders',
  'backups',
  'bundles',
  'offers',
  'offerVerification',
  'jobs',
] as const satisfies readonly Namespace[];

type LazyNamespace = Exclude<Namespace, (typeof shellNamespaces)[number]>;

/**
 * Each feature namespace's own chunk. Typed against resources.ts: a namespace registered there and missing
 * here (or in shellNamespaces) fails the type-check, so a new feature cannot ship untranslated.
 */
const loaders: Record<LazyNamespace, () => Promise<BothLanguages>> = {
  matrix: () => import('../features/matrix/i18n').then((m) => m.matrix),
  products: () => import('../features/products/i18n').then((m) => m.products),
  content: () => import('../features/content/i18n').then((m) => m.content),
  charts: () => import('../features/charts/i18n').then((m) => m.charts),
  audience: () => import('../features/audience/i18n').then((m) => m.audience),
  match: () => import('../features/match/i18n').then((m) => m.match),
  performance: () => import('../features/performance/i18n').then((m) => m.performance),
  creators: () => import('../features/creators/i18n').then((m) => m.creators),
  advisor: () => import('../features/advisor/i18n').then((m) => m.advisor),
  live: () => import('../features/live/i18n').then((m) => m.live),
  approvals: () => import('../features/approvals/i18n').then((m) => m.approvals),
  portfolio: () => import('../features/portfolio/i18n').then((m) => m.portfolio),
  reports: () => import('../features/reports/i18n').then((m) => m.reports),
  contentSeries: () => import('../features/content/seriesI18n').then((m) => m.contentSeries),
  contentSafety: () => import('../features/content/safetyI18n').then((m) => m.contentSafety),
  contentMenu: () => import('../features/content/contextMenuI18n').then((m) => m.contentMenu),
  deliverableReport: () =>
    import('../features/offers/deliverableReportI18n').then((m) => m.deliverableReport),
  expectedViews: () => import('../features/offers/expectedViewsI18n').then((m) => m.expectedViews),
  deliverables: () => import('../features/deliverables/i18n').then((m) => m.deliverables),
};

/**
 * Namespaces read with another one because its components also write `t('other:key')` without asking for
 * `other` (the content drawer's series actions), so they must never be missing when it renders.
 */
const readWith: Partial<Record<LazyNamespace, LazyNamespace[]>> = {
  content: ['contentSeries', 'contentSafety'],
};

const isLazy = (namespace: string): namespace is LazyNamespace => Object.hasOwn(loaders, namespace);

/**
 * Starts downloading the chunks of `namespaces` (the start page's, from the entry module before i18next is
 * evaluated): the backend's read then finds them loaded. Shell namespaces are bundled and skipped.
 */
export function preloadNamespaceChunks(namespaces: readonly string[]): void {
  for (const namespace of namespaces) if (isLazy(namespace)) void loaders[namespace]().catch(() => undefined);
}

const languages: UiLanguage[] = ['zh-CN', 'en'];

/** Stores one language of a namespace (i18next's `addResourceBundle`, deep and overwriting). */
export type AddBundle = (language: UiLanguage, namespace: string, texts: object) => void;

/**
 * An i18next backend reading a feature namespace from its chunk. Both languages come in one file and both
 * are stored (a later language switch has nothing to wait for); the namespaces written along with it
 * (readWith) are stored before it counts as loaded.
 */
export function featureNamespaceBackend(addBundle: AddBundle): BackendModule {
  const addBoth = (namespace: string, both: BothLanguages) => {
    for (const language of languages) addBundle(language, namespace, both[language]);
  };
  return {
    type: 'backend',
    init: () => undefined,
    read(language: string, namespace: string, callback: ReadCallback) {
      if (!isLazy(namespace)) {
        // A shell namespace is bundled: nothing to read.
        callback(null, {});
        return;
      }
      const companions = readWith[namespace] ?? [];
      Promise.all([loaders[namespace](), ...companions.map((c) => loaders[c]())])
        .then(([own, ...others]) => {
          others.forEach((both, i) => addBoth(companions[i]!, both));
          addBoth(namespace, own);
          callback(null, (own[language as UiLanguage] ?? own.en) as Record<string, unknown>);
        })
        .catch((err: unknown) => {
          console.error(`Translations "${namespace}" did not load`, err);
          callback(err instanceof Error ? err : new Error(String(err)), false);
        });
    },
  };
}
