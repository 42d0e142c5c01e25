import type { BackendContext } from '../context';
import type { ContentItem } from '../../../shared/content/model';
import {
  archiveRefusal,
  type ArchiveAction,
  type ContentArchiveInput,
} from '../../../shared/content/archive';
import { conflict, invalidState, notFound } from '../errors';
import { recordUndo } from '../contentSafety/undo';
import { itemWithWarnings, loadWorkspaceContext } from './context';
import { findItemRow, rowValues } from './repo';
import { setArchivedAt } from './archiveRepo';
import { checkLiveOverlap } from './validate';

/**
 * Archives an item or puts it back (issue 11 §4). An archived item stays stored with its metrics, approvals
 * and history; the plan, the guardrails and the reminders stop reading it. Refused, changing nothing: an
 * unknown item, a revision other than the stored one (the caller's view is stale), archiving an archived
 * item, restoring one that is not archived, and restoring a live session onto a slot taken meanwhile.
 */
export function archiveItem(
  ctx: BackendContext,
  input: ContentArchiveInput,
  action: ArchiveAction,
): ContentItem {
  const row = findItemRow(ctx.db, input.id);
  if (!row) throw notFound('Content item', input.id);
  if (row.revision !== input.revision) {
    throw conflict(
      ['revision'],
      `"${row.title}" changed since it was shown (revision ${row.revision}, not ${input.revision}); reload it and try again`,
      'content.changedSince',
      { title: row.title },
    );
  }
  const refusal = archiveRefusal(row.archived_at, action);
  if (refusal === 'content.alreadyArchived') {
    throw invalidState(`"${row.title}" is archived already`, refusal, { title: row.title });
  }
  if (refusal === 'content.notArchived') {
    throw invalidState(`"${row.title}" is not archived; there is nothing to restore`, refusal, {
      title: row.title,
    });
  }
  const wctx = loadWorkspaceContext(ctx.db, row.workspace_id);
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    // Back on the plan, a live session must not collide with one planned in its slot while it was archived.
    if (action === 'restore') checkLiveOverlap(ctx.db, wctx, rowValues(row), row.id);
    recordUndo(ctx, row, action);
    setArchivedAt(ctx.db, row.id, action === 'archive' ? at : null, at);
  })();
  return itemWithWarnings(ctx.db, row.id, wctx);
}
