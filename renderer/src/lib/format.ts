import { useMemo } from 'react';
import dayjs from 'dayjs';
import {
  formatCount,
  formatDecimal,
  formatMoney,
  formatMoneyCompact,
  formatPercent,
} from '../../../shared/format/number';
import { formatMoneyAt, formatMoneyFor, type MoneyPlace } from '../../../shared/format/moneyRule';
import { useLanguage } from './language';

/**
 * Locale-bound formatters for components: counts in 万/亿 for Chinese, ¥ money, dates.
 *
 * Money has ONE rule per context (shared/format/moneyRule.ts): `moneySummary` wherever a figure is read
 * at a glance (totals, KPI tiles, cards, chart labels: ¥180万), `moneyExact` wherever it is compared,
 * copied or edited (table cells, forms, offer terms: ¥1,800,000.00). `moneyAt(place, v)` names the place
 * (`moneyPlaces`: kpi, card, total, chart, sentence → summary; table, form, terms, preview → exact).
 * `money` / `moneyCompact` are the same two formats under their older names: use `moneyAt` instead.
 */
export function useFormat() {
  const { language } = useLanguage();
  return useMemo(
    () => ({
      language,
      count: (v: number | null | undefined) => formatCount(v, language),
      money: (v: number | null | undefined) => formatMoney(v, language),
      moneyCompact: (v: number | null | undefined) => formatMoneyCompact(v, language),
      moneySummary: (v: number | null | undefined) => formatMoneyFor('summary', v, language),
      moneyExact: (v: number | null | undefined) => formatMoneyFor('exact', v, language),
      moneyAt: (place: MoneyPlace, v: number | null | undefined) => formatMoneyAt(place, v, language),
      percent: (v: number | null | undefined) => formatPercent(v, language),
      decimal: (v: number | null | undefined, digits?: number) => formatDecimal(v, language, digits),
      date: (iso: string | null | undefined) =>
        iso ? dayjs(iso).format(language === 'zh-CN' ? 'YYYY.MM.DD' : 'MMM D, YYYY') : '—',
      dateTime: (iso: string | null | undefined) =>
        iso ? dayjs(iso).format(language === 'zh-CN' ? 'YYYY.MM.DD HH:mm' : 'MMM D, YYYY HH:mm') : '—',
    }),
    [language],
  );
}
