/**
 * The content vocabularies as plain constants, with no zod: the calendar's first screen needs the status,
 * format and repeat-scope lists (its labels, filters and scope dialog) but none of `model.ts`'s schemas, which zod builds when the module
 * loads (issue 11 §8). `model.ts` builds its enums from these lists, so there is one source.
 */
export const contentFormats = ['short_video', 'live', 'image_text'] as const;
export type ContentFormat = (typeof contentFormats)[number];

/**
 * What a piece of content is for. seed 种草 and brand_story 品牌故事 are brand-building jobs; convert 转化,
 * self_broadcast 自播 and promotion 活动 are sales jobs (see guardrails.ts for the role rules).
 */
export const contentObjectives = ['seed', 'convert', 'brand_story', 'self_broadcast', 'promotion'] as const;
export type ContentObjective = (typeof contentObjectives)[number];

/** The stages an item that gets published goes through, in order (status.ts holds the moves between them). */
export const contentStatusPipeline = [
  'idea',
  'scripting',
  'filming',
  'editing',
  'review',
  'scheduled',
  'published',
] as const;
export const contentStatuses = [...contentStatusPipeline, 'cancelled'] as const;
export type ContentStatus = (typeof contentStatuses)[number];

/** Which occurrences an edit or a delete of one occurrence of a repeat applies to (series.ts). */
export const seriesScopes = ['this', 'following', 'all'] as const;
export type SeriesScope = (typeof seriesScopes)[number];
