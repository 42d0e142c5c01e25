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

/**
 * The advisor judges everything in the workspace (accounts, plan, products, audiences, creators), so no
 * single mutation can say when its answer is out of date: it is read afresh whenever a view mounts, instead
 * of the app-wide "fresh until invalidated" default.
 */
const ALWAYS_STALE = 0;

export function useRecommendation(workspaceId: string) {
  return useQuery({
    queryKey: advisorKeys.recommendation(workspaceId),
    queryFn: () => call('advisor.recommend', { workspaceId }),
    staleTime: ALWAYS_STALE,
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
    staleTime: ALWAYS_STALE,
  });
}

/**
 * Only the counts (one finding fetched), for the badge on the matrix page. `matrixVersion` changes when the
 * matrix page's accounts change (added, edited, archived, deleted), so the badge follows edits made there.
 */
export function useFindingCounts(workspaceId: string, matrixVersion: string) {
  return useQuery({
    queryKey: [...advisorKeys.counts(workspaceId), matrixVersion],
    queryFn: async () => (await call('advisor.findings', { workspaceId, limit: 1 })).counts,
    staleTime: ALWAYS_STALE,
    placeholderData: (previous) => previous,
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
