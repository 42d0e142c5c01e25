/** Locale-aware reading of values exported by Chinese platform back-ends. */
export type { ParseResult } from './result';
export type { CellValue } from './cellValue';
export { parseCountCell } from './count';
export { parseMoneyCell } from './money';
export { detectBareNumberScale, parsePercentCell, type BareNumberScale } from './percent';
export { parseDateCell, parseDateTimeCell } from './date';
export { mapHeaders, type FieldAliases } from './headers';
export { headerMagnitude } from './magnitude';
