import { interestTaxonomy, builtInInterestTagIds } from '../interest/taxonomy';
import { headerKey } from '../parsing/headers';

/**
 * Free tags from earlier features (products' and content's `tags`: 护肤, 美妆-彩妆, Skincare, #敏感肌) are
 * resolved to taxonomy ids here, so matching reads one vocabulary without rewriting what users typed.
 *
 * A tag resolves, in order, when it is: a tag id (`beauty.skincare`); a leaf label in either language
 * (护肤 / Skincare); `category-leaf` in any common separator (美妆-护肤, 美妆›护肤, 美妆/护肤); a category
 * label (美妆 → every beauty leaf: the brand targets the whole category); a custom tag of the workspace by
 * id or label. Anything else stays unmapped and is reported, never silently dropped or guessed.
 */
export interface CustomTagRef {
  id: string;
  label: string;
}

export interface ResolvedTags {
  /** Tag ids in first-seen order, without duplicates. */
  tagIds: string[];
  /** The free tags that matched nothing. */
  unmapped: string[];
}

const key = (text: string) => headerKey(text.replace(/^#+/, ''));

const leafByKey = new Map<string, string>();
const categoryByKey = new Map<string, string[]>();
for (const category of interestTaxonomy) {
  const leafIds = category.tags.map((t) => t.id);
  for (const label of [category.id, category.label['zh-CN'], category.label.en]) {
    categoryByKey.set(key(label), leafIds);
  }
  for (const tag of category.tags) {
    for (const label of [tag.id, tag.label['zh-CN'], tag.label.en]) {
      const k = key(label);
      // A leaf label shared by two categories (个人护理) stays with the first: ids disambiguate.
      if (!leafByKey.has(k)) leafByKey.set(k, tag.id);
    }
    for (const categoryLabel of [category.label['zh-CN'], category.label.en]) {
      for (const leafLabel of [tag.label['zh-CN'], tag.label.en]) {
        leafByKey.set(key(`${categoryLabel}${leafLabel}`), tag.id);
      }
    }
  }
}

export function resolveTag(text: string, customTags: readonly CustomTagRef[] = []): string[] {
  const trimmed = text.trim().replace(/^#+/, '');
  if (builtInInterestTagIds.has(trimmed)) return [trimmed];
  const custom = customTags.find((c) => c.id === trimmed || key(c.label) === key(trimmed));
  if (custom) return [custom.id];
  const k = key(trimmed);
  if (k === '') return [];
  const leaf = leafByKey.get(k);
  if (leaf) return [leaf];
  return categoryByKey.get(k) ?? [];
}

export function resolveTags(
  texts: readonly string[],
  customTags: readonly CustomTagRef[] = [],
): ResolvedTags {
  const tagIds: string[] = [];
  const seen = new Set<string>();
  const unmapped: string[] = [];
  for (const text of texts) {
    const ids = resolveTag(text, customTags);
    if (ids.length === 0) {
      if (text.trim() !== '') unmapped.push(text);
      continue;
    }
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      tagIds.push(id);
    }
  }
  return { tagIds, unmapped };
}

/** `custom.<slug>`: the label lower-cased with spaces as dashes; Chinese stays as written. */
export function customTagId(label: string): string {
  const slug = label
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^\p{L}\p{N}-]/gu, '');
  return `custom.${slug || 'tag'}`;
}
