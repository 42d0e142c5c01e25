import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../lib/api';

export const workspaceKeys = {
  all: ['workspaces'] as const,
};

export function useWorkspaces() {
  return useQuery({ queryKey: workspaceKeys.all, queryFn: () => call('workspaces.list', {}) });
}

export function useCreateWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'workspaces.create'>) => call('workspaces.create', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: workspaceKeys.all }),
  });
}

export function useUpdateWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'workspaces.update'>) => call('workspaces.update', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: workspaceKeys.all }),
  });
}

export function useDeleteWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('workspaces.delete', { id }),
    // Everything under the workspace is gone: drop all cached queries, not just the list.
    onSuccess: () => qc.invalidateQueries(),
  });
}

export function useLoadSample() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call('workspaces.loadSample', {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: workspaceKeys.all }),
  });
}
