import { describe, expect, it } from 'vitest';
import { parseCount, parseCountCell } from '../../shared/parsing/count';
import { parseMoney, parseMoneyCell } from '../../shared/parsing/money';
import { parseNumber, parseNumberCell } from '../../shared/parsing/number';
import { detectBareNumberScale, parsePercent, parsePercentCell } from '../../shared/parsing/percent';
import { errorOf, valueOf } from './support/parseResult';

describe('parseCount', () => {
  it.each([
    ['12.3万', 123_000],
    ['1.2亿', 120_000_000],
    ['3.4w', 34_000],
    ['3.4W', 34_000],
    ['541.2K', 541_200],
    ['541.2k', 541_200],
    ['1.4M', 1_400_000],
    ['1,234', 1234],
    ['1,234,567', 1_234_567],
    ['1 234', 1234],
    ['1\u00a0234', 1234], // no-break space as thousands separator
    ['１２３', 123], // full-width digits
    ['１２．３万', 123_000],
    ['  4512 ', 4512],
    ['\t4512', 4512], // exports prepend a tab to keep Excel from reformatting
    ['0', 0],
    ['2.5', 3], // rounded half away from zero
    ['2.4', 2],
    ['12.3456万', 123_456],
    ['1.2千万', 12_000_000],
    ['10万+', 100_000], // capped display: the floor is all the file holds
    ['10w+', 100_000],
    ['1.2万次', 12_000],
    ['3,500人', 3500],
    ['1.5e3', 1500],
  ])('reads %j as %d', (text, expected) => {
    expect(valueOf(parseCount(text))).toBe(expected);
  });

  it.each(['', '   ', '-', '--', '—', '暂无', 'N/A', 'null'])('treats %j as missing', (text) => {
    expect(valueOf(parseCount(text))).toBeNull();
  });

  it.each(['abc', '12.3万万', '1,2', '1,23', '12,34,567', '1.2.3', '¥100', '12%', '万', '+'])(
    'rejects %j and names it in the message',
    (text) => {
      expect(errorOf(parseCount(text))).toContain(`"${text}"`);
    },
  );

  it('refuses negative counts unless asked', () => {
    expect(errorOf(parseCount('-120'))).toMatch(/negative/);
    expect(valueOf(parseCount('-120', { allowNegative: true }))).toBe(-120);
    expect(valueOf(parseCount('-1.2万', { allowNegative: true }))).toBe(-12_000);
  });

  it('refuses numbers beyond safe integers', () => {
    expect(errorOf(parseCount('1e20'))).toMatch(/too large/);
  });

  it('reads spreadsheet cells', () => {
    expect(valueOf(parseCountCell(123_456))).toBe(123_456);
    expect(valueOf(parseCountCell(12.5))).toBe(13);
    expect(valueOf(parseCountCell('12.3万'))).toBe(123_000);
    expect(valueOf(parseCountCell(null))).toBeNull();
    expect(valueOf(parseCountCell(undefined))).toBeNull();
    expect(errorOf(parseCountCell(new Date()))).toMatch(/date/);
    expect(errorOf(parseCountCell(Number.NaN))).toMatch(/no valid count/);
    expect(errorOf(parseCountCell(true))).toMatch(/TRUE/);
  });
});

describe('parseMoney', () => {
  it.each([
    ['¥1,234.50', 1234.5],
    ['￥1234.5', 1234.5],
    ['1.2万', 12_000],
    ['1.2万元', 12_000],
    ['¥3.8亿', 380_000_000],
    ['RMB 12', 12],
    ['rmb12', 12],
    ['CNY 99.9', 99.9],
    ['12.30元', 12.3],
    ['人民币 500', 500],
    ['1234', 1234],
    ['¥ 1 234.5', 1234.5],
    ['1.005', 1.01], // exact decimal rounding, not 1.00 as float math gives
    ['12.345', 12.35],
    ['0.004', 0],
    ['１２３．４５元', 123.45],
  ])('reads %j as %d yuan', (text, expected) => {
    expect(valueOf(parseMoney(text))).toBe(expected);
  });

  it.each(['', '--', '-'])('treats %j as missing', (text) => {
    expect(valueOf(parseMoney(text))).toBeNull();
  });

  it.each(['$12', 'US$12', '12 USD', '€5', 'HK$100', '12美元'])('rejects other currencies: %j', (text) => {
    expect(errorOf(parseMoney(text))).toMatch(/not in yuan/);
  });

  it.each(['abc', '¥', '12.3.4元', '10万+', '¥¥12'])('rejects %j', (text) => {
    expect(errorOf(parseMoney(text))).toContain(`"${text}"`);
  });

  it('handles signs on either side of the symbol when negatives are allowed', () => {
    expect(errorOf(parseMoney('-¥12'))).toMatch(/negative/);
    expect(valueOf(parseMoney('-¥12.5', { allowNegative: true }))).toBe(-12.5);
    expect(valueOf(parseMoney('¥-12.5', { allowNegative: true }))).toBe(-12.5);
  });

  it('reads spreadsheet cells', () => {
    expect(valueOf(parseMoneyCell(1234.567))).toBe(1234.57);
    expect(valueOf(parseMoneyCell('¥1,234.50'))).toBe(1234.5);
    expect(valueOf(parseMoneyCell(null))).toBeNull();
    expect(errorOf(parseMoneyCell(new Date()))).toMatch(/date/);
  });
});

describe('parsePercent', () => {
  it.each([
    ['12%', 12],
    ['12.5 %', 12.5],
    ['12.5％', 12.5], // full-width percent sign
    ['0%', 0],
    ['100%', 100],
    ['0.125', 12.5], // bare numbers are fractions by default
    ['0.07', 7], // exact: not 7.000000000000001
    ['1', 100],
    ['0.5%', 0.5], // an explicit % is never rescaled
  ])('reads %j as %d percent', (text, expected) => {
    expect(valueOf(parsePercent(text))).toBe(expected);
  });

  it('reads bare numbers as percent when the column says so', () => {
    expect(valueOf(parsePercent('12.5', { bareNumber: 'percent' }))).toBe(12.5);
    expect(valueOf(parsePercent('0.5', { bareNumber: 'percent' }))).toBe(0.5);
    expect(valueOf(parsePercent('35.2%', { bareNumber: 'percent' }))).toBe(35.2);
  });

  it('handles missing values, rejections and negatives', () => {
    expect(valueOf(parsePercent('--'))).toBeNull();
    expect(errorOf(parsePercent('abc'))).toContain('"abc"');
    expect(errorOf(parsePercent('12%%'))).toContain('"12%%"');
    expect(errorOf(parsePercent('-12%'))).toMatch(/negative/);
    expect(valueOf(parsePercent('-12%', { allowNegative: true }))).toBe(-12);
  });

  it('reads %-formatted XLSX cells, which arrive as fractions', () => {
    expect(valueOf(parsePercentCell(0.352))).toBe(35.2);
    expect(valueOf(parsePercentCell(35.2, { bareNumber: 'percent' }))).toBe(35.2);
    expect(valueOf(parsePercentCell('35.2%'))).toBe(35.2);
    expect(valueOf(parsePercentCell(null))).toBeNull();
  });

  it('decides a column scale from all its values, not per value', () => {
    expect(detectBareNumberScale([0.12, '0.8', '--', null])).toBe('fraction');
    expect(detectBareNumberScale(['0.8', '1.5', '0.3'])).toBe('percent');
    expect(detectBareNumberScale([12.5, 0.4])).toBe('percent');
    expect(detectBareNumberScale(['150%', '0.5'])).toBe('fraction'); // values with % do not vote
    expect(detectBareNumberScale([])).toBe('fraction');
  });
});

describe('parseNumber', () => {
  it('reads plain and scaled numbers without rounding', () => {
    expect(valueOf(parseNumber('3.25'))).toBe(3.25);
    expect(valueOf(parseNumber('-0.5'))).toBe(-0.5);
    expect(valueOf(parseNumber('1,234.567'))).toBe(1234.567);
    expect(valueOf(parseNumber('1.2万'))).toBe(12_000);
    expect(valueOf(parseNumber('--'))).toBeNull();
    expect(errorOf(parseNumber('3.2x'))).toContain('"3.2x"');
  });

  it('reads cells', () => {
    expect(valueOf(parseNumberCell(3.25))).toBe(3.25);
    expect(valueOf(parseNumberCell('１.５'))).toBe(1.5);
    expect(valueOf(parseNumberCell(null))).toBeNull();
    expect(errorOf(parseNumberCell(Number.POSITIVE_INFINITY))).toMatch(/no valid number/);
  });

  it('shortens very long offending text in messages', () => {
    const message = errorOf(parseNumber('x'.repeat(200)));
    expect(message.length).toBeLessThan(140);
    expect(message).toContain('…');
  });
});
