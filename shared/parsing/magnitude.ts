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

// A header's unit note: 播放量(万), 成交金额（万元）, 粉丝数(w), GMV(千元). NFKC has made the brackets ASCII.
const headerNote = /\(\s*(万亿|千万|百万|亿|万|千|w|k)\s*(?:元|次|人次|人|个|条|件|单|位)?\s*\)\s*$/i;
const headerPowers = new Map<string, number>();

/**
 * The magnitude a count or money column's header gives its bare numbers: `播放量(万)` holding 1.2 means
 * 12,000, as the sheet's author meant it. 0 when the header has no such note. A cell with a suffix of its
 * own (`1.2万`) keeps it: the note is not applied twice. Cached per header (read for every cell).
 */
export function headerMagnitude(header: string): number {
  let power = headerPowers.get(header);
  if (power === undefined) {
    const unit = headerNote.exec(header.normalize('NFKC'))?.[1]?.toLowerCase();
    power = magnitudeSuffixes.find((m) => m.suffix === unit)?.power ?? 0;
    headerPowers.set(header, power);
  }
  return power;
}
