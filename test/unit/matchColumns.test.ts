import { describe, expect, it } from 'vitest';
import { matchScore, prepareAudience, prepareTarget } from '../../shared/interest/match';
import {
  audienceColumns,
  NO_AUDIENCE,
  placeAudience,
  scoreColumns,
} from '../../shared/interest/matchColumns';
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

  it('scores columns patched member by member (replaced, cleared, appended past capacity) as columns built afresh', () => {
    const patched = audienceColumns(roster.slice(0, 400).map((r) => (r ? prepareAudience(r) : null)));
    const final = [...roster];
    // Replace some members' audiences, clear others, give some a profile, then append the rest one by one.
    for (let i = 0; i < 400; i += 7) {
      final[i] = i % 3 === 0 ? null : (roster[(i * 13) % roster.length] ?? { 'beauty.skincare': 1 });
      placeAudience(patched, i, final[i] ? prepareAudience(final[i]!) : null);
    }
    for (let i = 400; i < roster.length; i++)
      placeAudience(patched, i, final[i] ? prepareAudience(final[i]!) : null);
    const fresh = audienceColumns(final.map((r) => (r ? prepareAudience(r) : null)));
    expect(patched.count).toBe(fresh.count);
    const a = new Int16Array(roster.length);
    const b = new Int16Array(roster.length);
    for (let n = 0; n < 30; n++) {
      const target = prepareTarget(pick(1 + Math.floor(random() * 5)), undefined, baseline);
      scoreColumns(patched, target, a);
      scoreColumns(fresh, target, b);
      expect([...a]).toEqual([...b]);
    }
  });
});
