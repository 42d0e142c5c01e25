import type { HandlerSlice } from '../handlers';
import type { deliverablesContract } from '../../../shared/api/deliverables';
import type { BackendContext } from '../context';
import type { DeliverableStatus, TrackedDeliverable } from '../../../shared/domain/offer';
import type { MethodInput } from '../../../shared/api/contract';
import { dueBounds, type TrackerCounts } from '../../../shared/domain/trackerFilters';
import { todayIn } from '../../../shared/domain/dates';
import { MAX_LIST_DAYS } from '../../../shared/content/model';
import { resolveRange } from '../content/context';
import { parseTerms } from '../offers/repo';
import { deliverableView } from '../offers/view';
import { requireWorkspace } from '../workspaces/guards';
import {
  calendarDeliverableRows,
  countWorkspaceDeliverables,
  pageWorkspaceDeliverables,
  type TrackerFilter,
  type WorkspaceDeliverableRow,
} from './repo';

type ListMethods = Pick<
  typeof deliverablesContract,
  'deliverables.list' | 'deliverables.counts' | 'deliverables.calendar'
>;

/** The repository's filter from a tracker read's input, due windows as dates in the workspace's zone. */
function trackerFilter(
  input: MethodInput<'deliverables.counts'> & { status?: DeliverableStatus[] | undefined },
  today: string,
): TrackerFilter {
  return {
    workspaceId: input.workspaceId,
    ...dueBounds(input, today),
    statuses: input.status ?? null,
    creatorId: input.creatorId ?? null,
    offerId: input.offerId ?? null,
  };
}

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
  'deliverables.list': (input, ctx) => {
    const workspace = requireWorkspace(ctx, input.workspaceId);
    const today = todayIn(workspace.timeZone, ctx.now());
    const dir = input.sort === 'dueDesc' ? 'desc' : 'asc';
    const page = pageWorkspaceDeliverables(
      ctx.db,
      trackerFilter(input, today),
      dir,
      input.cursor,
      input.limit,
    );
    return { ...page, items: page.items.map((row) => toView(ctx, row)) };
  },

  'deliverables.counts': (input, ctx) => {
    const workspace = requireWorkspace(ctx, input.workspaceId);
    const today = todayIn(workspace.timeZone, ctx.now());
    const counts: TrackerCounts = {
      total: 0,
      overdue: 0,
      byStatus: { due: 0, submitted: 0, approved: 0, published: 0 },
    };
    for (const row of countWorkspaceDeliverables(ctx.db, trackerFilter(input, today), today)) {
      counts.byStatus[row.status] = row.n;
      counts.total += row.n;
      counts.overdue += row.overdue;
    }
    return counts;
  },

  'deliverables.calendar': (input, ctx) => {
    const workspace = requireWorkspace(ctx, input.workspaceId);
    const range = resolveRange(input, workspace.timeZone, MAX_LIST_DAYS);
    return calendarDeliverableRows(ctx.db, input.workspaceId, range.from, range.to).map((row) =>
      toView(ctx, row),
    );
  },
} satisfies HandlerSlice<ListMethods>;
