import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../renderer/src/lib/api';
import { applyIssuesToForm } from '../../../renderer/src/lib/errors';

/** A form holding `values`, recording the errors put on its fields. */
function fakeForm(values: Record<string, unknown>) {
  const set: { name: (string | number)[]; errors: string[] }[] = [];
  const form = {
    getFieldsValue: () => values,
    setFields: (fields: typeof set) => set.push(...fields),
  } as unknown as FormInstance;
  return { form, set };
}

describe('applyIssuesToForm', () => {
  it('puts an issue on a list row field on that field (peer benchmarks), not on the list', () => {
    const { form, set } = fakeForm({
      values: [
        { p50: 1, p75: 2 },
        { p50: 900, p75: 100 },
      ],
    });
    const err = new ApiCallError('invalid_input', 'wrong side', [
      { path: ['values', 1, 'p75'], message: 'wrong side', code: 'liveSessions.peerOrder' },
    ]);
    expect(applyIssuesToForm(form, err)).toBe(true);
    expect(set.map((f) => f.name)).toEqual([['values', 1, 'p75']]);
  });

  it('still falls back to the top-level field for a path the form does not hold', () => {
    const { form, set } = fakeForm({ gender: { female: 80, male: 80 } });
    const err = new ApiCallError('invalid_input', 'sum', [
      { path: ['gender', 'other'], message: 'sum', code: 'field.sharesSum' },
    ]);
    expect(applyIssuesToForm(form, err)).toBe(true);
    expect(set.map((f) => f.name)).toEqual([['gender']]);
  });
});
