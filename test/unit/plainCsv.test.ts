import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { forEachPlainRecord, isPlainCsv } from '../../electron/backend/imports/plainCsv';

/** Records as papaparse reads them (the reader the fast path replaces for quote-free text). */
function papaRecords(text: string, delimiter: string): [number, string[]][] {
  const records: [number, string[]][] = [];
  let index = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      records.push([++index, result.data]);
    },
  });
  return records;
}

function plainRecords(text: string, delimiter: string): [number, string[]][] {
  const records: [number, string[]][] = [];
  forEachPlainRecord(text, delimiter, (index, cells) => records.push([index, cells]));
  return records;
}

describe('quote-free CSV read without papaparse', () => {
  it.each([
    ['CRLF with a final newline', '日期,账号,播放量\r\n2024-01-01,a,1\r\n\r\n2024-01-02,b,2\r\n', ','],
    ['LF without a final newline', '日期,账号\n2024-01-01,a\n,\n2024-01-02,b', ','],
    ['CR only', 'a;b\r1;2\r3;4\r', ';'],
    ['mixed, CRLF most', 'a\tb\r\n1\t2\n3\t4\r\n5\t6\r\n', '\t'],
    ['LF first, CR inside later lines', 'a,b\n1,x\ry\n2,z\n', ','],
    ['one line', 'only,a,header', ','],
  ])('reads %s as papaparse does', (_name, text, delimiter) => {
    expect(isPlainCsv(text)).toBe(true);
    expect(plainRecords(text, delimiter)).toEqual(papaRecords(text, delimiter));
  });

  it('leaves quoted text to papaparse', () => {
    expect(isPlainCsv('a,"b,c"\n')).toBe(false);
  });
});
