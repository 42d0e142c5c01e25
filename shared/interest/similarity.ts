/**
 * Cosine similarity of two sparse non-negative vectors keyed by tag id: 1 when the distributions have
 * the same shape, 0 when they share no tag or either is empty. Scale-free, so an audience whose shares
 * add up to 0.99 compares the same as one adding up to 1.
 */
export function cosineSimilarity(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  return cosineWithNorms(a, norm(a), b, norm(b));
}

/** The same cosine with both norms given: a ranking computes each audience's norm once, not per target. */
export function cosineWithNorms(
  a: ReadonlyMap<string, number>,
  normA: number,
  b: ReadonlyMap<string, number>,
  normB: number,
): number {
  let dot = 0;
  for (const [key, value] of a) dot += value * (b.get(key) ?? 0);
  const norms = normA * normB;
  if (norms === 0) return 0;
  // Rounding can push a perfect match a hair above 1.
  return Math.min(1, Math.max(0, dot / norms));
}

export function norm(v: ReadonlyMap<string, number>): number {
  let sumOfSquares = 0;
  for (const x of v.values()) sumOfSquares += x * x;
  return Math.sqrt(sumOfSquares);
}
