import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../lib/api';

export const creatorKeys = {
  workspace: (workspaceId: string) => ['creators', workspaceId] as const,
  list: (input: MethodInput<'creators.list'>) => ['creators', input.workspaceId, 'list', input] as const,
  one: (id: string) => ['creator', id] as const,
};

/** One page of creators; `enabled: false` while nothing shows them (a closed drawer's picker). */
export function useCreators(input: MethodInput<'creators.list'>, enabled = true) {
  return useQuery({
    queryKey: creatorKeys.list(input),
    queryFn: () => call('creators.list', input),
    placeholderData: (previous) => previous,
    enabled,
  });
}

/**
 * The directory's creators page after page (keyset cursors), for a table that grows as the user scrolls;
 * changing the filters or sort starts again from the first page.
 */
export function useCreatorPages(input: Omit<MethodInput<'creators.list'>, 'cursor'>) {
  return useInfiniteQuery({
    queryKey: [...creatorKeys.list(input), 'pages'],
    queryFn: ({ pageParam }) =>
      call('creators.list', { ...input, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}

/** One creator (e.g. the one chosen in a picker, which may not be among the loaded matches). */
export function useCreator(id: string | undefined) {
  return useQuery({
    queryKey: creatorKeys.one(id ?? ''),
    queryFn: () => call('creators.get', { id: id! }),
    enabled: id !== undefined,
  });
}

function useCreatorMutation<I, O>(workspaceId: string, fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: creatorKeys.workspace(workspaceId) }),
        qc.invalidateQueries({ queryKey: ['creator'] }),
        // Offers show creator figures (expected CPM, fit), and interest rankings list creators.
        qc.invalidateQueries({ queryKey: ['offers'] }),
        qc.invalidateQueries({ queryKey: ['match'] }),
      ]),
  });
}

export function useCreatorMutations(workspaceId: string) {
  return {
    create: useCreatorMutation(workspaceId, (input: MethodInput<'creators.create'>) =>
      call('creators.create', input),
    ),
    update: useCreatorMutation(workspaceId, (input: MethodInput<'creators.update'>) =>
      call('creators.update', input),
    ),
    remove: useCreatorMutation(workspaceId, (id: string) => call('creators.delete', { id })),
    importCommit: useCreatorMutation(workspaceId, (input: MethodInput<'creators.importCommit'>) =>
      call('creators.importCommit', input),
    ),
  };
}
