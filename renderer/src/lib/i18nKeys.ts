import type { FlatNamespace, Namespace, ParseKeys, TFunction } from 'i18next';
import i18n from 'i18next';

/**
 * The `t` of any namespace, for helpers that take the caller's `t` and use only namespace-prefixed keys
 * (`common:…`): i18next brands each `t` with its first namespace, so `TFunction` alone means `common`.
 */
export type AnyT = TFunction<Namespace>;

/** Namespaces whose keys arrive at run time: backend error reasons and issue codes, import problem codes. */
export type CodeNamespace = 'errors' | 'importErrors';

type Params = Record<string, unknown>;

/**
 * The one place where a key is not checked by the compiler (renderer/src/i18n/i18next.d.ts types every
 * other `t` call): a code sent by the backend is a plain string, known only at run time. Callers check
 * `hasCode` first or pass a `defaultValue`.
 */
const untypedT = i18n.t.bind(i18n) as unknown as (key: string, options?: Params) => string;

export function hasCode(ns: CodeNamespace, code: string): boolean {
  return i18n.exists(`${ns}:${code}`);
}

/** The text of a runtime code in the UI language, filled with its params. */
export function codeText(ns: CodeNamespace, code: string, options: Params = {}): string {
  return untypedT(`${ns}:${code}`, options);
}

/**
 * A checked key whose params come from the backend (a content warning's code and its params): which
 * variables a code carries is known only at run time (test/unit/i18n.test.ts keeps both languages'
 * placeholders equal), so they cannot meet the per-key variable types i18next derives from the text.
 */
export function textWithBackendParams<N extends FlatNamespace>(
  ns: N,
  key: ParseKeys<N>,
  params: Record<string, string | number>,
): string {
  return untypedT(`${ns}:${String(key)}`, params);
}
