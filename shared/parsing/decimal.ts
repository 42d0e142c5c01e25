/**
 * A decimal literal kept as its digits, so that scaling (12.3万) and rounding to fen (1.005 → 1.01) are
 * exact. Multiplying binary floats (12.3 * 10000 = 123000.00000000001) is what this avoids.
 */
export interface DecimalDigits {
  negative: boolean;
  /** Significant digits without sign or point, no leading zeros (`"0"` for zero). */
  digits: string;
  /** The value is `digits × 10^exponent`. */
  exponent: number;
}

// Thousands groups as exports write them: `1,234,567` or `1 234 567` (NFKC already turned no-break and
// thin spaces into plain spaces). One separator style per number; groups of exactly three digits, so a
// European decimal comma (`1,5`) is rejected instead of being misread as 15.
const groupedInteger = /^\d{1,3}(?:,\d{3})+$|^\d{1,3}(?: \d{3})+$/;
const literal = /^([+\-\u2212])?(\d[\d, ]*)?(?:\.(\d*))?(?:[eE]([+-]?\d{1,3}))?$/;

/** Reads `-1,234.50`, `1 234`, `.5`, `1.2E+5`; returns null for anything else. Input must be normalized. */
export function parseDecimalLiteral(text: string): DecimalDigits | null {
  const match = literal.exec(text);
  if (!match) return null;
  const [, sign, rawInteger = '', fraction = '', exponentText] = match;
  if (rawInteger === '' && fraction === '') return null;
  if (/[, ]/.test(rawInteger) && !groupedInteger.test(rawInteger)) return null;
  const integer = rawInteger.replace(/[, ]/g, '');
  const digits = (integer + fraction).replace(/^0+(?=\d)/, '');
  return {
    negative: sign !== undefined && sign !== '+' && /[1-9]/.test(digits),
    digits,
    exponent: Number(exponentText ?? 0) - fraction.length,
  };
}

/** Multiplies by 10^power exactly (万 = 4, 亿 = 8, K = 3). */
export function scaleDecimal(value: DecimalDigits, power: number): DecimalDigits {
  return { ...value, exponent: value.exponent + power };
}

/** The nearest double to the exact decimal value. */
export function decimalToNumber(value: DecimalDigits): number {
  const n = Number(`${value.negative ? '-' : ''}${value.digits}e${value.exponent}`);
  return n === 0 ? 0 : n; // no -0 in results
}

/**
 * Rounds half away from zero at `decimals` places on the exact digits (what users expect from a
 * spreadsheet: 2.5 → 3, 1.005 → 1.01), then converts.
 */
export function roundDecimal(value: DecimalDigits, decimals: number): number {
  const shift = value.exponent + decimals; // value × 10^decimals = digits × 10^shift
  let scaled: bigint;
  if (shift >= 0) {
    scaled = BigInt(value.digits) * 10n ** BigInt(shift);
  } else {
    const keep = value.digits.length + shift;
    const kept = keep > 0 ? BigInt(value.digits.slice(0, keep)) : 0n;
    const firstDropped = keep >= 0 ? (value.digits[keep] ?? '0') : '0';
    scaled = firstDropped >= '5' ? kept + 1n : kept;
  }
  const n = Number(`${value.negative ? '-' : ''}${scaled}e-${decimals}`);
  return n === 0 ? 0 : n;
}
