import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountKeys } from '../accounts';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../lib/api';

// The account list and its keys live in features/accounts (below every feature that reads accounts).
export { useAccounts } from '../accounts';

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
