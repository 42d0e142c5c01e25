import type { FormInstance } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../renderer/src/lib/api';
import { submitForm } from '../../../renderer/src/lib/submitForm';

interface Values {
  name: string;
}

/** A form whose validation passes or fails as told, recording the issues put on its fields. */
function fakeForm(valid: boolean) {
  const fieldErrors: { name: (string | number)[]; errors: string[] }[] = [];
  const form = {
    validateFields: () =>
      valid ? Promise.resolve({ name: 'Camellia' }) : Promise.reject(new Error('name is required')),
    getFieldsValue: () => ({ name: 'Camellia' }),
    setFields: (fields: typeof fieldErrors) => fieldErrors.push(...fields),
  } as unknown as FormInstance<Values>;
  return { form, fieldErrors };
}

function fakeUi() {
  const toasts: string[] = [];
  const message = { error: (text: string) => void toasts.push(text) } as unknown as MessageInstance;
  const t = ((key: string) => key) as unknown as TFunction;
  return { ui: { t, message }, toasts };
}

describe('submitForm: validate → save → issues on fields → toast', () => {
  it('saves nothing and resolves quietly when validation fails', async () => {
    const { form } = fakeForm(false);
    const { ui, toasts } = fakeUi();
    const saved: Values[] = [];
    await expect(submitForm(form, async (v) => void saved.push(v), ui)).resolves.toBeUndefined();
    expect(saved).toEqual([]);
    expect(toasts).toEqual([]);
  });

  it('returns what the save returned', async () => {
    const { form } = fakeForm(true);
    const { ui } = fakeUi();
    expect(await submitForm(form, async (v) => `saved ${v.name}`, ui)).toBe('saved Camellia');
  });

  it('puts a refused call’s issues on their fields instead of a toast', async () => {
    const { form, fieldErrors } = fakeForm(true);
    const { ui, toasts } = fakeUi();
    const refused = new ApiCallError('invalid_input', 'bad', [{ path: ['name'], message: 'Too long' }]);
    await expect(
      submitForm(
        form,
        () => {
          throw refused;
        },
        ui,
      ),
    ).resolves.toBeUndefined();
    // The text is the issue in the UI language (lib/errors issueText); where it lands is under test here.
    expect(fieldErrors.map((f) => [f.name, f.errors.length])).toEqual([[['name'], 1]]);
    expect(toasts).toEqual([]);
  });

  it('shows an error no field takes as a toast, and never throws', async () => {
    const { form, fieldErrors } = fakeForm(true);
    const { ui, toasts } = fakeUi();
    const busy = new ApiCallError('busy', 'The database is busy');
    await expect(submitForm(form, () => Promise.reject(busy), ui)).resolves.toBeUndefined();
    expect(fieldErrors).toEqual([]);
    expect(toasts).toHaveLength(1);
  });

  it('lets a form map issues its own way', async () => {
    const { form } = fakeForm(true);
    const { ui, toasts } = fakeUi();
    const seen: unknown[] = [];
    const refused = new ApiCallError('invalid_input', 'bad', [{ path: ['audience'], message: 'Sum' }]);
    const applyIssues = (_f: FormInstance, err: unknown) => (seen.push(err), true);
    await submitForm(form, () => Promise.reject(refused), { ...ui, applyIssues });
    expect(seen).toEqual([refused]);
    expect(toasts).toEqual([]);
  });
});
