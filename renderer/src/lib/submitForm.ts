import type { FormInstance } from 'antd';
import { applyIssuesToForm } from './errors';
import { runWithToast, type ToastUi } from './runWithToast';

export interface SubmitFormUi extends ToastUi {
  /**
   * Puts a failed call's issues on the form; true when at least one landed (no toast then). Defaults to
   * `applyIssuesToForm`; forms whose issue paths need translating (offer deliverable rows) or that show some
   * issues outside a field (a creator's audience shares) pass their own.
   */
  applyIssues?(form: FormInstance, err: unknown): boolean;
}

/**
 * The one way a form saves: validate (field errors show inline; nothing is sent), save, and on a failed
 * call put the backend's issues on their fields or, when none lands, show the error as a toast — all in
 * the UI language. Returns the saved value, or undefined when nothing was saved. Never throws, so an
 * invalid submit cannot surface as an uncaught page error. `save` does the form's own success steps
 * (toast, close) after its mutation, and may return early to save nothing (a declined confirmation).
 */
export async function submitForm<V, R>(
  form: FormInstance<V>,
  save: (values: V) => Promise<R>,
  ui: SubmitFormUi,
): Promise<R | undefined> {
  let values: V;
  try {
    values = await form.validateFields();
  } catch {
    return undefined; // antd shows each invalid field's message already
  }
  const applyIssues = ui.applyIssues ?? applyIssuesToForm;
  return runWithToast(
    () => save(values),
    ui,
    (err) => applyIssues(form as FormInstance, err),
  );
}
