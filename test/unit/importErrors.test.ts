import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importErrors } from '../../renderer/src/i18n/importErrors';
import {
  importErrorCodes,
  importNoteCodes,
  importRowErrorCodes,
  zodIssueCoded,
} from '../../shared/domain/importErrors';
import { parseErrorCodes, type ParseResult } from '../../shared/parsing/result';
import { parseCount, parseCountCell } from '../../shared/parsing/count';
import { parseMoney } from '../../shared/parsing/money';
import { parsePercent } from '../../shared/parsing/percent';
import { parseNumber, parseNumberCell } from '../../shared/parsing/number';
import { parseDate, parseDateCell, parseDateTime } from '../../shared/parsing/date';

function lookup(messages: unknown, code: string): unknown {
  return code
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      messages,
    );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
}

function failure(result: ParseResult<unknown>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result;
}

describe('import error codes', () => {
  it('are unique', () => {
    expect(new Set(importErrorCodes).size).toBe(importErrorCodes.length);
    expect(importErrorCodes).toHaveLength(
      parseErrorCodes.length + importRowErrorCodes.length + importNoteCodes.length,
    );
  });

  it.each(importErrorCodes)('%s has a zh-CN and an en message', (code) => {
    const zh = lookup(importErrors['zh-CN'], code);
    const en = lookup(importErrors.en, code);
    expect(typeof zh).toBe('string');
    expect(typeof en).toBe('string');
    expect(placeholders(zh as string)).toEqual(placeholders(en as string));
  });

  it('has no messages for codes that do not exist', () => {
    const leaves = (node: unknown, prefix = ''): string[] =>
      typeof node === 'string'
        ? [prefix]
        : Object.entries(node as object).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
    expect(leaves(importErrors.en).sort()).toEqual([...importErrorCodes].sort());
  });
});

describe('parse failures carry a code and the params their messages use', () => {
  it.each([
    [parseCount('abc'), 'count.invalid', { text: 'abc' }],
    [parseCount('-5'), 'count.negative', { text: '-5' }],
    [parseCountCell(new Date(0)), 'count.isDate', undefined],
    [parseCountCell(true), 'count.otherType', { type: 'TRUE' }],
    [parseMoney('$12'), 'money.currency', { text: '$12' }],
    [parseMoney('abc'), 'money.invalid', { text: 'abc' }],
    [parseMoney('-3'), 'money.negative', { text: '-3' }],
    [parsePercent('abc'), 'percent.invalid', { text: 'abc' }],
    [parsePercent('-3%'), 'percent.negative', { text: '-3%' }],
    [parseNumber('abc'), 'number.invalid', { text: 'abc' }],
    [parseNumberCell(Number.NaN), 'number.noValue', undefined],
    [parseDate('hello'), 'date.invalid', { text: 'hello' }],
    [parseDate('2025-08-32'), 'date.impossible', { text: '2025-08-32' }],
    [
      parseDate('5/8/2025'),
      'date.ambiguous',
      { text: '5/8/2025', a: '2025-05-08', b: '2025-08-05', year: 2025 },
    ],
    [parseDateTime('2025-08-06 25:00'), 'date.timeOfDay', { text: '2025-08-06 25:00' }],
    [parseDateTime('2025-08-06 noon'), 'date.invalidTime', { text: '2025-08-06 noon' }],
    [parseDateCell(3), 'date.notADate', { number: 3 }],
  ])('%#: %o → %s', (result, code, params) => {
    const f = failure(result);
    expect(f.code).toBe(code);
    expect(f.params).toEqual(params);
    expect(f.error.length).toBeGreaterThan(0);
  });

  it('keeps the English error text unchanged', () => {
    expect(failure(parseCount('abc')).error).toMatch(/^Couldn't read "abc" as a count\./);
    expect(failure(parseDate('5/8/2025')).error).toBe(
      '"5/8/2025" is ambiguous: it could be 8 May or 5 August 2025. Write it as 2025-MM-DD.',
    );
  });
});

describe('zodIssueCoded', () => {
  const first = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    if (result.success) throw new Error('expected a zod failure');
    return zodIssueCoded(result.error.issues[0]!);
  };
  it('codes the common field problems', () => {
    expect(first(z.string().max(3, 'At most 3 characters'), 'abcd')).toEqual({
      message: 'At most 3 characters',
      code: 'value.tooLong',
      params: { max: 3 },
    });
    expect(first(z.string().min(1, 'Required'), '').code).toBe('row.required');
    expect(first(z.array(z.string()).max(1), ['a', 'b'])).toMatchObject({
      code: 'value.tooMany',
      params: { max: 1 },
    });
    expect(first(z.number().min(0), -1).code).toBe('value.negative');
    expect(first(z.number().max(100), 101)).toMatchObject({ code: 'value.tooLarge', params: { max: 100 } });
    expect(first(z.number().int(), 1.5).code).toBe('value.whole');
    expect(first(z.string().regex(/^\S+$/, 'Must not contain spaces'), 'a b').code).toBe('value.noSpaces');
    expect(
      first(
        z.string().refine(() => false, 'Nope'),
        'x',
      ).code,
    ).toBe('value.invalid');
  });
});
