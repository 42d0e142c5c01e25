import { describe, expect, it } from 'vitest';
import { formatCount, formatMoney, formatMoneyCompact, formatPercent } from '../../shared/format/number';

describe('formatCount', () => {
  it('uses 万 and 亿 for large Chinese counts', () => {
    expect(formatCount(123_000, 'zh-CN')).toBe('12.3万');
    expect(formatCount(120_000_000, 'zh-CN')).toBe('1.2亿');
    expect(formatCount(100_000, 'zh-CN')).toBe('10万');
    expect(formatCount(9_999, 'zh-CN')).toBe('9,999');
    expect(formatCount(386_000, 'zh-CN')).toBe('38.6万');
  });
  it('groups digits in English', () => {
    expect(formatCount(386_000, 'en')).toBe('386,000');
    expect(formatCount(1_234_567, 'en')).toBe('1,234,567');
  });
  it('shows a dash for missing values', () => {
    expect(formatCount(null, 'en')).toBe('—');
    expect(formatCount(Number.NaN, 'zh-CN')).toBe('—');
  });
});

describe('formatMoney', () => {
  it('always shows ¥ with two decimals', () => {
    expect(formatMoney(3_800_000, 'zh-CN')).toBe('¥3,800,000.00');
    expect(formatMoney(1250.5, 'en')).toBe('¥1,250.50');
  });
  it('compacts large totals by locale', () => {
    expect(formatMoneyCompact(3_800_000, 'zh-CN')).toBe('¥380万');
    expect(formatMoneyCompact(3_800_000, 'en')).toBe('¥3.8M');
    expect(formatMoneyCompact(999, 'en')).toBe('¥999.00');
  });
});

it('formats percentages', () => {
  expect(formatPercent(4.5, 'en')).toBe('4.5%');
  expect(formatPercent(12, 'zh-CN')).toBe('12%');
});
