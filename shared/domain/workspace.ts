import { z } from 'zod';
import { idSchema } from './ids';
import { nameSchema, notesSchema } from './text';

/** 行业类目 as the platforms' merchant back-ends group them. Keys are stable; labels live in i18n. */
export const industryCategories = [
  'beauty_personal_care',
  'apparel_bags',
  'food_beverage',
  'mother_baby',
  'digital_appliances',
  'home',
  'sports_outdoor',
  'jewelry_accessories',
  'health',
  'pets',
  'books_education',
  'local_services',
  'other',
] as const;
export const industryCategorySchema = z.enum(industryCategories);
export type IndustryCategory = z.infer<typeof industryCategorySchema>;

export const workspaceStages = ['new', 'growing', 'mature'] as const;
export const workspaceStageSchema = z.enum(workspaceStages);
export type WorkspaceStage = z.infer<typeof workspaceStageSchema>;

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
export const timeZoneSchema = z.string().refine(isValidTimeZone, 'Unknown time zone');

export const workspaceFieldsSchema = z.strictObject({
  name: nameSchema(60),
  industry: industryCategorySchema,
  stage: workspaceStageSchema.default('new'),
  notes: notesSchema,
  timeZone: timeZoneSchema.default(DEFAULT_TIME_ZONE),
  /** The brand name creators see on offers; empty = the workspace name (which may be internal). */
  creatorFacingName: z.string().trim().max(60, 'At most 60 characters').default(''),
});
export type WorkspaceFields = z.infer<typeof workspaceFieldsSchema>;
export type WorkspaceFieldsInput = z.input<typeof workspaceFieldsSchema>;

export const workspaceSchema = z.object({
  id: idSchema,
  name: z.string(),
  industry: industryCategorySchema,
  stage: workspaceStageSchema,
  notes: z.string(),
  timeZone: z.string(),
  creatorFacingName: z.string(),
  isSample: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Workspace = z.infer<typeof workspaceSchema>;

/** The name an offer shows the creator: the creator-facing name when set, else the workspace name. */
export function brandNameForCreators(workspace: Pick<Workspace, 'name' | 'creatorFacingName'>): string {
  return workspace.creatorFacingName.trim() || workspace.name;
}
