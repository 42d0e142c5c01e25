import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFormatOf, forEachCsvRecord } from '../../electron/backend/imports/csvStream';

/** Non-empty records as papaparse reads the whole text at once (what the streamed reader replaces). */
function papaRecords(text: string, delimiter: string): [number, string[]][] {
  const records: [number, string[]][] = [];
  let index = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      index += 1;
      if (result.data.some((cell) => cell.trim() !== '')) records.push([index, result.data]);
    },
  });
  return records;
}

function streamed(bytes: Uint8Array, sliceBytes: number): [number, string[]][] {
  const format = csvFormatOf(bytes, '"t.csv"');
  const records: [number, string[]][] = [];
  forEachCsvRecord(bytes, format, '"t.csv"', (index, cells) => records.push([index, cells]), sliceBytes);
  return records;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('CSV records streamed a slice at a time', () => {
  it.each([
    ['CRLF with a final newline', '日期,账号,播放量\r\n2024-01-01,a,1\r\n\r\n2024-01-02,b,2\r\n', ','],
    ['LF without a final newline', '日期,账号\n2024-01-01,a\n,\n2024-01-02,b', ','],
    ['CR only', 'a;b\r1;2\r3;4\r', ';'],
    ['tabs, CRLF', 'a\tb\r\n1\t2\r\n3\t4\r\n5\t6\r\n', '\t'],
    [
      'quoted cells with delimiters, quotes and line breaks',
      'a,b\r\n"x,1","say ""hi"""\r\n"多\r\n行",2\r\n3,"末"\r\n',
      ',',
    ],
    [
      'quotes in some lines only',
      '标题,备注\n新品种草,无\n"开箱, 第二条","含\n换行"\n第三条,"""引号"""\n',
      ',',
    ],
  ])('reads %s as papaparse reads the whole text, whatever the slice size', (_name, text, delimiter) => {
    const expected = papaRecords(text, delimiter);
    const bytes = utf8(text);
    // 1 byte: every record, every multi-byte character and every CRLF straddles slices.
    for (const slice of [1, 2, 3, 5, 7, 16, 1024]) {
      expect(streamed(bytes, slice), `slice ${slice}`).toEqual(expected);
    }
  });

  it('reads GBK and UTF-16 the same as UTF-8, split anywhere', () => {
    const text = '达人昵称,粉丝数\r\n小红,"1,200"\r\n小蓝,3万\r\n';
    const expected = papaRecords(text, ',');
    const gbk = new Uint8Array(
      Buffer.from(
        'b4efc8cbeac7b3c62cb7dbcbbfcafd0d0ad0a1baec2c22312c323030220d0ad0a1c0b62c33cdf20d0a',
        'hex',
      ),
    );
    expect(new TextDecoder('gbk').decode(gbk)).toBe(text);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    for (const [bytes, encoding] of [
      [gbk, 'gbk'],
      [utf16, 'utf-16le'],
    ] as const) {
      expect(csvFormatOf(bytes, '"t.csv"').encoding).toBe(encoding);
      for (const slice of [1, 3, 1024])
        expect(streamed(bytes, slice), `${encoding} ${slice}`).toEqual(expected);
    }
  });

  it('refuses an unclosed quote naming its row, however the file is sliced', () => {
    const bytes = utf8('a,b\n1,2\n3,"open\n4,5\n');
    for (const slice of [1, 4, 1024]) {
      expect(() => streamed(bytes, slice)).toThrow(/row 3 opens a quote/);
    }
  });
});
