import { describe, expect, it } from 'vitest';
import { matchScore, matchScoreOnly, prepareAudience, prepareTarget } from '../../shared/interest/match';
import { builtInBaseline, builtInInterestTagIds } from '../../shared/interest/taxonomy';

/** mulberry32, seeded: the cases are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('matchScoreOnly (the ranking’s fast score)', () => {
  const tags = [...builtInInterestTagIds, 'custom.a', 'custom.b'];
  const baseline = builtInBaseline();
  const random = seeded(13);
  const pick = (n: number) => Array.from({ length: n }, () => tags[Math.floor(random() * tags.length)]!);

  it('gives exactly matchScore’s score for 2,000 random audiences and targets', () => {
    for (let i = 0; i < 2000; i++) {
      const interests: Record<string, number> = {};
      for (const tag of pick(1 + Math.floor(random() * 30))) interests[tag] = random() < 0.05 ? -1 : random();
      const targetTags = pick(Math.floor(random() * 5));
      const weights =
        random() < 0.3 ? Object.fromEntries(targetTags.map((t) => [t, random() * 2 - 0.2])) : undefined;
      const full = matchScore({
        interests,
        targetTags,
        baseline,
        ...(weights ? { targetWeights: weights } : {}),
      });
      const fast = matchScoreOnly(prepareAudience(interests), prepareTarget(targetTags, weights, baseline));
      expect(fast, JSON.stringify({ interests, targetTags, weights })).toBe(full.score);
    }
  });

  it('scores no target and an empty audience 0, as matchScore does', () => {
    expect(matchScoreOnly(prepareAudience({ 'custom.a': 1 }), prepareTarget([], undefined, baseline))).toBe(
      0,
    );
    expect(matchScoreOnly(prepareAudience({}), prepareTarget(['custom.a'], undefined, baseline))).toBe(0);
  });
});
