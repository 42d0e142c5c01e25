import type { HandlerSlice } from '../handlers';
import type { contentContract } from '../../../shared/api/content';
import type { BackendContext } from '../context';
import { contentItemFieldsSchema } from '../../../shared/content/model';
import { canReschedule, transitionError } from '../../../shared/content/status';
import { invalidInput, invalidState, notFound } from '../errors';
import { itemWithWarnings, listRange, loadWorkspaceContext, readWorkspaceContext } from './context';
import { pageContent } from './listPage';
import { exportCsv, exportIcs } from './export';
import { commitImport, previewImport } from './import';
import {
  deleteItemRow,
  findItemRow,
  insertItem,
  rowValues,
  updateItem,
  type ContentRow,
  type ContentValues,
} from './repo';
import {
  checkAccount,
  checkLiveOverlap,
  checkProducts,
  invalidStatusChange,
  publishedCannotMove,
} from './validate';
import { weekLoad, weekLoads } from './weekLoad';
import { listCalendarItems } from './calendarItems';
import { contentSuggestions } from './suggestionsCache';
import { checkApprovalGate, markChangedApprovalsStale } from '../approvals/gate';
import { recordUndo } from '../contentSafety/undo';
import { archiveItem } from './archive';

function requireRow(ctx: BackendContext, id: string): ContentRow {
  const row = findItemRow(ctx.db, id);
  if (!row) throw notFound('Content item', id);
  return row;
}

/**
 * An archived item is off the plan and read-only until restored: an edit, a move or a status change would
 * change what the user cannot see on the calendar (and the drawer offers only 恢复).
 */
function requireEditableRow(ctx: BackendContext, id: string): ContentRow {
  const row = requireRow(ctx, id);
  if (row.archived_at !== null) {
    throw invalidState(`"${row.title}" is archived; restore it before changing it`, 'content.archived', {
      title: row.title,
    });
  }
  return row;
}

function sameValues(a: ContentValues, b: ContentValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export const contentHandlers = {
  'content.list': (filter, ctx) => {
    const wctx = readWorkspaceContext(ctx.db, filter.workspaceId);
    return pageContent(ctx.db, wctx, listRange(ctx.db, wctx, filter));
  },

  'content.get': ({ id }, ctx) => itemWithWarnings(ctx.db, requireRow(ctx, id).id),

  'content.calendarItems': (filter, ctx) => listCalendarItems(ctx.db, filter),

  'content.create': (fields, ctx) => {
    const wctx = loadWorkspaceContext(ctx.db, fields.workspaceId);
    checkAccount(wctx, fields.accountId, false);
    checkProducts(wctx, fields.productIds);
    // A published record without a time was published as planned.
    const values: ContentValues = {
      ...fields,
      publishedAt: fields.status === 'published' ? (fields.publishedAt ?? fields.plannedAt) : null,
    };
    checkApprovalGate(ctx.db, wctx.workspaceId, [
      { itemId: null, title: values.title, from: null, to: values.status },
    ]);
    const id = ctx.newId();
    ctx.db.transaction(() => {
      checkLiveOverlap(ctx.db, wctx, values);
      insertItem(ctx.db, id, values, 'manual', ctx.now().toISOString());
    })();
    return itemWithWarnings(ctx.db, id, wctx);
  },

  'content.update': ({ id, ...patch }, ctx) => {
    const row = requireEditableRow(ctx, id);
    const wctx = loadWorkspaceContext(ctx.db, row.workspace_id);
    const current = rowValues(row);
    const format = patch.format ?? current.format;
    const status = patch.status ?? current.status;
    const leavingPublished = current.status === 'published' && status !== 'published';
    const enteringPublished = current.status !== 'published' && status === 'published';
    const merged = contentItemFieldsSchema.parse({
      workspaceId: current.workspaceId,
      accountId: patch.accountId ?? current.accountId,
      title: patch.title ?? current.title,
      format,
      objective: patch.objective ?? current.objective,
      pillar: patch.pillar ?? current.pillar,
      status,
      plannedAt: patch.plannedAt ?? current.plannedAt,
      // Switching a live session to another format drops its duration unless one is sent explicitly.
      durationMinutes:
        patch.durationMinutes !== undefined
          ? patch.durationMinutes
          : format === 'live'
            ? current.durationMinutes
            : null,
      productIds: patch.productIds ?? current.productIds,
      tags: patch.tags ?? current.tags,
      owner: patch.owner ?? current.owner,
      brief: patch.brief ?? current.brief,
      publishedUrl:
        patch.publishedUrl !== undefined
          ? patch.publishedUrl
          : leavingPublished
            ? null
            : current.publishedUrl,
      publishedAt:
        patch.publishedAt !== undefined
          ? patch.publishedAt
          : leavingPublished
            ? null
            : enteringPublished
              ? ctx.now().toISOString()
              : current.publishedAt,
    });
    if (status !== current.status) {
      const error = transitionError(current.status, status, merged.format);
      if (error) throw invalidStatusChange(error, current.status, status);
    }
    if (current.status === 'published' && status === 'published' && merged.plannedAt !== current.plannedAt) {
      throw publishedCannotMove();
    }
    checkAccount(wctx, merged.accountId, merged.accountId === current.accountId);
    checkProducts(wctx, merged.productIds);
    if (sameValues(merged, current)) return itemWithWarnings(ctx.db, id, wctx);
    ctx.db.transaction(() => {
      checkLiveOverlap(ctx.db, wctx, merged, id);
      recordUndo(ctx, row, status !== current.status ? 'status' : 'edit');
      updateItem(ctx.db, id, merged, ctx.now().toISOString());
      markChangedApprovalsStale(ctx.db, [id], ctx.now().toISOString(), ctx.newId);
      // After the stale check, so an edit made together with the status change cannot ride on the old approval.
      checkApprovalGate(ctx.db, wctx.workspaceId, [
        { itemId: id, title: merged.title, from: current.status, to: status },
      ]);
    })();
    return itemWithWarnings(ctx.db, id, wctx);
  },

  'content.move': ({ id, plannedAt }, ctx) => {
    const row = requireEditableRow(ctx, id);
    if (!canReschedule(row.status)) throw publishedCannotMove();
    const wctx = loadWorkspaceContext(ctx.db, row.workspace_id);
    const next = { ...rowValues(row), plannedAt };
    if (plannedAt === row.planned_at) return itemWithWarnings(ctx.db, id, wctx);
    ctx.db.transaction(() => {
      checkLiveOverlap(ctx.db, wctx, next, id);
      recordUndo(ctx, row, 'move');
      updateItem(ctx.db, id, next, ctx.now().toISOString());
      markChangedApprovalsStale(ctx.db, [id], ctx.now().toISOString(), ctx.newId);
    })();
    return itemWithWarnings(ctx.db, id, wctx);
  },

  'content.setStatus': ({ id, status, publishedAt, publishedUrl }, ctx) => {
    const row = requireEditableRow(ctx, id);
    const current = rowValues(row);
    if (status !== 'published') {
      if (publishedUrl != null)
        throw invalidInput(
          ['publishedUrl'],
          'Only published items have a published URL',
          'field.publishedUrlOnly',
        );
      if (publishedAt != null)
        throw invalidInput(
          ['publishedAt'],
          'Only published items have a published time',
          'field.publishedAtOnly',
        );
    }
    const error = transitionError(current.status, status, current.format);
    if (error) throw invalidStatusChange(error, current.status, status);
    checkApprovalGate(ctx.db, row.workspace_id, [
      { itemId: id, title: row.title, from: current.status, to: status },
    ]);
    const wctx = loadWorkspaceContext(ctx.db, row.workspace_id);
    const next: ContentValues = { ...current, status };
    if (status === 'published') {
      next.publishedAt = publishedAt ?? current.publishedAt ?? ctx.now().toISOString();
      next.publishedUrl = publishedUrl !== undefined ? publishedUrl : current.publishedUrl;
    } else {
      next.publishedAt = null;
      next.publishedUrl = null;
    }
    if (sameValues(next, current)) return itemWithWarnings(ctx.db, id, wctx);
    ctx.db.transaction(() => {
      // Reopening a cancelled live session must not collide with one planned meanwhile.
      if (current.status === 'cancelled') checkLiveOverlap(ctx.db, wctx, next, id);
      recordUndo(ctx, row, 'status');
      updateItem(ctx.db, id, next, ctx.now().toISOString());
    })();
    return itemWithWarnings(ctx.db, id, wctx);
  },

  'content.delete': ({ id }, ctx) => {
    const row = requireRow(ctx, id);
    ctx.db.transaction(() => {
      // The item, its links and its approval history, so 撤销 can put it back under the same id.
      recordUndo(ctx, row, 'delete');
      if (!deleteItemRow(ctx.db, id)) throw notFound('Content item', id);
    })();
    return { id };
  },

  'content.archive': (input, ctx) => archiveItem(ctx, input, 'archive'),
  'content.restore': (input, ctx) => archiveItem(ctx, input, 'restore'),

  'content.suggestions': ({ workspaceId }, ctx) => {
    loadWorkspaceContext(ctx.db, workspaceId);
    return contentSuggestions(ctx.db, workspaceId);
  },

  'content.importPreview': (input, ctx) => previewImport(ctx, input),
  'content.importCommit': (input, ctx) => commitImport(ctx, input),
  'content.exportCsv': (input, ctx) => exportCsv(ctx, input),
  'content.exportIcs': (input, ctx) => exportIcs(ctx, input),
  'calendar.weekLoad': (input, ctx) => weekLoad(ctx, input),
  'calendar.weekLoads': (input, ctx) => weekLoads(ctx, input),
} satisfies HandlerSlice<typeof contentContract>;
