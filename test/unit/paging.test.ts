import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageInputShape, DEFAULT_PAGE_SIZE } from '../../shared/api/paging';
import { z } from 'zod';

describe('paging cursors', () => {
  it('round-trip sort keys of every kind, Chinese names and NULL included', () => {
    const values = ['2026-01-02T03:04:05.000Z', 42, null, '小鹿成分党', 0.1 + 0.2];
    expect(decodeCursor(encodeCursor(values), values.length)).toEqual(values);
  });

  it('refuse what they did not issue: other lengths, non-arrays, objects, non-finite numbers, junk', () => {
    expect(decodeCursor(encodeCursor(['a', 1]), 3)).toBeNull();
    expect(decodeCursor('{"a":1}', 1)).toBeNull();
    expect(decodeCursor('[{"a":1}]', 1)).toBeNull();
    expect(decodeCursor('[1e999]', 1)).toBeNull();
    expect(decodeCursor('[true]', 1)).toBeNull();
    expect(decodeCursor('not json', 1)).toBeNull();
  });

  it('default to 50 rows a page and refuse more than 200', () => {
    const schema = z.strictObject(pageInputShape);
    expect(schema.parse({})).toEqual({ limit: DEFAULT_PAGE_SIZE });
    expect(schema.safeParse({ limit: 201 }).success).toBe(false);
    expect(schema.safeParse({ limit: 0 }).success).toBe(false);
    expect(schema.safeParse({ cursor: '' }).success).toBe(false);
  });
});
