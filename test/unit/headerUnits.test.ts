import { describe, expect, it } from 'vitest';
import { parseCountCell, parseMoneyCell } from '../../shared/parsing';
import { headerMagnitude } from '../../shared/parsing/magnitude';

describe('a unit note in a column header', () => {
  it.each([
    ['播放量(万)', 4],
    ['成交金额（万元）', 4],
    ['粉丝数 (w)', 4],
    ['观看人次(万人次)', 4],
    ['GMV(千元)', 3],
    ['曝光(k)', 3],
    ['销售额(亿元)', 8],
    ['成交金额(元)', 0],
    ['播放量', 0],
    ['完播率(%)', 0],
    ['时长(m)', 0],
    ['(万)播放量', 0],
  ])('%s scales bare numbers by 10^%i', (header, power) => {
    expect(headerMagnitude(header)).toBe(power);
  });

  it('scales bare counts and amounts, never a cell with its own suffix twice', () => {
    const power = headerMagnitude('播放量(万)');
    expect(parseCountCell('1.2', { columnPower: power })).toEqual({ ok: true, value: 12_000 });
    expect(parseCountCell(3, { columnPower: power })).toEqual({ ok: true, value: 30_000 });
    expect(parseCountCell('1.2万', { columnPower: power })).toEqual({ ok: true, value: 12_000 });
    expect(parseCountCell('-', { columnPower: power })).toEqual({ ok: true, value: null });
    expect(parseMoneyCell('¥0.35', { columnPower: 4 })).toEqual({ ok: true, value: 3_500 });
    expect(parseMoneyCell('1.23456', { columnPower: 4 })).toEqual({ ok: true, value: 12_345.6 });
    expect(parseCountCell('1.2')).toEqual({ ok: true, value: 1 });
  });
});
