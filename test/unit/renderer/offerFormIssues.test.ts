import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../renderer/src/lib/api';
import { applyOfferIssues } from '../../../renderer/src/features/offers/formIssues';

/** A form that records what was put on its fields (the mapping is what is under test, not antd). */
function recordingForm() {
  const set: { name: (string | number)[]; errors: string[] }[][] = [];
  const form = { setFields: (fields: (typeof set)[number]) => set.push(fields) } as unknown as FormInstance;
  return { form, set };
}

describe('offer form issue mapping', () => {
  it('puts top-level and per-deliverable issues on their fields and ignores unknown paths', () => {
    const { form, set } = recordingForm();
    const err = new ApiCallError('invalid_input', 'bad', [
      { path: ['feeYuan'], message: 'Must not be negative' },
      { path: ['deliverables', 1, 'dueOn'], message: 'After the expiry' },
      { path: ['deliverables', 0, 'secret'], message: 'ignored' },
      { path: ['somethingElse'], message: 'ignored' },
    ]);
    expect(applyOfferIssues(form, err)).toBe(true);
    expect(set[0]).toEqual([
      { name: ['feeYuan'], errors: ['Must not be negative'] },
      { name: ['deliverables', 1, 'dueOn'], errors: ['After the expiry'] },
    ]);
  });

  it('says nothing landed for errors without field issues or of another kind', () => {
    const { form } = recordingForm();
    expect(applyOfferIssues(form, new ApiCallError('conflict', 'x', []))).toBe(false);
    expect(applyOfferIssues(form, new Error('network'))).toBe(false);
  });
});
