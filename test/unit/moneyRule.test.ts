import { describe, expect, it } from 'vitest';
import { formatMoneyAt, formatMoneyFor, moneyPlaces } from '../../shared/format/moneyRule';

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

describe('money places', () => {
  // Kept here independently of the table: what the issue asks (summaries compact, the rest exact).
  const glance = ['kpi', 'card', 'total', 'chart', 'sentence'] as const;
  const exact = ['table', 'form', 'terms', 'preview'] as const;

  it('names every place exactly once', () => {
    expect(Object.keys(moneyPlaces).sort()).toEqual([...glance, ...exact].sort());
  });

  it.each(glance)('%s reads at a glance: compact', (place) => {
    expect(moneyPlaces[place]).toBe('summary');
    expect(formatMoneyAt(place, 1_800_000, 'zh-CN')).toBe('¥180万');
    expect(formatMoneyAt(place, 1_800_000, 'en')).toBe('¥1.8M');
  });

  it.each(exact)('%s is compared, copied or agreed: exact to the fen', (place) => {
    expect(moneyPlaces[place]).toBe('exact');
    expect(formatMoneyAt(place, 1_800_000, 'zh-CN')).toBe('¥1,800,000.00');
    expect(formatMoneyAt(place, 12.3, 'en')).toBe('¥12.30');
  });
});
