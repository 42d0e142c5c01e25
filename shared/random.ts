/**
 * mulberry32: a tiny seeded pseudo-random generator (32-bit state, floats in [0, 1)). Not for secrets; for
 * samples, benchmarks and tests that must produce the same numbers on every run.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a text (a 31-based string hash), so a named sample is the same every time. */
export function seedFromText(text: string): number {
  let seed = 0;
  for (const ch of text) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
  return seed;
}
