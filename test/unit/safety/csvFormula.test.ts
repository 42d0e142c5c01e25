import { describe, expect, it } from 'vitest';
import { guardCsvCell, unguardCsvCell } from '../../../shared/export/csvFormula';

describe('CSV formula guard', () => {
  it.each(['=1+1', '+86 138', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x")'])(
    'makes %j text with a leading quote and undoes it on import',
    (cell) => {
      expect(guardCsvCell(cell)).toBe(`'${cell}`);
      expect(unguardCsvCell(guardCsvCell(cell))).toBe(cell);
    },
  );

  it.each(['', 'lime_store', '青柠', "'quoted", 'a=b', ' =spaced'])('leaves %j as it is', (cell) => {
    expect(guardCsvCell(cell)).toBe(cell);
    expect(unguardCsvCell(cell)).toBe(cell);
  });

  it('only strips a quote that the guard added', () => {
    expect(unguardCsvCell("'abc")).toBe("'abc");
    expect(unguardCsvCell("'=x")).toBe('=x');
  });
});
