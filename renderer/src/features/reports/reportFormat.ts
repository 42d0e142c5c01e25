import dayjs from 'dayjs';
import i18n from 'i18next';
import {
  formatCount,
  formatDecimal,
  formatMoney,
  formatMoneyCompact,
  formatPercent,
} from '../../../../shared/format/number';
import { formatMoneyAt, type MoneyPlace } from '../../../../shared/format/moneyRule';
import type { Report } from '../../../../shared/reports/schema';

/**
 * The report is written in its own language, which may differ from the app's (an English report for a
 * Chinese UI): translations and number formats are bound to the report, not to the UI.
 */
export function reportFormat(language: Report['language']) {
  const t = i18n.getFixedT(language, 'reports');
  const common = i18n.getFixedT(language, 'common');
  const workspaces = i18n.getFixedT(language, 'workspaces');
  return {
    t,
    common,
    workspaces,
    count: (v: number | null | undefined) => formatCount(v, language),
    money: (fen: number | null | undefined) =>
      formatMoney(fen === null || fen === undefined ? fen : fen / 100, language),
    moneyCompact: (fen: number | null | undefined) =>
      formatMoneyCompact(fen === null || fen === undefined ? fen : fen / 100, language),
    yuan: (v: number | null | undefined) => formatMoney(v, language),
    /** Money by the money rule for its place (shared/format/moneyRule.ts); `fen` as the report stores it. */
    moneyAt: (place: MoneyPlace, fen: number | null | undefined) =>
      formatMoneyAt(place, fen === null || fen === undefined ? fen : fen / 100, language),
    yuanAt: (place: MoneyPlace, v: number | null | undefined) => formatMoneyAt(place, v, language),
    percent: (v: number | null | undefined) => formatPercent(v, language),
    decimal: (v: number | null | undefined, digits?: number) => formatDecimal(v, language, digits),
    date: (d: string | null | undefined) =>
      d ? dayjs(d).format(language === 'zh-CN' ? 'YYYY.MM.DD' : 'MMM D, YYYY') : '—',
    dateTime: (iso: string | null | undefined) =>
      iso ? dayjs(iso).format(language === 'zh-CN' ? 'YYYY.MM.DD HH:mm' : 'MMM D, YYYY HH:mm') : '—',
  };
}
export type ReportFormat = ReturnType<typeof reportFormat>;
