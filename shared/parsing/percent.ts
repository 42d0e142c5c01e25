import { classifyCell } from './cellValue';
import { decimalToNumber, parseDecimalLiteral, scaleDecimal } from './decimal';
import { isMissingMarker, normalizeCellText } from './normalize';
import { parsed, parseFailure, quoteForMessage, shortenForMessage, type ParseResult } from './result';

/**
 * How to read a number written without `%`.
 * - `fraction`: 0.125 means 12.5%. This is how Excel stores a %-formatted cell (exceljs hands over 0.125)
 *   and how most APIs and back-end exports write rates, so it is the default.
 * - `percent`: 12.5 means 12.5%, for columns headed like `完播率(%)` whose values carry no sign.
 *
 * The choice is made per column, never per value: guessing "≤ 1 is a fraction" per cell would read a
 * column holding 0.8 and 1.5 as 80% and 1.5%. Use `detectBareNumberScale` on a column's values when the
 * header does not say.
 */
export type BareNumberScale = 'fraction' | 'percent';

export interface PercentOptions {
  bareNumber?: BareNumberScale;
  /** Growth rates (环比 -12%) can be negative; shares and rates such as 完播率 cannot. */
  allowNegative?: boolean;
}

const percentHint = 'Use a percentage such as 12%, 12.5 % or a fraction such as 0.125.';

/** A percentage as a percent number: `12%` → 12, `12.5 %` → 12.5, `0.125` → 12.5 (fraction scale). */
export function parsePercent(text: string, options: PercentOptions = {}): ParseResult<number | null> {
  const normalized = normalizeCellText(text);
  if (isMissingMarker(normalized)) return parsed(null);
  const hasPercentSign = normalized.endsWith('%');
  const number = hasPercentSign ? normalized.slice(0, -1).trimEnd() : normalized;
  const decimal = parseDecimalLiteral(number);
  if (!decimal)
    return parseFailure(
      `Couldn't read ${quoteForMessage(text)} as a percentage. ${percentHint}`,
      'percent.invalid',
      {
        text: shortenForMessage(text),
      },
    );
  const isFraction = !hasPercentSign && (options.bareNumber ?? 'fraction') === 'fraction';
  const value = decimalToNumber(isFraction ? scaleDecimal(decimal, 2) : decimal);
  if (!Number.isFinite(value))
    return parseFailure(`${quoteForMessage(text)} is too large to be a percentage.`, 'percent.tooLarge', {
      text: shortenForMessage(text),
    });
  if (value < 0 && !options.allowNegative) {
    return parseFailure(
      `${quoteForMessage(text)} is negative, but this rate can't be below zero.`,
      'percent.negative',
      {
        text: shortenForMessage(text),
      },
    );
  }
  return parsed(value);
}

/** `parsePercent` for a table cell; numeric cells are bare numbers and follow `bareNumber`. */
export function parsePercentCell(value: unknown, options: PercentOptions = {}): ParseResult<number | null> {
  const cell = classifyCell(value);
  switch (cell.kind) {
    case 'missing':
      return parsed(null);
    case 'text':
      return parsePercent(cell.text, options);
    case 'number':
      return Number.isFinite(cell.number)
        ? parsePercent(String(cell.number), options)
        : parseFailure(`The cell holds no valid percentage. ${percentHint}`, 'percent.noValue');
    case 'date':
      return parseFailure('The cell holds a date, not a percentage.', 'percent.isDate');
    case 'other':
      return parseFailure(`The cell holds ${cell.description}, not a percentage.`, 'percent.otherType', {
        type: cell.description,
      });
  }
}

/**
 * Decides a column's scale from its values: any bare number above 1 in magnitude means the column is
 * written in percent (rates written as fractions rarely exceed 1); otherwise fractions. Values with `%`
 * and unreadable values do not vote. A column with only values ≤ 1 stays ambiguous in principle
 * (0.5 could be 0.5%), so callers should let the user override when the header gives no hint.
 */
export function detectBareNumberScale(values: readonly unknown[]): BareNumberScale {
  for (const value of values) {
    let magnitude: number | null = null;
    if (typeof value === 'number' && Number.isFinite(value)) magnitude = Math.abs(value);
    if (typeof value === 'string') {
      const normalized = normalizeCellText(value);
      const decimal = normalized.endsWith('%') ? null : parseDecimalLiteral(normalized);
      if (decimal) magnitude = Math.abs(decimalToNumber(decimal));
    }
    if (magnitude !== null && magnitude > 1) return 'percent';
  }
  return 'fraction';
}
