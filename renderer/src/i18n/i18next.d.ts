import 'i18next';
import type { namespaces } from './resources';

/**
 * Typed keys (i18next's documented TypeScript support): `t('x.y')` type-checks only when `x.y` exists in the
 * namespace's English resources, so a missing or misspelt key fails `npm run typecheck`. zh-CN has the same keys
 * (test/unit/i18n.test.ts). Keys built at run time must come from unions of literal keys.
 */
type EnResources = { [N in keyof typeof namespaces]: (typeof namespaces)[N]['en'] };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: EnResources;
    // Keys are checked; a call may leave out {{variables}} (several texts fill them from backend params).
    strictInterpolationChecks: false;
  }
}
