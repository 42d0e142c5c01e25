import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/backend/errors';
import { ImportFileError, type ImportFileErrorReason } from '../../electron/backend/imports/errors';
import { readTableFile } from '../../electron/backend/imports/readTableFile';
import { parseCountCell } from '../../shared/parsing/count';
import { parseDateTimeCell } from '../../shared/parsing/date';
import { mapHeaders } from '../../shared/parsing/headers';
import { parseMoneyCell } from '../../shared/parsing/money';
import { parsePercentCell } from '../../shared/parsing/percent';

const fixtureDir = join(__dirname, '..', 'fixtures', 'imports');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtureDir, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

async function expectImportError(promise: Promise<unknown>, reason: ImportFileErrorReason, message?: RegExp) {
  const error: unknown = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  if (!(error instanceof ImportFileError)) return;
  expect(error.reason).toBe(reason);
  if (message) expect(error.message).toMatch(message);
}

/** A workbook shaped like a Xingtu/Juliang export, with the cell kinds exceljs can hand back. */
async function buildWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const hidden = workbook.addWorksheet('raw');
  hidden.state = 'hidden';
  hidden.addRow(['hidden', 'data']);
  hidden.addRow(['should', 'not be read']);
  workbook.addWorksheet('说明'); // an empty cover sheet, as many exports have

  const sheet = workbook.addWorksheet('数据');
  sheet.addRow(['账号', '发布时间', '播放量', '成交金额', '完播率', '链接', '', '是否投流']);
  sheet.addRow([
    { richText: [{ text: '山茶花研', font: { bold: true } }, { text: '官方' }] },
    new Date(Date.UTC(2025, 7, 6, 20, 0, 0)),
    123_000,
    { formula: 'B5*2', result: 2469 },
    0.352,
    { text: '作品链接', hyperlink: 'https://www.douyin.com/video/7400000000000000000' },
    null,
    true,
  ]);
  sheet.addRow([]); // an empty row: skipped, but row numbers stay true to the sheet
  sheet.addRow([
    '山茶花研直播间',
    '2025/8/7 19:30',
    '54.1万',
    { formula: '1/0', result: { error: '#DIV/0!' } },
    '29.8%',
    null,
    '备注：达人合作', // data under a blank header
    false,
  ]);
  sheet.getCell('E2').numFmt = '0.0%';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readTableFile: CSV', () => {
  it('reads a UTF-8 BOM CSV with Chinese headers, quoted line breaks and empty lines', async () => {
    const table = await readTableFile({
      fileName: 'C:\\exports\\content.csv',
      bytes: fixture('content-utf8-bom.csv'),
    });
    expect(table).toMatchObject({ format: 'csv', encoding: 'utf-8-bom', delimiter: ',' });
    expect(table.headers).toEqual(['账号', '标题', '发布时间', '播放量', '点赞', '成交金额', '完播率']);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([2, 3, 6]);
    expect(table.rows[0]?.cells).toEqual({
      账号: '山茶花研官方',
      标题: '秋冬修护精华上新｜敏感肌也能用',
      发布时间: '2025/8/6 20:00',
      播放量: '12.3万',
      点赞: '4512',
      成交金额: '¥1,234.50',
      完播率: '35.2%',
    });
    expect(table.rows[1]?.cells['标题']).toBe('直播切片：\n三步教你选对精华');
    expect(table.rows[2]?.cells).toMatchObject({ 点赞: '-', 成交金额: null });
  });

  it('feeds mapHeaders and the value parsers end to end', async () => {
    const table = await readTableFile({ fileName: 'content.csv', bytes: fixture('content-utf8-bom.csv') });
    const { mapping, unmapped } = mapHeaders(table.headers, {
      account: ['账号', 'account'],
      publishedAt: ['发布时间', 'publish time'],
      plays: ['播放量', 'plays', 'views'],
      likes: ['点赞', '点赞数', 'likes'],
      gmv: ['成交金额', 'GMV'],
      completionRate: ['完播率', 'completion rate'],
    });
    expect(unmapped).toEqual(['标题']);
    const plays = table.rows.map((r) => parseCountCell(r.cells[mapping.plays ?? '']));
    expect(plays).toEqual([
      { ok: true, value: 123_000 },
      { ok: true, value: 541_200 },
      { ok: true, value: 123 },
    ]);
    expect(table.rows.map((r) => parseCountCell(r.cells[mapping.likes ?? '']))).toEqual([
      { ok: true, value: 4512 },
      { ok: true, value: 12_000 },
      { ok: true, value: null },
    ]);
    expect(table.rows.map((r) => parseMoneyCell(r.cells[mapping.gmv ?? '']))).toEqual([
      { ok: true, value: 1234.5 },
      { ok: true, value: 98_000 },
      { ok: true, value: null },
    ]);
    expect(table.rows.map((r) => parsePercentCell(r.cells[mapping.completionRate ?? '']))).toEqual([
      { ok: true, value: 35.2 },
      { ok: true, value: null },
      { ok: true, value: 12.5 },
    ]);
    expect(table.rows.map((r) => parseDateTimeCell(r.cells[mapping.publishedAt ?? '']))).toEqual([
      { ok: true, value: '2025-08-06T12:00:00.000Z' },
      { ok: true, value: '2025-08-07T11:30:00.000Z' },
      { ok: true, value: '2025-08-07T16:00:00.000Z' },
    ]);
  });

  it('detects GBK when the bytes are not valid UTF-8', async () => {
    const table = await readTableFile({ fileName: 'creators.csv', bytes: fixture('creators-gbk.csv') });
    expect(table).toMatchObject({ format: 'csv', encoding: 'gbk', delimiter: ',' });
    expect(table.headers).toEqual(['达人昵称', '粉丝数', '报价（1-20秒）', '主要类目', '所在地区']);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]).toEqual({
      rowNumber: 2,
      cells: {
        达人昵称: '小雅护肤日记',
        粉丝数: '56.8万',
        '报价（1-20秒）': '￥12,000',
        主要类目: '美妆-护肤',
        所在地区: '上海',
      },
    });
    expect(parseMoneyCell(table.rows[0]?.cells['报价（1-20秒）'])).toEqual({ ok: true, value: 12_000 });
    expect(parseCountCell(table.rows[1]?.cells['粉丝数'])).toEqual({ ok: true, value: 120_000_000 });
  });

  it('reads tab-separated UTF-8 without a BOM', async () => {
    const table = await readTableFile({ fileName: 'metrics.tsv', bytes: fixture('metrics-tab.tsv') });
    expect(table).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: '\t' });
    expect(table.headers).toEqual(['date', 'plays', 'likes', 'gmv', 'completion rate']);
    expect(table.rows[0]?.cells).toEqual({
      date: '2025-08-06',
      plays: '123,456',
      likes: '3.4K',
      gmv: '12000.50',
      'completion rate': '0.352',
    });
  });

  it('reads UTF-16LE "Unicode text" exports', async () => {
    const table = await readTableFile({ fileName: 'export.txt', bytes: fixture('utf16le-export.txt') });
    expect(table).toMatchObject({
      format: 'csv',
      encoding: 'utf-16le',
      delimiter: '\t',
      headers: ['账号', '播放量'],
    });
    expect(table.rows).toEqual([{ rowNumber: 2, cells: { 账号: '山茶花研官方', 播放量: '12.3万' } }]);
  });

  it('detects semicolons, trims headers and cells, and names data columns without a header', async () => {
    const bytes = utf8(' 账号 ; 播放量 ;;\n山茶花研官方; 1000 ;  ; 备注\n  \n');
    const table = await readTableFile({ fileName: 'export.csv', bytes });
    expect(table).toMatchObject({ delimiter: ';', headers: ['账号', '播放量', 'Column D'] });
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: { 账号: '山茶花研官方', 播放量: '1000', 'Column D': '备注' } },
    ]);
  });

  it('decides by content, not by extension', async () => {
    const table = await readTableFile({ fileName: 'export.xls', bytes: fixture('metrics-tab.tsv') });
    expect(table.format).toBe('csv');
  });

  it('ignores the Ctrl-Z old DOS tools append', async () => {
    const table = await readTableFile({ fileName: 'dos.csv', bytes: utf8('账号,播放量\r\n甲,1\r\n\u001A') });
    expect(table.rows).toEqual([{ rowNumber: 2, cells: { 账号: '甲', 播放量: '1' } }]);
  });

  it('reads a one-column file', async () => {
    const table = await readTableFile({ fileName: 'accounts.csv', bytes: utf8('账号\n甲\n乙\n') });
    expect(table).toMatchObject({ delimiter: ',', headers: ['账号'] });
    expect(table.rows).toHaveLength(2);
  });
});

describe('readTableFile: XLSX', () => {
  it('reads the first visible worksheet with data and flattens exceljs values', async () => {
    const table = await readTableFile({ fileName: 'xingtu.xlsx', bytes: await buildWorkbook() });
    expect(table).toMatchObject({ format: 'xlsx', encoding: null, sheetName: '数据' });
    expect(table.headers).toEqual([
      '账号',
      '发布时间',
      '播放量',
      '成交金额',
      '完播率',
      '链接',
      'Column G',
      '是否投流',
    ]);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(table.rows[0]?.cells).toEqual({
      账号: '山茶花研官方',
      发布时间: new Date(Date.UTC(2025, 7, 6, 20, 0, 0)),
      播放量: 123_000,
      成交金额: 2469,
      完播率: 0.352,
      链接: '作品链接',
      'Column G': null,
      是否投流: 'TRUE',
    });
    expect(table.rows[1]?.cells).toMatchObject({ 成交金额: null, 链接: null, 'Column G': '备注：达人合作' });
    // Cell values go straight into the same parsers as CSV text.
    const [first, second] = table.rows;
    expect(parseDateTimeCell(first?.cells['发布时间'])).toEqual({
      ok: true,
      value: '2025-08-06T12:00:00.000Z',
    });
    expect(parsePercentCell(first?.cells['完播率'])).toEqual({ ok: true, value: 35.2 });
    expect(parseCountCell(second?.cells['播放量'])).toEqual({ ok: true, value: 541_000 });
  });

  it('enforces the row limit on workbooks too', async () => {
    await expectImportError(
      readTableFile({ fileName: 'xingtu.xlsx', bytes: await buildWorkbook(), maxRows: 1 }),
      'too_many_rows',
      /more than 1 data rows/,
    );
  });

  it('refuses a workbook without data', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await expectImportError(
      readTableFile({ fileName: 'blank.xlsx', bytes }),
      'empty_file',
      /no data in any worksheet/,
    );
  });

  it('refuses a damaged workbook', async () => {
    const bytes = (await buildWorkbook()).slice(0, 2000);
    await expectImportError(readTableFile({ fileName: 'cut.xlsx', bytes }), 'unreadable_file', /damaged/);
  });

  it('refuses a ZIP that is not a workbook', async () => {
    await expectImportError(
      readTableFile({ fileName: 'data.xlsx', bytes: fixture('not-a-workbook.zip') }),
      'unsupported_format',
      /ZIP archive, not an Excel workbook/,
    );
  });

  it('refuses workbooks that expand far beyond the size limit', async () => {
    const bytes = await buildWorkbook();
    await expectImportError(
      readTableFile({ fileName: 'bomb.xlsx', bytes, maxBytes: 1024 }),
      'file_too_large',
    );
  });
});

describe('readTableFile: rejections', () => {
  it.each<[string, Uint8Array, ImportFileErrorReason, RegExp]>([
    ['empty.csv', fixture('empty.csv'), 'empty_file', /"empty.csv" is empty/],
    ['blank.csv', utf8('\r\n  \n\t\n'), 'empty_file', /is empty/],
    ['bom-only.csv', new Uint8Array([0xef, 0xbb, 0xbf]), 'empty_file', /is empty/],
    ['screenshot.png', fixture('screenshot.png'), 'unsupported_format', /is a PNG image, not a CSV or Excel/],
    ['header-only.csv', fixture('header-only.csv'), 'no_data_rows', /header row but no data rows/],
    ['report.xls', fixture('html-disguised.xls'), 'unsupported_format', /web page/],
    [
      'old.xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'unsupported_format',
      /97–2003/,
    ],
    [
      'data.bin',
      new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0x02]),
      'unsupported_format',
      /binary file/,
    ],
    [
      'noise.csv',
      new Uint8Array([0x61, 0x2c, 0xff, 0xfe, 0xff, 0x0a]),
      'unsupported_format',
      /neither UTF-8 nor GBK/,
    ],
    ['quote.csv', utf8('账号,标题\n甲,"没有结束的引号\n乙,正常\n'), 'malformed_file', /row 2 opens a quote/],
  ])('%s', async (fileName, bytes, reason, message) => {
    await expectImportError(readTableFile({ fileName, bytes }), reason, message);
  });

  it('names duplicate headers and their columns', async () => {
    await expectImportError(
      readTableFile({ fileName: 'dup.csv', bytes: fixture('duplicate-headers.csv') }),
      'duplicate_headers',
      /"播放量" \(columns B, D\)/,
    );
  });

  it('refuses files over the size limit before reading them', async () => {
    const bytes = utf8('账号,播放量\n' + '山茶花研官方,1000\n'.repeat(100));
    await expectImportError(
      readTableFile({ fileName: 'big.csv', bytes, maxBytes: 1000 }),
      'file_too_large',
      /limit/,
    );
  });

  it('refuses a workbook over 20 MB even where CSV may be larger, saying why and pointing to CSV', async () => {
    // A ZIP signature is all the check reads: the size is refused before anything is unpacked.
    const bytes = new Uint8Array(21 * 1024 * 1024);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const refused = readTableFile({ fileName: 'year.xlsx', bytes, maxBytes: 200 * 1024 * 1024 });
    await expectImportError(
      refused,
      'file_too_large',
      /limited to 20 MB because .* held in memory.*CSV \(limit 200 MB\)/,
    );
    await expect(refused).rejects.toMatchObject({
      detail: { reason: 'importFile.xlsxTooLarge', params: { megabytes: 21, limitMb: 20, csvLimitMb: 200 } },
    });
    const csv = readTableFile({ fileName: 'big.csv', bytes: utf8('a\n1\n'.repeat(300)), maxBytes: 1024 });
    await expect(csv).rejects.toMatchObject({ detail: { reason: 'importFile.tooLarge' } });
  });

  it('refuses more data rows than the limit, ignoring empty lines', async () => {
    const bytes = utf8('账号\n甲\n\n乙\n丙\n');
    await expectImportError(readTableFile({ fileName: 'rows.csv', bytes, maxRows: 2 }), 'too_many_rows');
    await expect(readTableFile({ fileName: 'rows.csv', bytes, maxRows: 3 })).resolves.toMatchObject({
      rows: [{ rowNumber: 2 }, { rowNumber: 4 }, { rowNumber: 5 }],
    });
  });

  it('is an AppError the router passes to the user as invalid_input', async () => {
    const error: unknown = await readTableFile({ fileName: 'empty.csv', bytes: new Uint8Array() }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'invalid_input',
      reason: 'empty_file',
      issues: [{ path: ['file'] }],
    });
  });

  it('keeps folder names out of messages', async () => {
    await expectImportError(
      readTableFile({ fileName: '/home/alice/private/empty.csv', bytes: new Uint8Array() }),
      'empty_file',
      /^"empty.csv" is empty/,
    );
  });
});

describe('choosing the worksheet', () => {
  async function coverThenPlan(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const cover = workbook.addWorksheet('说明');
    cover.addRow(['导出说明']);
    cover.addRow(['本文件由后台导出，请勿修改表头']);
    const plan = workbook.addWorksheet('内容计划');
    plan.addRow(['账号', '标题', '计划时间']);
    plan.addRow(['lime_store', '午场自播', '2025-08-06 12:00']);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  const aliases = { account: ['账号'], title: ['标题'], plannedAt: ['计划时间'] };

  it('reads the sheet whose headers the importer recognises, past a cover sheet', async () => {
    const table = await readTableFile({
      fileName: 'plan.xlsx',
      bytes: await coverThenPlan(),
      fieldAliases: aliases,
    });
    expect(table).toMatchObject({
      format: 'xlsx',
      sheetName: '内容计划',
      headers: ['账号', '标题', '计划时间'],
    });
    expect(table.rows).toHaveLength(1);
  });

  it('without aliases keeps reading the first sheet with data', async () => {
    const table = await readTableFile({ fileName: 'plan.xlsx', bytes: await coverThenPlan() });
    expect(table).toMatchObject({ sheetName: '说明' });
  });
});
