import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../electron/backend/imports/errors';
import { readTableFile } from '../../electron/backend/imports/readTableFile';
import { openRowSource, type RowSource } from '../../electron/backend/imports/rowSource';
import type { TableRow } from '../../electron/backend/imports/tableFile';
import { plainNumber, readMetric } from '../../electron/backend/metrics/parseImport';
import { parseCountCell } from '../../shared/parsing/count';
import { parseMoneyCell } from '../../shared/parsing/money';

const fixtureDir = join(__dirname, '..', 'fixtures', 'imports');
const utf8 = (text: string) => new TextEncoder().encode(text);
const open = (bytes: Uint8Array, maxRows = 1000) =>
  openRowSource({ fileName: 'export.csv', bytes, maxBytes: 10 * 1024 * 1024, maxRows });

function rowsOf(source: RowSource): TableRow[] {
  const rows: TableRow[] = [];
  source.forEachRow((row) => rows.push(row));
  return rows;
}

describe('streamed CSV rows (openRowSource)', () => {
  it('gives the same headers and rows as readTableFile for every CSV fixture', async () => {
    const csvFixtures = readdirSync(fixtureDir).filter((f) => /\.(csv|tsv|txt)$/i.test(f));
    expect(csvFixtures.length).toBeGreaterThan(0);
    for (const name of csvFixtures) {
      const bytes = new Uint8Array(readFileSync(join(fixtureDir, name)));
      const table = await readTableFile({ fileName: name, bytes }).catch(() => null);
      if (!table) continue; // fixtures of unreadable files are covered by importTable.test.ts
      const source = await open(bytes, 50_000);
      expect(source.headers, name).toEqual(table.headers);
      expect(source.rowCount, name).toBe(table.rows.length);
      expect(rowsOf(source), name).toEqual(table.rows);
    }
  });

  it('numbers rows as the spreadsheet shows them, names headerless data columns, and reads twice alike', async () => {
    const source = await open(
      utf8('\uFEFF日期,账号,"备注\n说明",,\r\n2024-01-01,a,"多\n行",,\r\n\r\n2024-01-02,b,x,,7\r\n'),
    );
    expect(source.headers).toEqual(['日期', '账号', '备注 说明', 'Column E']);
    expect(source.rowCount).toBe(2);
    const rows = rowsOf(source);
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(rows[0]!.cells).toEqual({
      日期: '2024-01-01',
      账号: 'a',
      '备注 说明': '多\n行',
      'Column E': null,
    });
    expect(rows[1]!.cells['Column E']).toBe('7');
    expect(rowsOf(source)).toEqual(rows);
  });

  it('refuses too many rows, an unclosed quote and a header-only file, naming the problem', async () => {
    const many = utf8(`a,b\n${Array.from({ length: 11 }, (_, i) => `${i},x`).join('\n')}\n`);
    await expect(open(many, 10)).rejects.toMatchObject({ reason: 'too_many_rows' });
    expect((await open(many, 11)).rowCount).toBe(11);
    await expect(open(utf8('a,b\n1,"open\n2,3\n'))).rejects.toMatchObject({ reason: 'malformed_file' });
    await expect(open(utf8('a,b\n'))).rejects.toMatchObject({ reason: 'no_data_rows' });
    await expect(open(new Uint8Array())).rejects.toBeInstanceOf(ImportFileError);
  });

  it('stops at a visitor that throws, and passes its error on', async () => {
    const source = await open(utf8(`a,b\n${Array.from({ length: 100 }, (_, i) => `${i},x`).join('\n')}\n`));
    let seen = 0;
    const stop = new Error('stop');
    expect(() =>
      source.forEachRow(() => {
        seen++;
        if (seen === 5) throw stop;
      }),
    ).toThrow(stop);
    expect(seen).toBe(5);
  });
});

describe('plain-digit fast path of metric cells', () => {
  it('agrees with the full count and money parsers', () => {
    const counts = ['0', '7', '42', '1000', '123456789012345', '9007199254740'];
    for (const text of counts) {
      expect(readMetric('views', text, '播放量')).toEqual(parseCountCell(text));
      expect(readMetric('newFollowers', text, '涨粉')).toEqual(parseCountCell(text, { allowNegative: true }));
    }
    for (const text of ['0', '0.5', '12.34', '99.9', '1000000.01', '5']) {
      expect(readMetric('gmv', text, '成交金额')).toEqual(parseMoneyCell(text));
    }
    // Not plain: the full parsers decide (万, separators, leading zeros, signs).
    expect(readMetric('views', '1.2万', '播放量')).toEqual(parseCountCell('1.2万'));
    expect(readMetric('views', '1,234', '播放量')).toEqual(parseCountCell('1,234'));
    expect(readMetric('views', '007', '播放量')).toEqual(parseCountCell('007'));
    expect(readMetric('gmv', '¥12.345', '成交金额')).toEqual(parseMoneyCell('¥12.345'));
  });

  it('reads plain digits as the same double as Number(), and nothing else', () => {
    // Seeded, so a failure names a reproducible text.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let i = 0; i < 20_000; i++) {
      const whole = String(next(10) === 0 ? 0 : next(2_000_000_000) * 1000 + next(1000));
      const decimals = next(3);
      const text =
        decimals === 0 ? whole : `${whole}.${String(next(10 ** decimals)).padStart(decimals, '0')}`;
      expect(plainNumber(text, 13, 2), text).toBe(Number(text));
      if (decimals === 0) expect(plainNumber(text, 15, 0), text).toBe(Number(text));
    }
    for (const text of [
      '',
      '.5',
      '5.',
      '01',
      '00',
      '1.234',
      '1e3',
      '-1',
      ' 1',
      '1 ',
      '1.2.3',
      '1,000',
      '１２',
    ]) {
      expect(plainNumber(text, 13, 2), text).toBeNaN();
    }
    expect(plainNumber('12.5', 15, 0)).toBeNaN();
    expect(plainNumber('12345678901234', 13, 2)).toBeNaN();
  });
});
