import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { codedIssue, schemaMessages, type ZodIssueLike } from '../../shared/api/issueCodes';
import { accountFieldsSchema } from '../../shared/domain/account';
import { errors } from '../../renderer/src/i18n/errors';

const firstCode = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return codedIssue(result.error.issues[0] as ZodIssueLike);
};

const lookup = (lang: 'zh-CN' | 'en', code: string): unknown =>
  code
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors[lang]);

describe('field issues as translatable codes', () => {
  it('codes the problems users met in the first release', () => {
    expect(firstCode(z.string().trim().min(1, 'Required'), '  ')).toEqual({ code: 'field.required' });
    expect(firstCode(z.string(), undefined)).toEqual({ code: 'field.required' });
    expect(firstCode(z.number(), null)).toEqual({ code: 'field.enterNumber' });
    expect(firstCode(z.number().min(0, 'Must not be negative'), -5)).toEqual({ code: 'field.nonNegative' });
    expect(firstCode(z.number().min(0), -5)).toEqual({ code: 'field.nonNegative' });
    expect(firstCode(z.string().regex(/^\S+$/, 'Must not contain spaces'), 'a b')).toEqual({
      code: 'field.noSpaces',
    });
    expect(firstCode(z.string().max(40, 'At most 40 characters'), 'x'.repeat(41))).toEqual({
      code: 'field.maxLength',
      params: { maximum: 40 },
    });
    expect(firstCode(z.array(z.string()).max(2), ['a', 'b', 'c'])).toEqual({
      code: 'field.maxItems',
      params: { maximum: 2 },
    });
    expect(firstCode(z.enum(['a', 'b']), 'c')).toEqual({ code: 'field.choose' });
  });

  it('takes a custom issue’s own code and params', () => {
    const schema = z
      .string()
      .superRefine((v, ctx) =>
        ctx.addIssue({ code: 'custom', message: `x ${v}`, params: { code: 'field.regionTwice', name: v } }),
      );
    expect(firstCode(schema, '广东')).toEqual({ code: 'field.regionTwice', params: { name: '广东' } });
  });

  it('codes a real form schema: an account handle with a space', () => {
    const result = accountFieldsSchema.safeParse({ role: 'brand', handle: 'a b' });
    expect(result.success).toBe(false);
    const handleIssue = result.error!.issues.find((i) => i.path[0] === 'handle') as ZodIssueLike;
    expect(codedIssue(handleIssue).code).toBe('field.noSpaces');
  });

  it('has a text in both languages for every schema message and every structural code', () => {
    const structural = [
      'required',
      'enterNumber',
      'nonNegative',
      'minLength',
      'maxLength',
      'minItems',
      'maxItems',
      'min',
      'max',
      'above',
      'below',
      'format',
      'choose',
      'whole',
      'unknownKeys',
      'invalid',
    ];
    for (const code of [...Object.keys(schemaMessages), ...structural]) {
      for (const lang of ['zh-CN', 'en'] as const) {
        expect(typeof lookup(lang, `field.${code}`), `${lang} field.${code}`).toBe('string');
      }
    }
  });

  it('never shows Latin-only text for a field problem in Chinese', () => {
    const zh = errors['zh-CN'].field as Record<string, string>;
    for (const [code, text] of Object.entries(zh)) expect(text, code).toMatch(/[\u4e00-\u9fff]/);
  });
});
