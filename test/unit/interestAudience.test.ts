import { describe, expect, it } from 'vitest';
import { audienceProfileSchema, builtInAudienceProfileSchema } from '../../shared/interest/audience';
import { builtInInterestTagIds } from '../../shared/interest/taxonomy';

const validProfile = {
  interests: { 'beauty.skincare': 0.45, 'beauty.makeup': 0.3, 'fashion.womenswear': 0.25 },
  gender: { female: 0.82, male: 0.18 },
  ages: { '18-23': 0.2, '24-30': 0.38, '31-40': 0.27, '41-50': 0.1, '50+': 0.05 },
  regions: [
    { name: '广东', share: 0.14 },
    { name: '上海', share: 0.09 },
  ],
};

function messagesOf(input: unknown, schema = builtInAudienceProfileSchema): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('audienceProfileSchema', () => {
  it('accepts a valid profile', () => {
    expect(builtInAudienceProfileSchema.parse(validProfile)).toEqual(validProfile);
  });

  it('accepts sums within ±1 percentage point (rounded reports)', () => {
    const rounded = { ...validProfile, gender: { female: 0.826, male: 0.18 } };
    expect(messagesOf(rounded)).toEqual([]);
  });

  it('says what the interest shares add up to', () => {
    const profile = {
      ...validProfile,
      interests: { 'beauty.skincare': 0.45, 'beauty.makeup': 0.3, 'pets.cats': 0.22 },
    };
    expect(messagesOf(profile)).toEqual([
      'interests: Interest shares must add up to 100% (±1%); they add up to 97.0%',
    ]);
  });

  it('names unknown interest tags', () => {
    const profile = { ...validProfile, interests: { 'beauty.skincare': 0.75, 'beauty.skin_care': 0.25 } };
    expect(messagesOf(profile)).toEqual([
      'interests.beauty.skin_care: Unknown interest tag "beauty.skin_care"',
    ]);
  });

  it('accepts a workspace custom tag when it is passed in', () => {
    const schema = audienceProfileSchema([...builtInInterestTagIds, 'custom.hanfu']);
    const profile = { ...validProfile, interests: { 'beauty.skincare': 0.75, 'custom.hanfu': 0.25 } };
    expect(messagesOf(profile, schema)).toEqual([]);
    expect(messagesOf(profile)).toHaveLength(1);
  });

  it('checks gender and age sums and brackets', () => {
    expect(messagesOf({ ...validProfile, gender: { female: 0.6, male: 0.3 } })).toEqual([
      'gender: Gender shares must add up to 100% (±1%); they add up to 90.0%',
    ]);
    const ages = { '18-23': 0.5, '24-30': 0.5, '31-40': 0.1, '41-50': 0, '50+': 0 };
    expect(messagesOf({ ...validProfile, ages })).toEqual([
      'ages: Age shares must add up to 100% (±1%); they add up to 110.0%',
    ]);
    const missingBracket = { '18-23': 0.5, '24-30': 0.5, '31-40': 0, '41-50': 0 };
    expect(messagesOf({ ...validProfile, ages: missingBracket })[0]).toMatch(/^ages\.50\+/);
    expect(messagesOf({ ...validProfile, gender: { female: 0.5, male: 0.4, unknown: 0.1 } })).not.toEqual([]);
  });

  it('rejects shares outside 0..1', () => {
    const profile = { ...validProfile, gender: { female: 1.2, male: -0.2 } };
    expect(messagesOf(profile)).toEqual([
      "gender.female: A share can't be above 1 (100%)",
      "gender.male: A share can't be below 0",
    ]);
  });

  it('lets top regions add up to less than 100%, not more, and refuses duplicates', () => {
    expect(messagesOf({ ...validProfile, regions: [] })).toEqual([]);
    const tooMuch = [
      { name: '广东', share: 0.7 },
      { name: '浙江', share: 0.4 },
    ];
    expect(messagesOf({ ...validProfile, regions: tooMuch })).toEqual([
      "regions: Region shares can't add up to more than 100%; they add up to 110.0%",
    ]);
    const twice = [
      { name: '广东', share: 0.1 },
      { name: '广东', share: 0.1 },
    ];
    expect(messagesOf({ ...validProfile, regions: twice })).toEqual([
      'regions.1.name: Region "广东" is listed twice',
    ]);
  });
});
