import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountKeys } from '../accounts';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../lib/api';

// The account list and its keys live in features/accounts (below every feature that reads accounts).
export { useAccounts } from '../accounts';

/** The matrix totals' query (also started before the first render when the start URL is the matrix). */
export const matrixSummaryQuery = (workspaceId: string) => ({
  queryKey: accountKeys.summary(workspaceId),
  queryFn: () => call('matrix.summary', { workspaceId }),
});

export function useMatrixSummary(workspaceId: string) {
  return useQuery(matrixSummaryQuery(workspaceId));
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
