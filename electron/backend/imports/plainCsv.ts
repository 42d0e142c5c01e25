/**
 * CSV without a single quote character, as platform exports of numbers and dates are: records are lines
 * and cells are split at the delimiter, exactly as papaparse's own fast mode reads such text, without
 * its per-record result objects (a 500k-row export spends a good part of its import there).
 */
export const isPlainCsv = (text: string): boolean => text.indexOf('"') === -1;

/** The line ending papaparse would pick for quote-free text (its guessLineEndings over the first 1 MB). */
export function plainLineEnding(text: string): '\n' | '\r\n' | '\r' {
  const head = text.substring(0, 1024 * 1024);
  const r = head.split('\r');
  const n = head.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0]!.length < r[0]!.length)) return '\n';
  let withN = 0;
  for (const part of r) if (part[0] === '\n') withN++;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

/**
 * Calls `visit` with each record's 1-based number, cells and start in the text, the empty last one after
 * a final newline included.
 */
export function forEachPlainRecord(
  text: string,
  delimiter: string,
  visit: (recordIndex: number, cells: string[], start: number) => void,
): void {
  const newline = plainLineEnding(text);
  let start = 0;
  let recordIndex = 0;
  for (;;) {
    const end = text.indexOf(newline, start);
    const line = end === -1 ? text.substring(start) : text.substring(start, end);
    visit(++recordIndex, line.split(delimiter), start);
    if (end === -1) return;
    start = end + newline.length;
  }
}
