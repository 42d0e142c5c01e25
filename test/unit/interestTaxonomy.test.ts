import { describe, expect, it } from 'vitest';
import {
  builtInBaseline,
  builtInInterestTagIds,
  findInterestTag,
  interestTags,
  interestTaxonomy,
} from '../../shared/interest/taxonomy';

describe('interest taxonomy', () => {
  it('has 15+ categories and 80+ leaf tags with stable dotted ids', () => {
    expect(interestTaxonomy.length).toBeGreaterThanOrEqual(15);
    expect(interestTags.length).toBeGreaterThanOrEqual(80);
    for (const category of interestTaxonomy) {
      expect(category.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(category.tags.length).toBeGreaterThan(0);
      for (const tag of category.tags) {
        expect(tag.id).toMatch(new RegExp(`^${category.id}\\.[a-z0-9_]+$`));
        expect(tag.categoryId).toBe(category.id);
      }
    }
  });

  it('has unique ids', () => {
    expect(builtInInterestTagIds.size).toBe(interestTags.length);
    expect(new Set(interestTaxonomy.map((c) => c.id)).size).toBe(interestTaxonomy.length);
  });

  it('labels everything in zh-CN and English', () => {
    for (const item of [...interestTaxonomy, ...interestTags]) {
      expect(item.label['zh-CN'].trim()).not.toBe('');
      expect(item.label.en.trim()).not.toBe('');
      expect(item.label['zh-CN']).toMatch(/\p{Script=Han}/u);
    }
  });

  it('includes the categories brands ask for', () => {
    for (const id of [
      'beauty.skincare',
      'beauty.makeup',
      'beauty.fragrance',
      'fashion.womenswear',
      'pets.cats',
    ]) {
      expect(builtInInterestTagIds.has(id)).toBe(true);
    }
    expect(findInterestTag('beauty.skincare')?.label).toEqual({ 'zh-CN': '护肤', en: 'Skincare' });
    expect(findInterestTag('beauty.unknown')).toBeUndefined();
  });

  it('has positive baseline shares that sum to 1', () => {
    const total = interestTags.reduce((sum, t) => sum + t.baselineShare, 0);
    expect(total).toBeCloseTo(1, 9);
    for (const tag of interestTags) expect(tag.baselineShare).toBeGreaterThan(0);
    // The platform share used by DOMAIN.md's TGI example.
    expect(findInterestTag('beauty.skincare')?.baselineShare).toBe(0.066);
  });

  it('hands out a fresh, editable baseline', () => {
    const baseline = builtInBaseline();
    expect(Object.keys(baseline)).toHaveLength(interestTags.length);
    baseline['beauty.skincare'] = 0.5;
    expect(builtInBaseline()['beauty.skincare']).toBe(0.066);
  });
});
