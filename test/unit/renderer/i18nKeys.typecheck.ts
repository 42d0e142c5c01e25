/**
 * Compile-time checks of the typed i18n keys (renderer/src/i18n/i18next.d.ts), run by `npm run typecheck`
 * (tsconfig.web.json). Each `@ts-expect-error` line must fail to compile: if keys stopped being checked,
 * the directive itself would be reported as unused and the type-check would fail.
 */
import i18n from 'i18next';
import type { TFunction } from 'i18next';

declare const offersT: TFunction<['offers', 'common']>;

export const valid = [
  i18n.t('common:save'),
  i18n.t('offers:title'),
  i18n.t('errors:field.required'),
  offersT('title'),
  offersT('common:cancel'),
];

export const invalid = [
  // @ts-expect-error a misspelt namespace
  i18n.t('commom:save'),
  // @ts-expect-error a key that does not exist in its namespace
  i18n.t('common:saveAll'),
  // @ts-expect-error a key of another feature without its namespace
  offersT('nav.matrix'),
  // @ts-expect-error an error code that has no text
  i18n.t('errors:offers.noSuchReason'),
];

const statuses = ['draft', 'sent'] as const;
/** Keys built at run time type-check when built from a union of known keys. */
export const fromUnion = statuses.map((s) => offersT(`state.${s}`));
// @ts-expect-error a key built from a plain string is not a known key
export const fromString = (s: string) => offersT(`state.${s}`);
