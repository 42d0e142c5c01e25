import { codeText, type AnyT } from './i18nKeys';

/** A row or cell problem from an import preview: English `message`, optional `code` + `params`. */
export interface ImportErrorLike {
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}

/**
 * The problem in the UI language: the `importErrors` namespace's text for its code, filled with its params;
 * the backend's English message when there is no code or the code is unknown to this build.
 */
export function importErrorText(_t: AnyT, error: ImportErrorLike): string {
  if (!error.code) return error.message;
  return codeText('importErrors', error.code, { ...error.params, defaultValue: error.message });
}
