import { describe, expect, it } from 'vitest';
import { formatMoneyFor } from '../../shared/format/moneyRule';

describe('one money rule per context', () => {
  it('summaries (totals, cards, KPIs) are compact in 万/亿 or K/M; exact under 10,000', () => {
    expect(formatMoneyFor('summary', 1_800_000, 'zh-CN')).toBe('¥180万');
    expect(formatMoneyFor('summary', 123_000_000, 'zh-CN')).toBe('¥1.23亿');
    expect(formatMoneyFor('summary', 1_800_000, 'en')).toBe('¥1.8M');
    expect(formatMoneyFor('summary', 9_999.5, 'zh-CN')).toBe('¥9,999.50');
  });

  it('exact values (tables, forms, terms) keep every fen', () => {
    expect(formatMoneyFor('exact', 1_500_000, 'zh-CN')).toBe('¥1,500,000.00');
    expect(formatMoneyFor('exact', 1_500_000, 'en')).toBe('¥1,500,000.00');
    expect(formatMoneyFor('exact', null, 'en')).toBe('—');
  });
});
