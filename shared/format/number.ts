/** UI locales MatrixDesk ships. */
export type UiLanguage = 'zh-CN' | 'en';

/*
 * Intl.NumberFormat is costly to build (locale data lookup) and cheap to reuse: a matrix card formats a dozen
 * figures and the first screen shows dozens of cards, so each language × options pair is built once.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

const trimZero = (s: string) => s.replace(/\.0+$/, '').replace(/(\.\d*?)0+$/, '$1');

/**
 * Counts as users read them: 12.3万 and 1.2亿 in Chinese (the way platform back-ends show them),
 * grouped digits (386,000) in English. Below 10,000 Chinese also shows grouped digits.
 */
export function formatCount(value: number | null | undefined, language: UiLanguage, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (language === 'zh-CN') {
    const abs = Math.abs(value);
    if (abs >= 1e8) return `${trimZero((value / 1e8).toFixed(digits))}亿`;
    if (abs >= 1e4) return `${trimZero((value / 1e4).toFixed(digits))}万`;
  }
  return numberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/** Money in yuan: always ¥ with two decimals and locale grouping. */
export function formatMoney(value: number | null | undefined, language: UiLanguage): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat(language, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** Large money for totals: ¥380万 / ¥1.2亿 in Chinese, ¥3.8M in English. */
export function formatMoneyCompact(value: number | null | undefined, language: UiLanguage): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (Math.abs(value) < 1e4) return formatMoney(value, language);
  if (language === 'zh-CN') return `¥${formatCount(value, language, 2)}`;
  return `¥${numberFormat('en', { notation: 'compact', maximumFractionDigits: 2 }).format(value)}`;
}

export function formatPercent(value: number | null | undefined, language: UiLanguage, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${numberFormat(language, { maximumFractionDigits: digits }).format(value)}%`;
}

export function formatDecimal(value: number | null | undefined, language: UiLanguage, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat(language, { maximumFractionDigits: digits }).format(value);
}

/**
 * Builds the formatters a first screen uses for `language` ahead of time: the first Intl.NumberFormat of a
 * locale loads its data (20–30 ms in a profile of the matrix's first render), which the renderer does while
 * its code downloads instead of in the first render (renderer/src/main.tsx).
 */
export function prepareNumberFormats(language: UiLanguage): void {
  formatCount(0, language);
  formatMoney(0, language);
  formatPercent(0, language);
}
