import { describe, expect, it } from 'vitest';
import { matchScore, prepareAudience, prepareTarget } from '../../shared/interest/match';
import { audienceColumns, NO_AUDIENCE, scoreColumns } from '../../shared/interest/matchColumns';
import { builtInBaseline, builtInInterestTagIds } from '../../shared/interest/taxonomy';
import { mulberry32 } from '../../shared/random';

describe('scoreColumns (the ranking’s column scorer)', () => {
  const tags = [...builtInInterestTagIds, 'custom.a', 'custom.b'];
  const baseline = builtInBaseline();
  const random = mulberry32(29);
  const pick = (n: number) => Array.from({ length: n }, () => tags[Math.floor(random() * tags.length)]!);
  const roster = Array.from({ length: 600 }, () => {
    if (random() < 0.1) return null;
    const interests: Record<string, number> = {};
    for (const tag of pick(Math.floor(random() * 30))) interests[tag] = random() < 0.05 ? -1 : random();
    return interests;
  });
  const columns = audienceColumns(roster.map((r) => (r ? prepareAudience(r) : null)));

  it('gives exactly matchScore’s score for every audience of a roster, over 60 random targets', () => {
    const scores = new Int16Array(roster.length);
    for (let n = 0; n < 60; n++) {
      const targetTags = pick(Math.floor(random() * 6));
      const weights =
        random() < 0.3 ? Object.fromEntries(targetTags.map((t) => [t, random() * 2 - 0.2])) : undefined;
      scoreColumns(columns, prepareTarget(targetTags, weights, baseline), scores);
      roster.forEach((interests, i) => {
        const expected =
          interests === null
            ? NO_AUDIENCE
            : matchScore({ interests, targetTags, baseline, ...(weights ? { targetWeights: weights } : {}) })
                .score;
        expect(scores[i], JSON.stringify({ interests, targetTags, weights })).toBe(expected);
      });
    }
  });

  it('marks members without a profile and scores an empty target 0', () => {
    const scores = new Int16Array(roster.length);
    scoreColumns(columns, prepareTarget([], undefined, baseline), scores);
    roster.forEach((interests, i) => expect(scores[i]).toBe(interests === null ? NO_AUDIENCE : 0));
  });
});
