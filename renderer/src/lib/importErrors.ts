import type { TFunction } from 'i18next';

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
export function importErrorText(t: TFunction, error: ImportErrorLike): string {
  if (!error.code) return error.message;
  return t(`importErrors:${error.code}`, { ...error.params, defaultValue: error.message });
}
