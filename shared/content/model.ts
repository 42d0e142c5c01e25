import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { isValidCivilDate, isValidTimeOfDay } from '../parsing/calendar';
import { tagListSchema } from '../domain/product';
import { contentWarningSchema } from './warnings';
import { schemaMessages } from '../api/issueCodes';
import { pageInputShape } from '../api/paging';
import {
  contentFormats,
  contentObjectives,
  contentStatuses,
  type ContentFormat,
  type ContentObjective,
  type ContentStatus,
} from './kinds';

// The lists live in kinds.ts (no zod) so the calendar's first screen can use them without building these schemas.
export { contentFormats, contentObjectives, contentStatuses } from './kinds';
export type { ContentFormat, ContentObjective, ContentStatus };
export const contentFormatSchema = z.enum(contentFormats);
export const contentObjectiveSchema = z.enum(contentObjectives);
export const contentStatusSchema = z.enum(contentStatuses);

/** A live session runs at most a day; anything longer is a typo (minutes typed as seconds). */
export const MAX_LIVE_MINUTES = 24 * 60;

const instantMessage = schemaMessages.instant;
const isoInstant =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/;

/** Milliseconds of an ISO 8601 date-time with an offset, or null when it is not one (or not a real date). */
export function parseIsoInstant(text: string): number | null {
  const m = isoInstant.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec = '0', frac = '', zone = 'Z'] = m;
  const date = { year: Number(y), month: Number(mo), day: Number(d) };
  if (!isValidCivilDate(date) || !isValidTimeOfDay(Number(h), Number(mi), Number(sec))) return null;
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || '0');
    if (hours > 14 || minutes > 59) return null;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
  }
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  return (
    Date.UTC(date.year, date.month - 1, date.day, Number(h), Number(mi), Number(sec), ms) -
    offsetMinutes * 60_000
  );
}

/**
 * An instant as the API takes it: ISO 8601 with an offset or Z (`2025-08-06T20:00:00+08:00`, `…T20:00+08:00`,
 * `…+0800`), normalised to UTC (`2025-08-06T12:00:00.000Z`), which is how it is stored and returned. A time
 * without an offset is refused: it would silently depend on the machine's zone.
 */
export const instantSchema = z
  .string(instantMessage)
  .trim()
  .refine((s) => parseIsoInstant(s) !== null, instantMessage)
  .transform((s) => new Date(parseIsoInstant(s)!).toISOString())
  .refine((s) => {
    const year = Number(s.slice(0, 4));
    return year >= 2000 && year <= 2100;
  }, 'Must be between the years 2000 and 2100');

export const durationMinutesSchema = z
  .number('Must be a number of minutes')
  .int('Must be whole minutes')
  .min(1, 'Must be at least 1 minute')
  .max(MAX_LIVE_MINUTES, `Must be at most ${MAX_LIVE_MINUTES} minutes (24 hours)`);

export const publishedUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((u) => /^https?:\/\/\S+$/i.test(u), 'Must be a web address starting with http:// or https://');

export const pillarSchema = z.string().trim().max(40, 'At most 40 characters');
export const ownerSchema = z.string().trim().max(40, 'At most 40 characters');
export const briefSchema = z.string().max(20_000, 'At most 20,000 characters');
export const titleSchema = z.string().trim().min(1, 'Required').max(100, 'At most 100 characters');

/** The editable fields of a content item, field by field (renderer forms use `.shape`). */
export const contentItemBaseSchema = z.strictObject({
  workspaceId: idSchema,
  accountId: idSchema,
  title: titleSchema,
  format: contentFormatSchema,
  objective: contentObjectiveSchema,
  pillar: pillarSchema.default(''),
  status: contentStatusSchema.default('idea'),
  plannedAt: instantSchema,
  durationMinutes: durationMinutesSchema.nullable().default(null),
  productIds: z
    .array(idSchema)
    .max(50, 'At most 50 products')
    .default([])
    .transform((ids) => [...new Set(ids)]),
  tags: tagListSchema.default([]),
  owner: ownerSchema.default(''),
  brief: briefSchema.default(''),
  publishedUrl: publishedUrlSchema.nullable().default(null),
  publishedAt: instantSchema.nullable().default(null),
});

export type ContentItemFieldIssue = { path: string; message: string };

/**
 * Rules that tie fields together, shared by create, update (after merging) and import so every entry
 * point reports the same message on the same field.
 */
export function contentItemCrossFieldIssues(fields: {
  format: ContentFormat;
  status: ContentStatus;
  durationMinutes: number | null;
  publishedUrl: string | null;
  publishedAt: string | null;
}): ContentItemFieldIssue[] {
  const issues: ContentItemFieldIssue[] = [];
  if (fields.format === 'live' && fields.durationMinutes === null) {
    issues.push({ path: 'durationMinutes', message: 'A live session needs a duration in minutes' });
  }
  if (fields.format !== 'live' && fields.durationMinutes !== null) {
    issues.push({
      path: 'durationMinutes',
      message: 'Only live sessions have a duration; leave it empty for short videos and image posts',
    });
  }
  if (fields.status !== 'published' && fields.publishedUrl !== null) {
    issues.push({ path: 'publishedUrl', message: 'Only published items have a published URL' });
  }
  if (fields.status !== 'published' && fields.publishedAt !== null) {
    issues.push({ path: 'publishedAt', message: 'Only published items have a published time' });
  }
  return issues;
}

export const contentItemFieldsSchema = contentItemBaseSchema.superRefine((fields, ctx) => {
  for (const issue of contentItemCrossFieldIssues(fields)) {
    ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message, input: fields });
  }
});

/**
 * A partial edit. Values are checked against the merged item by contentItemFieldsSchema, so messages name
 * the field; `null` clears a nullable field. Changing the status here follows the same transition rules as
 * content.setStatus.
 */
export const contentItemUpdateSchema = z.strictObject({
  id: idSchema,
  accountId: idSchema.optional(),
  title: z.string().optional(),
  format: contentFormatSchema.optional(),
  objective: contentObjectiveSchema.optional(),
  pillar: z.string().optional(),
  status: contentStatusSchema.optional(),
  plannedAt: z.string().optional(),
  durationMinutes: z.number().nullable().optional(),
  productIds: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  owner: z.string().optional(),
  brief: z.string().optional(),
  publishedUrl: z.string().nullable().optional(),
  publishedAt: z.string().nullable().optional(),
});

export const contentMoveSchema = z.strictObject({ id: idSchema, plannedAt: instantSchema });

export const contentSetStatusSchema = z.strictObject({
  id: idSchema,
  status: contentStatusSchema,
  /** Only with status 'published'; default: now. */
  publishedAt: instantSchema.nullable().optional(),
  publishedUrl: publishedUrlSchema.nullable().optional(),
});

export const contentItemSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  accountId: idSchema,
  title: z.string(),
  format: contentFormatSchema,
  objective: contentObjectiveSchema,
  pillar: z.string(),
  status: contentStatusSchema,
  plannedAt: z.string(),
  /** plannedAt + duration for live sessions; equal to plannedAt otherwise. */
  plannedEndAt: z.string(),
  durationMinutes: z.number().int().nullable(),
  productIds: z.array(idSchema),
  tags: z.array(z.string()),
  owner: z.string(),
  brief: z.string(),
  publishedUrl: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** The creator delivering this item (an accepted offer's deliverable); null for the brand's own posts. */
  creatorId: z.string().nullable(),
  source: z.string().nullable(),
  /** Increments on every change: the .ics SEQUENCE, so calendar apps take updates. */
  revision: z.number().int(),
  /** The repeating series this item is an occurrence of (`detached`: edited on its own), or null. */
  series: z
    .object({ id: idSchema, occurrenceAt: z.string(), detached: z.boolean() })
    .nullable()
    .default(null),
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * When the item was archived, or null. An archived item is hidden from the calendar, board and lists
   * unless asked for (`includeArchived`), has no warnings and raises none for other items; metrics and
   * reports keep it.
   */
  archivedAt: z.string().nullable(),
  warnings: z.array(contentWarningSchema),
});
export type ContentItem = z.infer<typeof contentItemSchema>;

const civilDate = /^\d{4}-\d{2}-\d{2}$/;
const rangeMessage = schemaMessages.rangeBound;
/**
 * A range bound: an instant (normalised to UTC), or a calendar date kept as `YYYY-MM-DD`, which the backend
 * reads as midnight in the workspace's time zone (so "August" is `2025-08-01` to `2025-09-01`).
 */
export const rangeBoundSchema = z
  .string(rangeMessage)
  .trim()
  .refine((s) => {
    if (!civilDate.test(s)) return parseIsoInstant(s) !== null;
    const [year, month, day] = s.split('-').map(Number) as [number, number, number];
    return isValidCivilDate({ year, month, day });
  }, rangeMessage)
  .transform((s) => (civilDate.test(s) ? s : new Date(parseIsoInstant(s)!).toISOString()));

export const isCivilDate = (s: string) => civilDate.test(s);

const listFilterShape = {
  workspaceId: idSchema,
  from: rangeBoundSchema,
  to: rangeBoundSchema,
  accountIds: z.array(idSchema).max(500).optional(),
  roles: z.array(z.enum(['brand', 'sales'])).optional(),
  statuses: z.array(contentStatusSchema).optional(),
  formats: z.array(contentFormatSchema).optional(),
  objectives: z.array(contentObjectiveSchema).optional(),
  productIds: z.array(idSchema).max(500).optional(),
  /** Title, pillar, owner or tag contains this text. */
  search: z.string().trim().max(100).optional(),
  /** Archived items too (shown muted); left out by default, in lists and exports alike. */
  includeArchived: z.boolean().optional(),
};

/** Checked here when both bounds are instants; the backend checks date bounds once it knows the zone. */
const rangeOrder = (maxDays: number) => (input: { from: string; to: string }, ctx: z.RefinementCtx) => {
  if (isCivilDate(input.from) || isCivilDate(input.to)) return;
  const span = Date.parse(input.to) - Date.parse(input.from);
  if (span <= 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Must be after from', input });
  else if (span > maxDays * 86_400_000) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `The range may span at most ${maxDays} days`,
      params: { code: 'field.rangeMax', maxDays },
      input,
    });
  }
};

/** Items whose time (or live session) falls within [from, to). */
export const MAX_LIST_DAYS = 400;
/** Items one content.list call returns at most; a wider range is refused with "narrow the range". */
export const MAX_LIST_ITEMS = 10_000;
export const MAX_EXPORT_DAYS = 3660;
export const contentListInputSchema = z.strictObject(listFilterShape).superRefine(rangeOrder(MAX_LIST_DAYS));
export type ContentListFilter = z.output<typeof contentListInputSchema>;
/** content.list: the range and filters plus a page; the range bounds what a call reads, the page what it returns. */
export const contentPageInputSchema = z
  .strictObject({ ...listFilterShape, ...pageInputShape })
  .superRefine(rangeOrder(MAX_LIST_DAYS));
export type ContentPageInput = z.output<typeof contentPageInputSchema>;

export const exportLanguageSchema = z.enum(['zh-CN', 'en']);
export const contentExportInputSchema = z
  .strictObject({ ...listFilterShape, language: exportLanguageSchema.default('zh-CN') })
  .superRefine(rangeOrder(MAX_EXPORT_DAYS));
export type ContentExportInput = z.output<typeof contentExportInputSchema>;

export const exportFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /**
   * The file as text (CSV with a UTF-8 BOM, or iCalendar), once: its bytes are this text in UTF-8. A second
   * base64 copy doubled every export (a year's .ics was 54 MB of JSON).
   */
  content: z.string(),
});
export type ExportFile = z.infer<typeof exportFileSchema>;
