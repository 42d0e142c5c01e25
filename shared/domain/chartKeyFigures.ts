/**
 * The key figures a chart's text alternative reads out (issue 11 §7): a screen reader hears the total and the
 * peak instead of "chart". Pure, so each chart's sentence is built from the same numbers the table view lists.
 */

/** The sum of the known values, or null when there is none (a chart of gaps has no total, not a total of 0). */
export function totalOf(values: readonly (number | null | undefined)[]): number | null {
  let sum: number | null = null;
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) sum = (sum ?? 0) + v;
  return sum;
}

/** The mean of the known values, or null when there is none. */
export function averageOf(values: readonly (number | null | undefined)[]): number | null {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
}

/**
 * The item with the highest value; on a tie the first one wins (charts list their items in a meaningful
 * order, e.g. by date, so "the first day it peaked" is what the reader expects). Null when no item has a value.
 */
export function peakOf<T>(
  items: readonly T[],
  valueOf: (item: T) => number | null | undefined,
): { item: T; value: number } | null {
  let best: { item: T; value: number } | null = null;
  for (const item of items) {
    const value = valueOf(item);
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (best === null || value > best.value) best = { item, value };
  }
  return best;
}
