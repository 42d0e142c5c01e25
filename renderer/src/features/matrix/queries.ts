import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../lib/api';

export const accountKeys = {
  /** Every account query of a workspace; invalidating it refreshes lists and the summary together. */
  workspace: (workspaceId: string) => ['accounts', workspaceId] as const,
  list: (workspaceId: string, includeArchived: boolean) =>
    ['accounts', workspaceId, 'list', includeArchived] as const,
  summary: (workspaceId: string) => ['accounts', workspaceId, 'summary'] as const,
};

export function useAccounts(workspaceId: string, includeArchived = true) {
  return useQuery({
    queryKey: accountKeys.list(workspaceId, includeArchived),
    queryFn: () => call('accounts.list', { workspaceId, includeArchived }),
  });
}

export function useMatrixSummary(workspaceId: string) {
  return useQuery({
    queryKey: accountKeys.summary(workspaceId),
    queryFn: () => call('matrix.summary', { workspaceId }),
  });
}

function useAccountMutation<I>(workspaceId: string, fn: (input: I) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: accountKeys.workspace(workspaceId) }),
  });
}

export function useAccountMutations(workspaceId: string) {
  return {
    create: useAccountMutation(workspaceId, (input: MethodInput<'accounts.create'>) =>
      call('accounts.create', input),
    ),
    update: useAccountMutation(workspaceId, (input: MethodInput<'accounts.update'>) =>
      call('accounts.update', input),
    ),
    archive: useAccountMutation(workspaceId, (id: string) => call('accounts.archive', { id })),
    restore: useAccountMutation(workspaceId, (id: string) => call('accounts.restore', { id })),
    remove: useAccountMutation(workspaceId, (id: string) => call('accounts.delete', { id })),
  };
}
