import { classifyCell } from './cellValue';
import { decimalToNumber, parseDecimalLiteral, scaleDecimal, type DecimalDigits } from './decimal';
import { splitMagnitude } from './magnitude';
import { isMissingMarker, normalizeCellText } from './normalize';
import { parsed, parseFailure, quoteForMessage, shortenForMessage, type ParseResult } from './result';

/**
 * `12.3万`, `3.4w`, `541.2K`, `-1,234.5`, `１２３` as an exact decimal; null when it is not one.
 * A trailing `+` is dropped: back-ends show capped values as `10万+` / `10w+`, and the displayed floor is
 * the only figure the file holds.
 */
export function readScaledDecimal(normalizedText: string, columnPower = 0): DecimalDigits | null {
  const withoutPlus = normalizedText.endsWith('+') ? normalizedText.slice(0, -1).trimEnd() : normalizedText;
  const { number, power } = splitMagnitude(withoutPlus);
  const decimal = parseDecimalLiteral(number);
  // The cell's own suffix wins over its column's note (headerMagnitude): 1.2万 in a 播放量(万) column.
  return decimal ? scaleDecimal(decimal, power === 0 ? columnPower : power) : null;
}

/** A plain number with optional 万/亿/K/M (ratios such as ROI, durations); null for a missing marker. */
export function parseNumber(text: string): ParseResult<number | null> {
  const normalized = normalizeCellText(text);
  if (isMissingMarker(normalized)) return parsed(null);
  const decimal = readScaledDecimal(normalized);
  const value = decimal ? decimalToNumber(decimal) : NaN;
  if (!Number.isFinite(value)) {
    return parseFailure(
      `Couldn't read ${quoteForMessage(text)} as a number. Use a number such as 3.2 or 1,234.5.`,
      'number.invalid',
      { text: shortenForMessage(text) },
    );
  }
  return parsed(value);
}

/** `parseNumber` for a table cell: numeric XLSX cells pass through, text goes through `parseNumber`. */
export function parseNumberCell(value: unknown): ParseResult<number | null> {
  const cell = classifyCell(value);
  switch (cell.kind) {
    case 'missing':
      return parsed(null);
    case 'text':
      return parseNumber(cell.text);
    case 'number':
      return Number.isFinite(cell.number)
        ? parsed(cell.number)
        : parseFailure('The cell holds no valid number.', 'number.noValue');
    case 'date':
      return parseFailure('The cell holds a date, not a number.', 'number.isDate');
    case 'other':
      return parseFailure(`The cell holds ${cell.description}, not a number.`, 'number.otherType', {
        type: cell.description,
      });
  }
}
