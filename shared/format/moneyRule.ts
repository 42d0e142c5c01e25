import { formatMoney, formatMoneyCompact, type UiLanguage } from './number';

/**
 * One money rule per context (issue 11 §6: the same fee read ¥180万 in a total and ¥1,800,000.00 on a
 * card). Where a figure is read at a glance it is compact; where it is compared, copied or edited it is
 * exact:
 * - `summary`: totals, KPI tiles, cards, chart labels and tooltips → ¥180万 / ¥1.8M (exact under 10,000);
 * - `exact`: table cells, form fields and previews, offer terms, file previews → ¥1,800,000.00.
 */
export type MoneyContext = 'summary' | 'exact';

export function formatMoneyFor(
  context: MoneyContext,
  value: number | null | undefined,
  language: UiLanguage,
): string {
  switch (context) {
    case 'summary':
      return formatMoneyCompact(value, language);
    case 'exact':
      return formatMoney(value, language);
  }
}
