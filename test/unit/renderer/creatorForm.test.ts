import { describe, expect, it } from 'vitest';
import {
  audienceFromForm,
  audienceProblem,
  fieldsFromForm,
  toCreatorForm,
} from '../../../renderer/src/features/creators/creatorForm';

const creator = {
  id: 'c1',
  workspaceId: 'w1',
  displayName: '小茶',
  platform: 'douyin' as const,
  handle: 'xiaocha',
  followers: 120_000,
  categories: ['beauty_personal_care'],
  engagementRatePct: 4.2,
  medianViews: 30_000,
  avgGpm: 850,
  rateCard: {
    video1to20s: 8000,
    video21to60s: 12000,
    video60sPlus: null,
    liveSession: 30000,
    commissionPct: 20,
  },
  contact: 'wx: xiaocha',
  notes: '',
  audience: {
    interests: { 'beauty.skincare': 0.6, 'food.snacks': 0.4 },
    gender: { female: 0.7, male: 0.3 },
    ages: { '18-23': 0.2, '24-30': 0.4, '31-40': 0.25, '41-50': 0.1, '50+': 0.05 },
    regions: [{ name: '广东', share: 0.2 }],
  },
};

describe('creator form mapping (percentages in the form, fractions in the API)', () => {
  it('shows shares as percentages, largest interest first', () => {
    const form = toCreatorForm(creator as never);
    expect(form.audience.interests).toEqual([
      { tag: 'beauty.skincare', percent: 60 },
      { tag: 'food.snacks', percent: 40 },
    ]);
    expect([form.audience.female, form.audience.male]).toEqual([70, 30]);
    expect(form.audience.regions).toEqual([{ name: '广东', percent: 20 }]);
    expect(form.hasAudience).toBe(true);
  });

  it('round-trips a creator through the form unchanged', () => {
    const fields = fieldsFromForm(toCreatorForm(creator as never));
    expect(fields.rateCard).toEqual(creator.rateCard);
    expect(fields.audience).toEqual(creator.audience);
    expect(fields.followers).toBe(120_000);
  });

  it('starts a new creator with an even split and no audience sent until switched on', () => {
    const form = toCreatorForm(null);
    expect(form.hasAudience).toBe(false);
    expect(audienceFromForm(form)).toBeNull();
    expect(audienceProblem(form)).toBeNull();
    expect(Object.values(form.audience.ages).reduce<number>((sum, v) => sum + (v ?? 0), 0)).toBe(100);
  });

  it('adds up a tag entered twice and drops empty regions', () => {
    const form = toCreatorForm(creator as never);
    form.audience.interests = [
      { tag: 'beauty.skincare', percent: 30 },
      { tag: 'beauty.skincare', percent: 30 },
      { tag: 'food.snacks', percent: 40 },
    ];
    form.audience.regions = [
      { name: '  ', percent: 10 },
      { name: ' 浙江 ', percent: 15 },
    ];
    const audience = audienceFromForm(form) as { interests: Record<string, number>; regions: unknown[] };
    expect(audience.interests['beauty.skincare']).toBeCloseTo(0.6);
    expect(audience.regions).toEqual([{ name: '浙江', share: 0.15 }]);
  });

  it('reports shares that do not add up', () => {
    const form = toCreatorForm(creator as never);
    form.audience.interests = [{ tag: 'beauty.skincare', percent: 50 }];
    expect(audienceProblem(form)).not.toBeNull();
  });
});
