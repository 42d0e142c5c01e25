/**
 * k-th smallest value (0-based) by quickselect, in O(n) on average. Interval bands need only two order
 * statistics per horizon step; fully sorting every step's errors was the engine's single largest cost.
 * Reorders `values` in place: pass a scratch copy.
 */
export function kthSmallest(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  if (right < 0) return NaN;
  const target = Math.min(Math.max(k, 0), right);
  while (right > left) {
    // Median-of-three pivot keeps already-sorted input (common for errors on a trend) from going O(n²).
    const mid = (left + right) >> 1;
    const a = values[left] ?? 0;
    const b = values[mid] ?? 0;
    const c = values[right] ?? 0;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) right = j;
    else if (target >= i) left = i;
    else return values[target] ?? 0;
  }
  return values[target] ?? 0;
}
