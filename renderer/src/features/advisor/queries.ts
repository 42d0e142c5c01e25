import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const advisorKeys = {
  workspace: (workspaceId: string) => ['advisor', workspaceId] as const,
  recommendation: (workspaceId: string) => ['advisor', workspaceId, 'recommend'] as const,
  findings: (workspaceId: string, status: 'active' | 'dismissed') =>
    ['advisor', workspaceId, 'findings', status] as const,
  counts: (workspaceId: string) => ['advisor', workspaceId, 'counts'] as const,
};

const PAGE = 50;

export function useRecommendation(workspaceId: string) {
  return useQuery({
    queryKey: advisorKeys.recommendation(workspaceId),
    queryFn: () => call('advisor.recommend', { workspaceId }),
  });
}

export function useFindings(workspaceId: string, status: 'active' | 'dismissed') {
  return useInfiniteQuery({
    queryKey: advisorKeys.findings(workspaceId, status),
    queryFn: ({ pageParam }) =>
      call('advisor.findings', {
        workspaceId,
        status,
        limit: PAGE,
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Only the counts (one finding fetched), for the badge on the matrix page. */
export function useFindingCounts(workspaceId: string) {
  return useQuery({
    queryKey: advisorKeys.counts(workspaceId),
    queryFn: async () => (await call('advisor.findings', { workspaceId, limit: 1 })).counts,
  });
}

export function useAdvisorMutations(workspaceId: string) {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: advisorKeys.workspace(workspaceId) });
  return {
    dismiss: useMutation({
      mutationFn: (input: { key: string; note: string }) =>
        call('advisor.dismiss', { workspaceId, ...input }),
      onSuccess,
    }),
    restore: useMutation({
      mutationFn: (key: string) => call('advisor.restore', { workspaceId, key }),
      onSuccess,
    }),
  };
}
