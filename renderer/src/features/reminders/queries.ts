import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../lib/api';

/** Reminders are computed from the clock as much as from data: refetch hourly (and on start). */
export const REMINDER_REFRESH_MS = 60 * 60_000;

/** Reminders a page brings: the most urgent first; the rest come a page at a time (a big client's overdue work). */
const REMINDER_PAGE_SIZE = 50;

export function useReminders() {
  return useInfiniteQuery({
    queryKey: ['reminders'],
    queryFn: ({ pageParam }) =>
      call('reminders.list', { limit: REMINDER_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: REMINDER_REFRESH_MS,
  });
}

export function useDismissReminder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'reminders.dismiss'>) => call('reminders.dismiss', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reminders'] }),
  });
}

/** "Remind me in 1 hour". */
export function snoozeUntilIso(): string {
  return new Date(Date.now() + 60 * 60_000).toISOString();
}
