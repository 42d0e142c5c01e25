/** Locale-aware reading of values exported by Chinese platform back-ends. */
export type { ParseResult } from './result';
export type { CellValue } from './cellValue';
export { parseNumber, parseNumberCell } from './number';
export { parseCount, parseCountCell, type CountOptions } from './count';
export { parseMoney, parseMoneyCell, type MoneyOptions } from './money';
export {
  detectBareNumberScale,
  parsePercent,
  parsePercentCell,
  type BareNumberScale,
  type PercentOptions,
} from './percent';
export { DEFAULT_IMPORT_TIME_ZONE, parseDate, parseDateCell, parseDateTime, parseDateTimeCell } from './date';
export { headerKey, mapHeaders, type FieldAliases, type HeaderMapping } from './headers';
