import { classifyCell } from './cellValue';
import { roundDecimal, type DecimalDigits } from './decimal';
import { isMissingMarker, normalizeCellText } from './normalize';
import { readScaledDecimal } from './number';
import { parsed, parseFailure, quoteForMessage, shortenForMessage, type ParseResult } from './result';

export interface CountOptions {
  /**
   * Counts are usually never negative (plays, likes). Net changes such as 涨粉 net follower change can be,
   * so callers importing those opt in.
   */
  allowNegative?: boolean;
  /** The power of ten the column's header gives bare numbers (播放量(万) → 4): see headerMagnitude. */
  columnPower?: number;
}

// Unit words back-ends append to counts: 12.3万次 plays, 1.2万人 viewers, 35条 comments, 8单 orders.
const countUnitWords = /(?:人次|次|人|个|条|件|单|位)$/;

const countHint = 'Use a whole number such as 1234, 1,234, 12.3万, 3.4w or 541.2K.';

/**
 * Plays, likes, followers and other counts as exports write them, rounded half away from zero to a whole
 * number (12.3万 → 123000, 541.2K → 541200, 1.2亿 → 120000000). `--`, `-` and blanks are missing (null).
 */
export function parseCount(text: string, options: CountOptions = {}): ParseResult<number | null> {
  const normalized = normalizeCellText(text);
  if (isMissingMarker(normalized)) return parsed(null);
  const decimal = readScaledDecimal(normalized.replace(countUnitWords, '').trimEnd(), options.columnPower);
  if (!decimal)
    return parseFailure(`Couldn't read ${quoteForMessage(text)} as a count. ${countHint}`, 'count.invalid', {
      text: shortenForMessage(text),
    });
  return checkCount(decimal, text, options);
}

/** `parseCount` for a table cell; numeric XLSX cells are rounded the same way. */
export function parseCountCell(value: unknown, options: CountOptions = {}): ParseResult<number | null> {
  const cell = classifyCell(value);
  switch (cell.kind) {
    case 'missing':
      return parsed(null);
    case 'text':
      return parseCount(cell.text, options);
    case 'number':
      return Number.isFinite(cell.number)
        ? parseCount(String(cell.number), options)
        : parseFailure(`The cell holds no valid count. ${countHint}`, 'count.noValue');
    case 'date':
      return parseFailure('The cell holds a date, not a count.', 'count.isDate');
    case 'other':
      return parseFailure(`The cell holds ${cell.description}, not a count.`, 'count.otherType', {
        type: cell.description,
      });
  }
}

function checkCount(decimal: DecimalDigits, text: string, options: CountOptions): ParseResult<number> {
  const value = roundDecimal(decimal, 0);
  if (!Number.isSafeInteger(value)) {
    return parseFailure(`${quoteForMessage(text)} is too large to be a count.`, 'count.tooLarge', {
      text: shortenForMessage(text),
    });
  }
  if (value < 0 && !options.allowNegative) {
    return parseFailure(
      `${quoteForMessage(text)} is negative, but a count can't be below zero.`,
      'count.negative',
      {
        text: shortenForMessage(text),
      },
    );
  }
  return parsed(value);
}
