import { useMemo } from 'react';
import dayjs from 'dayjs';
import {
  formatCount,
  formatDecimal,
  formatMoney,
  formatMoneyCompact,
  formatPercent,
} from '../../../shared/format/number';
import { useLanguage } from './language';

/** Locale-bound formatters for components: counts in 万/亿 for Chinese, ¥ money, dates. */
export function useFormat() {
  const { language } = useLanguage();
  return useMemo(
    () => ({
      language,
      count: (v: number | null | undefined) => formatCount(v, language),
      money: (v: number | null | undefined) => formatMoney(v, language),
      moneyCompact: (v: number | null | undefined) => formatMoneyCompact(v, language),
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
