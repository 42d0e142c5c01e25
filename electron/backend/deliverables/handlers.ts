import type { HandlerSlice } from '../handlers';
import type { deliverablesContract } from '../../../shared/api/deliverables';
import type { BackendContext } from '../context';
import type { TrackedDeliverable } from '../../../shared/domain/offer';
import { MAX_LIST_DAYS } from '../../../shared/content/model';
import { resolveRange } from '../content/context';
import { parseTerms } from '../offers/repo';
import { deliverableView } from '../offers/view';
import { requireWorkspace } from '../workspaces/guards';
import { calendarDeliverableRows, pageWorkspaceDeliverables, type WorkspaceDeliverableRow } from './repo';

type ListMethods = Pick<typeof deliverablesContract, 'deliverables.list' | 'deliverables.calendar'>;

function toView(ctx: BackendContext, row: WorkspaceDeliverableRow): TrackedDeliverable {
  return deliverableView(ctx, row, {
    id: row.offer_id,
    creatorId: row.creator_id,
    creatorName: row.creator_name,
    terms: parseTerms(row.offer_terms),
  });
}

/** Reading a workspace's deliverables: a paged list by due date, and the calendar's range. */
export const deliverableListHandlers = {
  'deliverables.list': ({ workspaceId, from, to, cursor, limit }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    const page = pageWorkspaceDeliverables(ctx.db, workspaceId, from ?? null, to ?? null, cursor, limit);
    return { ...page, items: page.items.map((row) => toView(ctx, row)) };
  },

  'deliverables.calendar': (input, ctx) => {
    const workspace = requireWorkspace(ctx, input.workspaceId);
    const range = resolveRange(input, workspace.timeZone, MAX_LIST_DAYS);
    return calendarDeliverableRows(ctx.db, input.workspaceId, range.from, range.to).map((row) =>
      toView(ctx, row),
    );
  },
} satisfies HandlerSlice<ListMethods>;
