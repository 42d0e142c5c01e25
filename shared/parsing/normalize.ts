/**
 * Cell text as platform back-ends and Chinese Excel write it, reduced to a canonical form before parsing:
 * full-width characters (１２３，％，￥，Ｗ) become ASCII (NFKC), invisible characters are removed, and
 * surrounding whitespace (including the ideographic space and the tab some exports prepend to keep Excel
 * from reformatting numbers) is trimmed.
 */
export function normalizeCellText(text: string): string {
  return (
    text
      .normalize('NFKC')
      // Zero-width space/joiners and stray BOMs survive NFKC and would break every regex below.
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
      .trim()
  );
}

/**
 * Placeholders back-ends print when a metric has no value (not yet computed, hidden, not applicable).
 * They mean "missing", never zero. Compared after normalization and lower-casing.
 */
const missingMarkers = new Set([
  '',
  '-',
  '--',
  '---',
  '—',
  '——',
  '–',
  '/',
  'n/a',
  'na',
  'null',
  'none',
  'nan',
  '无',
  '暂无',
  '暂无数据',
  '未知',
]);

export function isMissingMarker(normalizedText: string): boolean {
  return missingMarkers.has(normalizedText.toLowerCase());
}
