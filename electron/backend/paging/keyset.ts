import { decodeCursor, encodeCursor, type CursorValue } from '../../../shared/api/paging';
import { invalidInput } from '../errors';

/** One part of a list's sort order: an SQL expression from an allowlist and its direction. */
export interface SortKey {
  sql: string;
  dir: 'asc' | 'desc';
  /** The expression can be NULL (a row-value comparison with NULL is never true). */
  nullable?: boolean;
}

/**
 * The WHERE condition "after the cursor" for a sort order, with one bound parameter per key
 * (`@k0`, `@k1`, …). The last key must be unique (rowid). When every key runs the same way this is a
 * row-value comparison, which SQLite turns into an index seek; otherwise (or when a key can be NULL) the
 * expanded OR form. `IS` in the equality parts lets a NULL sort value (sorted last through a leading
 * `x IS NULL` key) compare equal.
 */
export function afterCursorSql(keys: readonly SortKey[]): string {
  const sameWay = keys.every((k) => k.dir === keys[0]!.dir && !k.nullable);
  if (sameWay) {
    const op = keys[0]!.dir === 'asc' ? '>' : '<';
    return `(${keys.map((k) => k.sql).join(', ')}) ${op} (${keys.map((_, i) => `@k${i}`).join(', ')})`;
  }
  const branches = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => `${k.sql} IS @k${j}`);
    return [...equal, `${key.sql} ${key.dir === 'asc' ? '>' : '<'} @k${i}`].join(' AND ');
  });
  return `(${branches.map((b) => `(${b})`).join(' OR ')})`;
}

export function orderBySql(keys: readonly SortKey[]): string {
  return keys.map((k) => `${k.sql} ${k.dir === 'asc' ? 'ASC' : 'DESC'}`).join(', ');
}

/** The cursor's values as named parameters, or a coded refusal naming the `cursor` field. */
export function cursorParams(cursor: string, keyCount: number): Record<string, CursorValue> {
  const values = decodeCursor(cursor, keyCount);
  if (!values) {
    throw invalidInput(
      ['cursor'],
      'This page position is not valid for this list (it may be from another sort order); start again from the first page',
      'paging.badCursor',
    );
  }
  return Object.fromEntries(values.map((v, i) => [`k${i}`, v]));
}

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only says that there is a next page, whose
 * cursor is the sort key of the last row kept.
 */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  total: number,
  keyOf: (row: R) => CursorValue[],
  toItem: (row: R) => T,
): { items: T[]; nextCursor: string | null; total: number } {
  const kept = rows.length > limit ? rows.slice(0, limit) : rows;
  const last = kept.at(-1);
  return {
    items: kept.map(toItem),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
    total,
  };
}
