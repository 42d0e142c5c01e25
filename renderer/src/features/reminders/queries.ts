import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../lib/api';

/** Reminders are computed from the clock as much as from data: refetch hourly (and on start). */
export const REMINDER_REFRESH_MS = 60 * 60_000;

export function useReminders() {
  return useQuery({
    queryKey: ['reminders'],
    queryFn: () => call('reminders.list', { limit: 50 }),
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
