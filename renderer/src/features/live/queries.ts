import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import type { TimeSlot } from '../../../../shared/live/slots';
import { call } from '../../lib/api';

export const liveKeys = {
  all: ['liveSessions'] as const,
  list: (workspaceId: string, roomId: string | undefined, cursor: string | undefined, limit: number) =>
    ['liveSessions', 'list', workspaceId, roomId ?? '', cursor ?? '', limit] as const,
  diagnose: (sessionId: string) => ['liveSessions', 'diagnose', sessionId] as const,
  trend: (roomId: string, limit: number, upTo: string, slot: string) =>
    ['liveSessions', 'trend', roomId, limit, upTo, slot] as const,
  compare: (a: string, b: string) => ['liveSessions', 'compare', a, b] as const,
  links: (workspaceId: string) => ['liveSessions', 'links', workspaceId] as const,
  benchmarks: (roomId: string, slot: string) => ['liveSessions', 'benchmarks', roomId, slot] as const,
};

export function useLiveSessions(
  workspaceId: string,
  roomId: string | undefined,
  cursor: string | undefined,
  limit: number,
) {
  return useQuery({
    queryKey: liveKeys.list(workspaceId, roomId, cursor, limit),
    queryFn: () =>
      call('liveSessions.list', {
        workspaceId,
        limit,
        ...(roomId ? { roomId } : {}),
        ...(cursor ? { cursor } : {}),
      }),
    placeholderData: keepPreviousData,
  });
}

export function useDiagnosis(sessionId: string) {
  return useQuery({
    queryKey: liveKeys.diagnose(sessionId),
    queryFn: () => call('liveSessions.diagnose', { sessionId }),
  });
}

export function useTrend(roomId: string, upTo: string, slot: TimeSlot, limit = 30) {
  return useQuery({
    queryKey: liveKeys.trend(roomId, limit, upTo, slot),
    queryFn: () => call('liveSessions.trend', { roomId, limit, upTo, slot }),
  });
}

export function useCompare(a: string, b: string | undefined) {
  return useQuery({
    queryKey: liveKeys.compare(a, b ?? ''),
    queryFn: () => call('liveSessions.compare', { sessionIdA: a, sessionIdB: b! }),
    enabled: b !== undefined && b !== a,
  });
}

/** Session links for the calendar and the matrix cards: one call per workspace, not one per card. */
export function useLiveLinks(workspaceId: string) {
  return useQuery({
    queryKey: liveKeys.links(workspaceId),
    queryFn: () => call('liveSessions.links', { workspaceId }),
  });
}

export function useLiveMutations() {
  const qc = useQueryClient();
  const invalidate = () => qc.invalidateQueries({ queryKey: liveKeys.all });
  return {
    invalidate,
    remove: useMutation({
      mutationFn: (sessionId: string) => call('liveSessions.delete', { sessionId }),
      onSuccess: invalidate,
    }),
    setPeer: useMutation({
      mutationFn: (input: MethodInput<'benchmarks.set'>) => call('benchmarks.set', input),
      onSuccess: invalidate,
    }),
  };
}
