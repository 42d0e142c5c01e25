import type { FormInstance } from 'antd';
import i18n from 'i18next';
import type { ApiIssue } from '../../../shared/api/result';
import { ApiCallError } from './api';
import { codeText, hasCode, type AnyT } from './i18nKeys';

/** Puts each backend issue on its form field; returns whether any landed (else show a toast). */
export function applyIssuesToForm(form: FormInstance, err: unknown): boolean {
  if (!(err instanceof ApiCallError) || err.issues.length === 0) return false;
  const known = new Set(Object.keys(flatten(form.getFieldsValue(true) as Record<string, unknown>)));
  const fields = err.issues
    .map((issue) => ({
      name: issue.path,
      errors: [issueText(issue)],
    }))
    .filter((f) => known.has(f.name.join('.')) || known.has(String(f.name[0])));
  form.setFields(
    fields.map((f) => ({ name: known.has(f.name.join('.')) ? f.name : [f.name[0]!], errors: f.errors })),
  );
  return fields.length > 0;
}

function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    out[key] = v;
    // Arrays too: an issue on ['values', 7, 'p75'] belongs to that list row's field (peer benchmarks);
    // without them it fell back to the list itself, which no Form.Item shows, and the error was lost.
    if (v && typeof v === 'object') Object.assign(out, flatten(v as Record<string, unknown>, key));
  }
  return out;
}

/** An issue in the UI language: its code's text; an uncoded one in English UIs only (else "not valid"). */
export function issueText(issue: ApiIssue): string {
  if (issue.code && hasCode('errors', issue.code)) return codeText('errors', issue.code, issue.params);
  return i18n.language === 'en' ? issue.message : i18n.t('errors:field.invalid');
}

export function describeError(err: unknown, t: AnyT): string {
  if (err instanceof ApiCallError) {
    if (err.reason && hasCode('errors', err.reason)) return codeText('errors', err.reason, err.params);
    if (err.code === 'network') return t('common:errors.network');
    if (err.code === 'not_found') return t('common:errors.notFound');
    const issue = err.issues.find((i) => i.code && hasCode('errors', i.code));
    if (issue) return issueText(issue);
    // English UIs may see the backend's English detail; other languages get the kind of failure only.
    if (i18n.language !== 'en' && hasCode('errors', `common.${err.code}`))
      return codeText('errors', `common.${err.code}`);
    return t('common:errors.generic', { message: err.message });
  }
  return t('common:errors.generic', { message: err instanceof Error ? err.message : String(err) });
}
