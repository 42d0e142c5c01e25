import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const backupsKey = ['backups'] as const;

export function useBackups() {
  return useQuery({ queryKey: backupsKey, queryFn: () => call('backups.list', {}) });
}

/** Also prefetched before the first render (app/firstScreen.ts), so it is one shared definition. */
export const recoveryStatusQuery = {
  queryKey: ['recovery', 'status'] as const,
  queryFn: () => call('recovery.status', {}),
};

export function useRecoveryStatus() {
  return useQuery(recoveryStatusQuery);
}

export function useBackupNow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('backups.create', {}),
    onSuccess: () => client.invalidateQueries({ queryKey: backupsKey }),
  });
}

export function useIntegrityCheck() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('recovery.check', {}),
    onSuccess: () => client.invalidateQueries({ queryKey: backupsKey }),
  });
}

/**
 * After a restore or a recovery the whole app runs on other data: start over from the home page with
 * nothing cached (a reload does both, and keeps browser mode's token in the tab's session storage).
 */
export function reloadApp(): void {
  window.location.hash = '#/';
  window.location.reload();
}

/** Bytes as KB / MB with one decimal (backups are KB to a few hundred MB). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}
