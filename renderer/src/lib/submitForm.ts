import type { FormInstance } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import type { TFunction } from 'i18next';
import { applyIssuesToForm, describeError } from './errors';

/**
 * The one way a form saves: validate (field errors show inline; nothing is sent), save, and on a failed
 * call put the backend's issues on their fields or, when none lands, show the error as a toast — all in
 * the UI language. Returns the saved value, or undefined when nothing was saved. Never throws, so an
 * invalid submit cannot surface as an uncaught page error.
 */
export async function submitForm<V, R>(
  form: FormInstance<V>,
  save: (values: V) => Promise<R>,
  ui: { t: TFunction; message: MessageInstance },
): Promise<R | undefined> {
  let values: V;
  try {
    values = await form.validateFields();
  } catch {
    return undefined; // antd shows each invalid field's message already
  }
  try {
    return await save(values);
  } catch (err) {
    if (!applyIssuesToForm(form, err)) void ui.message.error(describeError(err, ui.t));
    return undefined;
  }
}
