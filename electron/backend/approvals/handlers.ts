import type { HandlerSlice } from '../handlers';
import type { approvalsContract } from '../../../shared/api/approvals';
import { effectiveApprovalState } from '../../../shared/approvals/stateMachine';
import { invalidInput, notFound } from '../errors';
import { findItemRow } from '../content/repo';
import { requireWorkspace } from '../workspaces/guards';
import {
  approvalMode,
  approvalsFor,
  eventsFor,
  insertEvent,
  listApprovals,
  setApprovalMode,
  statesInRange,
} from './repo';
import { exportPack } from './pack';
import { importAnswers } from './answers';

/** `plannedAt|itemId` of the last row of a page. */
function parseCursor(cursor: string | undefined): { plannedAt: string; itemId: string } | null {
  if (!cursor) return null;
  const bar = cursor.indexOf('|');
  if (bar <= 0) throw invalidInput(['cursor'], 'Not a cursor from a previous page', 'paging.badCursor');
  return { plannedAt: cursor.slice(0, bar), itemId: cursor.slice(bar + 1) };
}

export const approvalHandlers = {
  'approvals.settings.get': ({ workspaceId }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    return { workspaceId, mode: approvalMode(ctx.db, workspaceId) };
  },

  'approvals.settings.set': ({ workspaceId, mode }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    setApprovalMode(ctx.db, workspaceId, mode, ctx.now().toISOString());
    return { workspaceId, mode };
  },

  'approvals.exportPack': (input, ctx) => exportPack(ctx, input),
  'approvals.importAnswers': (input, ctx) => importAnswers(ctx, input),

  'approvals.list': ({ workspaceId, states, cursor, limit }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    // One row past the page tells whether another page exists, so a page that is exactly full at the end
    // of the list carries no cursor and "load more" never brings an empty page.
    const { rows: fetched, total } = listApprovals(
      ctx.db,
      workspaceId,
      states,
      parseCursor(cursor),
      limit + 1,
    );
    const rows = fetched.slice(0, limit);
    const last = rows.at(-1);
    return {
      items: rows.map((r) => ({
        itemId: r.item_id,
        title: r.title,
        accountId: r.account_id,
        plannedAt: r.planned_at,
        status: r.status,
        state: r.state,
        reviewer: r.reviewer,
        decidedAt: r.answered_at,
        packId: r.pack_id,
        commentCount: r.comment_count,
        updatedAt: r.updated_at,
      })),
      nextCursor: fetched.length > limit && last ? `${last.planned_at}|${last.item_id}` : null,
      total,
    };
  },

  'approvals.states': ({ workspaceId, from, to }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    const mode = approvalMode(ctx.db, workspaceId);
    const fromIso = new Date(from).toISOString();
    const toIso = new Date(to).toISOString();
    if (toIso <= fromIso) throw invalidInput(['to'], 'Must be after from', 'approvals.rangeOrder');
    const items = statesInRange(ctx.db, workspaceId, fromIso, toIso).flatMap((r) => {
      const state = effectiveApprovalState(r.state, r.status);
      // With approvals off, only items actually sent for review carry a state.
      if (!state || (mode === 'off' && r.state === null)) return [];
      return [{ itemId: r.item_id, state }];
    });
    return { mode, items };
  },

  'approvals.item': ({ itemId }, ctx) => {
    const row = findItemRow(ctx.db, itemId);
    if (!row) throw notFound('Content item', itemId);
    const record = approvalsFor(ctx.db, [itemId]).get(itemId);
    return {
      itemId,
      title: row.title,
      state: effectiveApprovalState(record?.state ?? null, row.status),
      reviewer: record?.reviewer ?? null,
      decidedAt: record?.answered_at ?? null,
      events: eventsFor(ctx.db, itemId).map((e) => ({
        id: e.id,
        kind: e.kind,
        actor: e.actor,
        author: e.author,
        fromState: e.from_state,
        toState: e.to_state,
        comment: e.comment,
        packId: e.pack_id,
        revision: e.revision,
        at: e.at,
      })),
    };
  },

  /** Our reply in an item's thread; it travels to the client in the next pack. */
  'approvals.comment': ({ itemId, body, author }, ctx) => {
    const row = findItemRow(ctx.db, itemId);
    if (!row) throw notFound('Content item', itemId);
    const record = approvalsFor(ctx.db, [itemId]).get(itemId);
    const event = {
      id: ctx.newId(),
      itemId,
      workspaceId: row.workspace_id,
      kind: 'reply' as const,
      actor: 'agency' as const,
      author,
      fromState: record?.state ?? null,
      toState: record?.state ?? null,
      comment: body,
      packId: null,
      revision: row.revision,
      at: ctx.now().toISOString(),
    };
    insertEvent(ctx.db, event);
    const { itemId: _item, workspaceId: _ws, ...rest } = event;
    return rest;
  },
} satisfies HandlerSlice<typeof approvalsContract>;
