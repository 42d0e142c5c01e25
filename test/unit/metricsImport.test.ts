import { describe, expect, it } from 'vitest';
import { parseImport, resolveMapping } from '../../electron/backend/metrics/parseImport';
import type { TableFile } from '../../electron/backend/imports/tableFile';
import { parseDateCell } from '../../shared/parsing';

const accounts = [
  { id: 'a1', handle: 'brand_store', displayName: '山茶花研旗舰店' },
  { id: 'a2', handle: 'Official', displayName: '官方号' },
];

function table(headers: string[], rows: (string | number | Date | null)[][]): TableFile {
  return {
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    headers,
    rows: rows.map((cells, i) => ({
      rowNumber: i + 2,
      cells: Object.fromEntries(headers.map((h, j) => [h, cells[j] ?? null])),
    })),
  };
}

const parse = (t: TableFile) =>
  parseImport(t, { granularity: 'auto', accounts, contentItems: [], timeZone: 'Asia/Shanghai' });

describe('metrics import: every number and date format users export', () => {
  it.each([
    ['1.2万', 12_000],
    ['3.4w', 34_000],
    ['3.4W', 34_000],
    ['541.2K', 541_200],
    ['1.4M', 1_400_000],
    ['1.2亿', 120_000_000],
    ['1,234', 1234],
    ['１２３', 123],
    ['12.3万次', 123_000],
    ['10w+', 100_000],
    [1234, 1234],
  ])('count %s → %d', (cell, expected) => {
    const out = parse(table(['日期', '账号', '播放量'], [['2025-08-06', 'brand_store', cell]]));
    expect(out.errors).toEqual([]);
    expect(out.rows[0]!.values.views).toBe(expected);
  });

  it.each([
    ['¥1,234.50', 1234.5],
    ['￥98000', 98_000],
    ['12.30元', 12.3],
    ['RMB 12', 12],
    ['1.2万', 12_000],
    [99.999, 100],
  ])('money %s → %d yuan', (cell, expected) => {
    const out = parse(table(['日期', '账号', '成交金额'], [['2025-08-06', 'brand_store', cell]]));
    expect(out.rows[0]!.values.gmv).toBe(expected);
  });

  it.each([
    ['2025.08.06', '2025-08-06'],
    ['2025/8/6', '2025-08-06'],
    ['2025-08-06 20:00', '2025-08-06'],
    ['2025年8月6日', '2025-08-06'],
    ['20250806', '2025-08-06'],
    ['45875', '2025-08-06'],
    [45875, '2025-08-06'],
    [new Date(Date.UTC(2025, 7, 6)), '2025-08-06'],
    ['2025-08-04 ~ 2025-08-10', '2025-08-04'],
    ['2025-08-05T23:30:00Z', '2025-08-06'],
  ])('date %s → %s', (cell, expected) => {
    const out = parse(table(['日期', '账号', '播放量'], [[cell, 'brand_store', 1]]));
    expect(out.errors).toEqual([]);
    expect(out.rows[0]!.date).toBe(expected);
  });

  it('reads ISO dates as the full date parser does, valid or not (leap days, months, years 1900–2999)', () => {
    const cells = ['2024-02-29', '2023-02-29', '2025-04-31', '2025-13-01', '2025-00-10'];
    cells.push('1900-01-01', '1899-12-31', '2999-12-31', '3000-01-01', '2025-08-06');
    const out = parse(
      table(
        ['日期', '账号', '播放量'],
        cells.map((cell) => [cell, 'brand_store', 1]),
      ),
    );
    const full = cells.map((cell) => parseDateCell(cell, 'Asia/Shanghai'));
    expect(out.rows.map((r) => r.date)).toEqual(full.map((r) => (r.ok ? r.value : null)));
    expect(out.errors.map((e) => e.code)).toEqual(full.flatMap((r) => (r.ok ? [] : [r.code])));
  });

  it.each([
    ['观看时长', '3600', 3600],
    ['观看时长', '1:02:03', 3723],
    ['观看时长', '12:30', 750],
    ['观看时长', '1小时2分3秒', 3723],
    ['观看时长(分钟)', '90', 5400],
    ['观看时长(小时)', '1.5', 5400],
  ])('watch time in %s: %s → %d s', (header, cell, expected) => {
    const out = parse(table(['日期', '账号', header], [['2025-08-06', 'brand_store', cell]]));
    expect(out.rows[0]!.values.watchTimeSeconds).toBe(expected);
  });

  it('matches accounts by handle (with @, any case) or display name; net follower losses are allowed', () => {
    const out = parse(
      table(
        ['日期', '账号', '涨粉'],
        [
          ['2025-08-06', '@BRAND_STORE', '-12'],
          ['2025-08-06', '官方号', '5'],
          ['2025-08-06', 'stranger', '5'],
        ],
      ),
    );
    expect(out.rows.map((r) => r.accountId)).toEqual(['a1', 'a2', null]);
    expect(out.rows[0]!.values.newFollowers).toBe(-12);
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatchObject({
      rowNumber: 4,
      field: 'account',
      column: '账号',
      value: 'stranger',
    });
  });

  it.each([
    ['an ambiguous date', '日期', '03/04/2025', 'ambiguous'],
    ['an impossible date', '日期', '2025-02-30', 'not a valid calendar date'],
    ['a negative count', '播放量', '-5', 'negative'],
    ['words for a number', '播放量', '很多', "Couldn't read"],
    ['a foreign currency', '成交金额', '$12', 'not in yuan'],
  ])('explains %s', (_label, column, value, message) => {
    const base = { 日期: '2025-08-06', 账号: 'brand_store', 播放量: '1', 成交金额: '¥1' } as Record<
      string,
      string
    >;
    base[column] = value;
    const headers = Object.keys(base);
    const out = parse(table(headers, [headers.map((h) => base[h]!)]));
    expect(out.rows[0]!.error).toBe(true);
    expect(out.errors[0]!.column).toBe(column);
    expect(out.errors[0]!.message).toContain(message);
  });

  it('maps Chinese and English headers, with units in brackets', () => {
    const { mapping, unmapped } = resolveMapping([
      'Date',
      'Account',
      'Plays',
      '点赞数',
      '评论',
      '分享',
      '收藏',
      '新增粉丝',
      '场观',
      '订单数',
      '成交金额（元）',
      'Watch Time',
      '备注',
    ]);
    expect(mapping).toMatchObject({
      date: 'Date',
      account: 'Account',
      views: 'Plays',
      likes: '点赞数',
      comments: '评论',
      shares: '分享',
      saves: '收藏',
      newFollowers: '新增粉丝',
      liveViewers: '场观',
      orders: '订单数',
      gmv: '成交金额（元）',
      watchTimeSeconds: 'Watch Time',
    });
    expect(unmapped).toEqual(['备注']);
  });

  it('reads weekly data as weeks: from the header, or from the spacing of dates', () => {
    const byHeader = parse(table(['周', '账号', '播放量'], [['2025-08-04', 'brand_store', 1]]));
    expect(byHeader.granularity).toBe('week');
    const bySpacing = parse(
      table(
        ['日期', '账号', '播放量'],
        [
          ['2025-08-04', 'brand_store', 1],
          ['2025-08-11', 'brand_store', 1],
          ['2025-08-18', 'brand_store', 1],
        ],
      ),
    );
    expect(bySpacing.granularity).toBe('week');
  });
});
