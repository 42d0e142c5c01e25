import type { BackendContext } from '../context';
import type { ContentItem } from '../../../shared/content/model';
import { UNDO_KEEP_MS, type ContentUndoKind } from '../../../shared/content/undo';
import { approvalsFor } from '../approvals/repo';
import { checkApprovalGate } from '../approvals/gate';
import { itemWithWarnings, loadWorkspaceContext } from '../content/context';
import { findItemRow, rowValues, updateItem, type ContentRow } from '../content/repo';
import { writeArchivedAt } from '../content/archiveRepo';
import { checkAccount, checkLiveOverlap, checkProducts } from '../content/validate';
import { conflict, invalidState } from '../errors';
import {
  deleteApproval,
  deleteUndo,
  deliverablesRelinked,
  existingProductIds,
  findUndo,
  insertUndo,
  linksOf,
  pruneUndo,
  restoreApproval,
  restoreDeletedRow,
  rowMeta,
  type UndoSnapshot,
} from './repo';

/**
 * Keeps the state of `row` before an action so 撤销 can put it back. Call inside the action's transaction,
 * before its write. The record is keyed by the revision the item has after the action: updates bump it by
 * one; a delete keeps the revision the item had.
 */
export function recordUndo(ctx: BackendContext, row: ContentRow, kind: ContentUndoKind): void {
  const now = ctx.now();
  pruneUndo(ctx.db, new Date(now.getTime() - UNDO_KEEP_MS).toISOString());
  const snapshot: UndoSnapshot = {
    values: rowValues(row),
    meta: rowMeta(row),
    approval: approvalsFor(ctx.db, [row.id]).get(row.id) ?? null,
    ...(kind === 'delete' ? { links: linksOf(ctx.db, row.id) } : {}),
  };
  insertUndo(ctx.db, {
    id: ctx.newId(),
    workspace_id: row.workspace_id,
    item_id: row.id,
    kind,
    revision: kind === 'delete' ? row.revision : row.revision + 1,
    before_json: JSON.stringify(snapshot),
    created_at: now.toISOString(),
  });
}

const unavailable = () =>
  invalidState(
    'There is nothing to undo for this item any more (undo is kept for an hour after the action)',
    'contentUndo.unavailable',
  );

const changedMeanwhile = (title: string) =>
  conflict(
    ['revision'],
    `"${title}" changed after this action; undo would overwrite that change, so nothing was undone`,
    'contentUndo.changed',
    { title },
  );

/** Puts an item back as it was before the action that left it at `revision`. All or nothing. */
export function undoAction(
  ctx: BackendContext,
  input: { id: string; revision: number },
): { kind: ContentUndoKind; item: ContentItem } {
  const record = findUndo(ctx.db, input.id, input.revision);
  if (!record) throw unavailable();
  const snapshot = JSON.parse(record.before_json) as UndoSnapshot;
  const { values } = snapshot;
  const row = findItemRow(ctx.db, input.id);
  const wctx = loadWorkspaceContext(ctx.db, record.workspace_id);
  if (record.kind === 'delete') {
    if (row) throw changedMeanwhile(row.title);
    checkAccount(wctx, values.accountId, true);
    const present = existingProductIds(ctx.db, values.workspaceId, values.productIds);
    const gone = values.productIds.filter((id) => !present.has(id));
    if (gone.length > 0) {
      throw invalidState(
        `"${values.title}" linked ${gone.length} product(s) deleted since; it cannot come back as it was`,
        'contentUndo.productGone',
        { title: values.title, count: gone.length },
      );
    }
    if (deliverablesRelinked(ctx.db, snapshot.links?.deliverableIds ?? []) > 0) {
      throw changedMeanwhile(values.title);
    }
    ctx.db.transaction(() => {
      if (snapshot.meta.creator_id === null) checkLiveOverlap(ctx.db, wctx, values);
      restoreDeletedRow(ctx.db, input.id, snapshot);
      deleteUndo(ctx.db, record.id);
    })();
  } else {
    if (!row) throw invalidState(`The item was deleted since; there is nothing to undo`, 'contentUndo.gone');
    // Undoing an archive puts the item back on the plan, where its live slot may be taken meanwhile.
    const backOnPlan = snapshot.meta.archived_at == null;
    if (row.revision !== record.revision) throw changedMeanwhile(row.title);
    checkAccount(wctx, values.accountId, true);
    checkProducts(wctx, values.productIds);
    ctx.db.transaction(() => {
      if (backOnPlan) checkLiveOverlap(ctx.db, wctx, values, input.id);
      updateItem(ctx.db, input.id, values, ctx.now().toISOString());
      // Archived or not as before the action (archive and restore change nothing else).
      writeArchivedAt(ctx.db, input.id, snapshot.meta.archived_at ?? null);
      // The approval as it was: a move that made it stale is undone with the move.
      if (snapshot.approval) restoreApproval(ctx.db, snapshot.approval);
      else deleteApproval(ctx.db, input.id);
      checkApprovalGate(ctx.db, wctx.workspaceId, [
        { itemId: input.id, title: values.title, from: row.status, to: values.status },
      ]);
      deleteUndo(ctx.db, record.id);
    })();
  }
  return { kind: record.kind, item: itemWithWarnings(ctx.db, input.id, wctx) };
}
