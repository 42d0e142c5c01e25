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

/**
 * Every place the UI shows money, and the context its rule gives it (components name the place through
 * `useFormat().moneyAt`, so a new screen picks a place, not a format).
 */
export const moneyPlaces = {
  /** KPI tiles and headline figures above a page or a section. */
  kpi: 'summary',
  /** Cards (an account card, a creator card). */
  card: 'summary',
  /** A total over a list or a period (offer totals, a report's period totals). */
  total: 'summary',
  /** Chart axes, tooltips and a chart's one-sentence aria summary. */
  chart: 'summary',
  /** A figure inside a sentence read at a glance (a diagnosis headline). */
  sentence: 'summary',
  /** Table cells, including a chart's table view: compared row by row. */
  table: 'exact',
  /** Form fields and the options of a form's pickers. */
  form: 'exact',
  /** Offer terms, their history and a file's verification: what is agreed to the fen. */
  terms: 'exact',
  /** Import previews: checked against the source file. */
  preview: 'exact',
} as const satisfies Record<string, MoneyContext>;
export type MoneyPlace = keyof typeof moneyPlaces;

export function formatMoneyAt(
  place: MoneyPlace,
  value: number | null | undefined,
  language: UiLanguage,
): string {
  return formatMoneyFor(moneyPlaces[place], value, language);
}
