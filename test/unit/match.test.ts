import { describe, expect, it } from 'vitest';
import { customTagId, resolveTag, resolveTags } from '../../shared/domain/interestTags';
import { matchScore } from '../../shared/interest/match';
import { tgi } from '../../shared/interest/tgi';
import { builtInBaseline } from '../../shared/interest/taxonomy';

describe('match parts and TGI (hand-computed)', () => {
  const baseline = builtInBaseline();

  it('TGI is audience share ÷ platform share × 100 (DOMAIN.md: 8.9% ÷ 6.6%)', () => {
    expect(tgi(0.089, 0.066)).toBeCloseTo(134.85, 2);
    expect(tgi(0.066, 0.066)).toBe(100);
    expect(tgi(0.1, 0)).toBeNull();
  });

  it('two targets, one half-covered: similarity, coverage, set TGI and the score', () => {
    // Audience: skincare .5, makeup .3, cats .2. Targets: skincare, fragrance (uniform weights).
    // cos = (.5·1) / (√(.25+.09+.04) · √2) = .5 / (.61644 · 1.41421) = .57354
    // coverage = .5 + 0 = .5
    // set TGI = (.5 + 0) / (.066 + .004) × 100 = 714.29 → tgiScore 1
    // score = round(100 · (.4·.57354 + .4·.5 + .2·1)) = round(62.94) = 63
    const r = matchScore({
      interests: { 'beauty.skincare': 0.5, 'beauty.makeup': 0.3, 'pets.cats': 0.2 },
      targetTags: ['beauty.skincare', 'beauty.fragrance'],
      baseline,
    });
    expect(r.parts.similarity).toBeCloseTo(0.57354, 4);
    expect(r.parts.coverage).toBeCloseTo(0.5, 10);
    expect(r.explanation.targetTgi).toBeCloseTo(714.29, 1);
    expect(r.parts.tgiScore).toBe(1);
    expect(r.score).toBe(63);
    expect(r.explanation.topTags.map((tag) => tag.tag)).toEqual(['beauty.skincare', 'beauty.fragrance']);
    expect(r.explanation.topTags[1]).toMatchObject({ audienceShare: 0, tgi: 0 });
    expect(r.explanation.missingTags).toEqual(['beauty.fragrance']);
  });

  it('an audience exactly like the platform on the target scores TGI 100 → tgiScore 0.5', () => {
    const r = matchScore({
      interests: { 'pets.cats': 0.012, 'beauty.skincare': 0.988 },
      targetTags: ['pets.cats'],
      baseline,
    });
    expect(r.explanation.targetTgi).toBeCloseTo(100, 6);
    expect(r.parts.tgiScore).toBeCloseTo(0.5, 6);
  });

  it('no targets or no audience score 0 with a warning, never NaN', () => {
    expect(matchScore({ interests: { 'pets.cats': 1 }, targetTags: [], baseline })).toMatchObject({
      score: 0,
      explanation: { warnings: ['no_target_tags'] },
    });
    const empty = matchScore({ interests: {}, targetTags: ['pets.cats'], baseline });
    expect(empty.score).toBe(0);
    expect(empty.explanation.warnings).toContain('empty_audience');
  });
});

describe('free tags resolve to taxonomy ids', () => {
  it.each([
    ['beauty.skincare', ['beauty.skincare']],
    ['护肤', ['beauty.skincare']],
    ['#护肤', ['beauty.skincare']],
    ['Skincare', ['beauty.skincare']],
    ['美妆-彩妆', ['beauty.makeup']],
    ['美妆 › 彩妆', ['beauty.makeup']],
    ['美妆/香水', ['beauty.fragrance']],
    ['宠物', ['pets.cats', 'pets.dogs', 'pets.food', 'pets.supplies']],
    ['防晒', []],
  ])('%s → %j', (text, ids) => {
    expect(resolveTag(text)).toEqual(ids);
  });

  it('keeps unmapped tags aside and finds custom tags by label', () => {
    const custom = [{ id: customTagId('敏感肌'), label: '敏感肌' }];
    expect(resolveTags(['护肤', '敏感肌', '618', '护肤'], custom)).toEqual({
      tagIds: ['beauty.skincare', 'custom.敏感肌'],
      unmapped: ['618'],
    });
    expect(customTagId('Sensitive Skin!')).toBe('custom.sensitive-skin');
  });
});
