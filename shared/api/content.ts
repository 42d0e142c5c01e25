import { z } from 'zod';
import { defineMethods } from './define';
import { pageSchema } from './paging';
import { idSchema } from '../domain/ids';
import {
  contentExportInputSchema,
  contentItemFieldsSchema,
  contentItemSchema,
  contentItemUpdateSchema,
  contentListInputSchema,
  contentMoveSchema,
  contentPageInputSchema,
  contentSetStatusSchema,
  exportFileSchema,
} from '../content/model';
import {
  importCommitInputSchema,
  importCommitResultSchema,
  importPreviewInputSchema,
  importPreviewSchema,
} from '../content/importSchemas';
import {
  weekLoadInputSchema,
  weekLoadSchema,
  weekLoadsInputSchema,
  weekLoadsSchema,
} from '../content/weekLoad';
import { calendarItemsPayloadSchema } from '../content/calendarPayload';
import { contentArchiveInputSchema } from '../content/archive';

const byId = z.strictObject({ id: idSchema });

/** Content planning: items on the calendar, their guardrail warnings, bulk import and export. */
export const contentContract = defineMethods({
  /** Items of a range with their warnings, a page at a time (keyset on planned time and id). */
  'content.list': { input: contentPageInputSchema, output: pageSchema(contentItemSchema) },
  'content.get': { input: byId, output: contentItemSchema },
  /** content.list reduced to what the calendar and board draw; the drawer fetches the item (content.get). */
  'content.calendarItems': { input: contentListInputSchema, output: calendarItemsPayloadSchema },
  'content.create': { input: contentItemFieldsSchema, output: contentItemSchema },
  'content.update': { input: contentItemUpdateSchema, output: contentItemSchema },
  /** Reschedule (calendar drag): published items cannot move; live sessions may not overlap. */
  'content.move': { input: contentMoveSchema, output: contentItemSchema },
  'content.setStatus': { input: contentSetStatusSchema, output: contentItemSchema },
  'content.delete': { input: byId, output: z.object({ id: idSchema }) },
  /** Hides an item from the plan without deleting it (metrics and reports keep it); 撤销 through content.undo. */
  'content.archive': { input: contentArchiveInputSchema, output: contentItemSchema },
  /** Puts an archived item back on the plan. */
  'content.restore': { input: contentArchiveInputSchema, output: contentItemSchema },
  /** Pillars, owners and tags used before in the workspace, most used first: form suggestions. */
  'content.suggestions': {
    input: z.strictObject({ workspaceId: idSchema }),
    output: z.object({
      pillars: z.array(z.string()),
      owners: z.array(z.string()),
      tags: z.array(z.string()),
    }),
  },
  'content.importPreview': { input: importPreviewInputSchema, output: importPreviewSchema },
  'content.importCommit': { input: importCommitInputSchema, output: importCommitResultSchema },
  'content.exportCsv': { input: contentExportInputSchema, output: exportFileSchema },
  'content.exportIcs': { input: contentExportInputSchema, output: exportFileSchema },
  'calendar.weekLoad': { input: weekLoadInputSchema, output: weekLoadSchema },
  /** The week loads a calendar view shows, in one request and one query (was one call per week). */
  'calendar.weekLoads': { input: weekLoadsInputSchema, output: weekLoadsSchema },
});
