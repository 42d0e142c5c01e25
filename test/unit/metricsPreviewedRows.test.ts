import { describe, expect, it } from 'vitest';
import { metricFields, type MetricValues } from '../../shared/domain/metrics';
import {
  KEEP_ROWS_MAX,
  catalogueFingerprint,
  distinctAccounts,
  forEachPreviewedRow,
  previewedRowsCollector,
} from '../../electron/backend/metrics/import/previewedRows';
import { markDuplicatePeriod } from '../../electron/backend/metrics/duplicatePeriod';
import type { ParsedRow } from '../../electron/backend/metrics/parseImport';
import type { ImportCellError } from '../../shared/domain/metrics';

const none: MetricValues = Object.fromEntries(metricFields.map((f) => [f, null])) as MetricValues;
const values = (v: Partial<MetricValues>): MetricValues => ({ ...none, ...v });

describe('a preview’s kept rows', () => {
  it('give back each row in file order, its metrics as the upsert binds them', () => {
    const collector = previewedRowsCollector(3)!;
    collector.add('acc-1', null, '2025-01-01', values({ views: 1000.4, gmv: 12.345 }));
    collector.add('acc-2', 'item-9', '2025-01-02', values({ likes: 7, newFollowers: -3 }));
    collector.add('acc-1', null, '2025-01-02', values({}));
    const rows = collector.finish('catalogue', 'Asia/Shanghai');
    const seen: unknown[] = [];
    forEachPreviewedRow(rows, (account, content, date, offset) =>
      seen.push([account, content, date, [...rows.values.subarray(offset, offset + metricFields.length)]]),
    );
    const blank = metricFields.map(() => NaN);
    const first = [...blank];
    first[0] = 1000; // views whole
    first[8] = 1235; // GMV 12.345 yuan → 1,235 fen (rounded as the row writer rounds it)
    const second = [...blank];
    second[1] = 7;
    second[5] = -3;
    expect(seen).toEqual([
      ['acc-1', null, '2025-01-01', first],
      ['acc-2', 'item-9', '2025-01-02', second],
      ['acc-1', null, '2025-01-02', blank],
    ]);
    expect(rows).toMatchObject({ count: 3, dates: ['2025-01-01', '2025-01-02'], timeZone: 'Asia/Shanghai' });
    expect(distinctAccounts(rows)).toBe(2);
  });

  it('are shared memory (handed between threads without a copy) and never grow past the file', () => {
    const collector = previewedRowsCollector(1)!;
    collector.add('a', null, '2025-01-01', none);
    expect(() => collector.add('a', null, '2025-01-02', none)).toThrow();
    expect(collector.finish('c', 'UTC').values.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(previewedRowsCollector(KEEP_ROWS_MAX + 1)).toBeNull();
  });

  it('are tied to the catalogue they were matched against: a rename or a new item changes it', () => {
    const accounts = [{ id: 'a1', handle: 'store', displayName: '旗舰店' }];
    const items = [{ id: 'c1', accountId: 'a1', title: '新品' }];
    const base = catalogueFingerprint(accounts, items);
    expect(catalogueFingerprint(accounts, items)).toBe(base);
    expect(catalogueFingerprint([{ ...accounts[0]!, handle: 'store2' }], items)).not.toBe(base);
    expect(catalogueFingerprint(accounts, [...items, { id: 'c2', accountId: 'a1', title: 'x' }])).not.toBe(
      base,
    );
    expect(catalogueFingerprint(accounts, null)).not.toBe(base);
  });
});

describe('duplicate periods', () => {
  const row = (rowNumber: number, accountId: string, date: string | null): ParsedRow => ({
    rowNumber,
    date,
    accountId,
    accountLabel: accountId,
    contentId: null,
    values: none,
    error: false,
  });

  it('mark a second row for the same account and day, naming the first; rows without a date pass', () => {
    const seen = new Map<string, number>();
    const errors: ImportCellError[] = [];
    const rows = [
      row(2, 'a', '2025-01-01'),
      row(3, 'b', '2025-01-01'),
      row(4, 'a', '2025-01-01'),
      row(5, 'a', null),
    ];
    for (const r of rows) markDuplicatePeriod(seen, r, errors, '日期', 'day');
    expect(rows.map((r) => r.error)).toEqual([false, false, true, false]);
    expect(errors).toEqual([
      expect.objectContaining({
        rowNumber: 4,
        column: '日期',
        code: 'row.duplicatePeriod',
        params: { row: 2 },
        message: 'Duplicate of row 2: the same account and day appear twice',
      }),
    ]);
  });
});
