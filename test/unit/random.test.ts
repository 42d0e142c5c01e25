import { describe, expect, it } from 'vitest';
import { mulberry32, seedFromText } from '../../shared/random';

/** The signed-state variant the sample and two benches used before they shared one generator. */
function signedVariant(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('mulberry32', () => {
  it('repeats per seed, differs across seeds, stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(mulberry32(43)()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(first).size).toBeGreaterThan(990);
  });

  it('gives the same numbers as the copies it replaced, so samples and benches are unchanged', () => {
    for (const seed of [1, 42, -7, 2 ** 31 + 5, seedFromText('旗舰店直播间')]) {
      const shared = mulberry32(seed);
      const old = signedVariant(seed);
      for (let i = 0; i < 200; i++) expect(shared()).toBe(old());
    }
  });
});
