import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MethodInput } from '../../../../shared/api/contract';
import type { ApprovalState } from '../../../../shared/approvals/stateMachine';
import { call } from '../../lib/api';

/**
 * Approval queries live under ['approvals', workspaceId]; the calendar's range states live under the
 * content key, so every content write (which may make an approval stale) refreshes the badges too.
 */
export const approvalKeys = {
  workspace: (workspaceId: string) => ['approvals', workspaceId] as const,
  settings: (workspaceId: string) => ['approvals', workspaceId, 'settings'] as const,
  list: (workspaceId: string, states: readonly ApprovalState[]) =>
    ['approvals', workspaceId, 'list', states] as const,
  item: (workspaceId: string, itemId: string) => ['approvals', workspaceId, 'item', itemId] as const,
  states: (workspaceId: string, from: string, to: string) =>
    ['content', workspaceId, 'approvalStates', from, to] as const,
};

export function useApprovalSettings(workspaceId: string) {
  return useQuery({
    queryKey: approvalKeys.settings(workspaceId),
    queryFn: () => call('approvals.settings.get', { workspaceId }),
  });
}

/** Approval state per item of a calendar range, as a map; empty while loading. */
/** The approval states of a calendar range; also asked for before the first render on a calendar start. */
export const approvalStatesQuery = (workspaceId: string, range: { from: string; to: string }) => ({
  queryKey: approvalKeys.states(workspaceId, range.from, range.to),
  queryFn: () => call('approvals.states', { workspaceId, from: range.from, to: range.to }),
});

export function useApprovalStates(workspaceId: string, range: { from: string; to: string }) {
  const query = useQuery({
    ...approvalStatesQuery(workspaceId, range),
    placeholderData: (previous) => previous,
  });
  const states = useMemo(
    () => new Map((query.data?.items ?? []).map((s) => [s.itemId, s.state] as const)),
    [query.data],
  );
  return { mode: query.data?.mode ?? 'off', states };
}

export function useApprovalList(workspaceId: string, states: readonly ApprovalState[]) {
  return useInfiniteQuery({
    queryKey: approvalKeys.list(workspaceId, states),
    queryFn: ({ pageParam }) =>
      call('approvals.list', {
        workspaceId,
        limit: 50,
        ...(states.length > 0 ? { states: [...states] } : {}),
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useApprovalItem(workspaceId: string, itemId: string | null) {
  return useQuery({
    queryKey: approvalKeys.item(workspaceId, itemId ?? ''),
    queryFn: () => call('approvals.item', { itemId: itemId! }),
    enabled: itemId !== null,
  });
}

function useApprovalMutation<I, O>(workspaceId: string, fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: approvalKeys.workspace(workspaceId) }),
        qc.invalidateQueries({ queryKey: ['content', workspaceId] }),
      ]),
  });
}

export function useApprovalMutations(workspaceId: string) {
  return {
    setMode: useApprovalMutation(workspaceId, (input: MethodInput<'approvals.settings.set'>) =>
      call('approvals.settings.set', input),
    ),
    exportPack: useApprovalMutation(workspaceId, (input: MethodInput<'approvals.exportPack'>) =>
      call('approvals.exportPack', input),
    ),
    importAnswers: useApprovalMutation(workspaceId, (input: MethodInput<'approvals.importAnswers'>) =>
      call('approvals.importAnswers', input),
    ),
    comment: useApprovalMutation(workspaceId, (input: MethodInput<'approvals.comment'>) =>
      call('approvals.comment', input),
    ),
  };
}
