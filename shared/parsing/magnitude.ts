/**
 * Magnitude suffixes on large numbers. Chinese back-ends write 万 (10⁴) and 亿 (10⁸); web exports and
 * creator tools abbreviate 万 as w/W and use K/M/B. Longest first so 千万 is not read as 千 + 万.
 * Latin suffixes are matched case-insensitively: exports write both 541.2K and 541.2k.
 */
const magnitudeSuffixes: readonly { suffix: string; power: number }[] = [
  { suffix: '万亿', power: 12 },
  { suffix: '千万', power: 7 },
  { suffix: '百万', power: 6 },
  { suffix: '亿', power: 8 },
  { suffix: '万', power: 4 },
  { suffix: '千', power: 3 },
  { suffix: 'w', power: 4 },
  { suffix: 'k', power: 3 },
  { suffix: 'm', power: 6 },
  { suffix: 'b', power: 9 },
];

/** Splits `12.3万` into `{ number: '12.3', power: 4 }`; text without a suffix has power 0. */
export function splitMagnitude(normalizedText: string): { number: string; power: number } {
  const lower = normalizedText.toLowerCase();
  for (const { suffix, power } of magnitudeSuffixes) {
    if (lower.endsWith(suffix)) {
      return { number: normalizedText.slice(0, -suffix.length).trimEnd(), power };
    }
  }
  return { number: normalizedText, power: 0 };
}
