import type { FormInstance } from 'antd';
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { errors } from '../../../renderer/src/i18n/errors';
import { ApiCallError } from '../../../renderer/src/lib/api';
import { applyOfferIssues } from '../../../renderer/src/features/offers/formIssues';

/** A form that records what was put on its fields (the mapping is what is under test, not antd). */
function recordingForm() {
  const set: { name: (string | number)[]; errors: string[] }[][] = [];
  const form = { setFields: (fields: (typeof set)[number]) => set.push(fields) } as unknown as FormInstance;
  return { form, set };
}

beforeAll(async () => {
  await i18n.init({
    resources: { 'zh-CN': { errors: errors['zh-CN'] }, en: { errors: errors.en } },
    lng: 'zh-CN',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
});

describe('offer form issue mapping', () => {
  it('puts top-level and per-deliverable issues on their fields, translated, and ignores unknown paths', async () => {
    const err = new ApiCallError('invalid_input', 'bad', [
      { path: ['feeYuan'], message: 'Must not be negative', code: 'field.nonNegative' },
      {
        path: ['deliverables', 1, 'dueOn'],
        message: 'Due date 2026-01-10 is after the offer’s expiry date 2026-01-05',
        code: 'field.dueAfterExpiry',
        params: { dueOn: '2026-01-10', expiresOn: '2026-01-05' },
      },
      { path: ['deliverables', 0, 'secret'], message: 'ignored' },
      { path: ['somethingElse'], message: 'ignored' },
    ]);
    await i18n.changeLanguage('zh-CN');
    const zh = recordingForm();
    expect(applyOfferIssues(zh.form, err)).toBe(true);
    expect(zh.set[0]?.map((f) => f.name)).toEqual([['feeYuan'], ['deliverables', 1, 'dueOn']]);
    const texts = zh.set[0]!.flatMap((f) => f.errors);
    expect(texts[1]).toContain('2026-01-10');
    for (const text of texts) expect(text.replace(/[\d-]/g, '')).not.toMatch(/[A-Za-z]/);

    // An uncoded issue reads as sent in the English UI only.
    await i18n.changeLanguage('en');
    const en = recordingForm();
    applyOfferIssues(
      en.form,
      new ApiCallError('invalid_input', 'bad', [{ path: ['title'], message: 'Too long' }]),
    );
    expect(en.set[0]).toEqual([{ name: ['title'], errors: ['Too long'] }]);
  });

  it('says nothing landed for errors without field issues or of another kind', () => {
    const { form } = recordingForm();
    expect(applyOfferIssues(form, new ApiCallError('conflict', 'x', []))).toBe(false);
    expect(applyOfferIssues(form, new Error('network'))).toBe(false);
  });
});
