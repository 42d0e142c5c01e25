import { classifyCell } from './cellValue';
import { roundDecimal } from './decimal';
import { isMissingMarker, normalizeCellText } from './normalize';
import { readScaledDecimal } from './number';
import { parsed, parseFailure, quoteForMessage, shortenForMessage, type ParseResult } from './result';

export interface MoneyOptions {
  /** Refunds and adjustments can be negative; order values and prices cannot, so it is opt-in. */
  allowNegative?: boolean;
  /** The power of ten the column's header gives bare amounts (成交金额(万元) → 4): see headerMagnitude. */
  columnPower?: number;
}

// Yuan markers exports put around amounts. NFKC has already turned the full-width ￥ into ¥.
// On Chinese platforms ¥ always means CNY, never JPY.
const yuanPrefix = /^(?:¥|rmb|cny|人民币)\s*/i;
const yuanSuffix = /\s*(?:元|rmb|cny|人民币)$/i;
// Other currencies are refused rather than silently read as yuan.
const foreignCurrency = /\$|€|£|₩|usd|hkd|eur|gbp|jpy|美元|港币|港元|日元|欧元/i;

const moneyHint = 'Use yuan such as ¥1,234.50, 1234.5, 12.30元 or 1.2万.';

/**
 * An amount in yuan (`¥1,234.50`, `￥1234.5`, `RMB 12`, `12.30元`, `1.2万` = 12000), rounded half away from
 * zero to fen (two decimals): GPM and averages are often exported with more digits than money has.
 */
export function parseMoney(text: string, options: MoneyOptions = {}): ParseResult<number | null> {
  const normalized = normalizeCellText(text);
  if (isMissingMarker(normalized)) return parsed(null);
  if (foreignCurrency.test(normalized)) {
    return parseFailure(
      `${quoteForMessage(text)} is not in yuan. Only amounts in yuan (¥, RMB, 元) can be imported.`,
      'money.currency',
      { text: shortenForMessage(text) },
    );
  }
  // The sign may sit outside the symbol (-¥12) or inside it (¥-12).
  const sign = /^[-\u2212]/.test(normalized) ? '-' : '';
  const unsigned = sign ? normalized.slice(1).trimStart() : normalized;
  const bare = unsigned.replace(yuanPrefix, '').replace(yuanSuffix, '');
  const decimal = readScaledDecimal(sign + bare, options.columnPower);
  if (!decimal || bare.endsWith('+')) {
    return parseFailure(
      `Couldn't read ${quoteForMessage(text)} as an amount. ${moneyHint}`,
      'money.invalid',
      {
        text: shortenForMessage(text),
      },
    );
  }
  const value = roundDecimal(decimal, 2);
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER / 100) {
    return parseFailure(`${quoteForMessage(text)} is too large to be an amount.`, 'money.tooLarge', {
      text: shortenForMessage(text),
    });
  }
  if (value < 0 && !options.allowNegative) {
    return parseFailure(
      `${quoteForMessage(text)} is negative, but this amount can't be below zero.`,
      'money.negative',
      {
        text: shortenForMessage(text),
      },
    );
  }
  return parsed(value);
}

/** `parseMoney` for a table cell; numeric XLSX cells are taken as yuan and rounded to fen. */
export function parseMoneyCell(value: unknown, options: MoneyOptions = {}): ParseResult<number | null> {
  const cell = classifyCell(value);
  switch (cell.kind) {
    case 'missing':
      return parsed(null);
    case 'text':
      return parseMoney(cell.text, options);
    case 'number':
      return Number.isFinite(cell.number)
        ? parseMoney(String(cell.number), options)
        : parseFailure(`The cell holds no valid amount. ${moneyHint}`, 'money.noValue');
    case 'date':
      return parseFailure('The cell holds a date, not an amount.', 'money.isDate');
    case 'other':
      return parseFailure(`The cell holds ${cell.description}, not an amount.`, 'money.otherType', {
        type: cell.description,
      });
  }
}
