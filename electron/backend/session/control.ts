import type { BackupInfo, IntegrityReport, RecoveryStatus } from '../../../shared/api/backups';

/**
 * What the backups and recovery handlers may ask of the running app: the one place that can close
 * and reopen the database. Implemented by the session (session.ts), shared by Electron and the web host.
 */
export interface BackendControl {
  status(): RecoveryStatus;
  listBackups(): BackupInfo[];
  lastCheck(): IntegrityReport | null;
  /** Bundle "replace" (trust) calls this with 'before_replace' before it overwrites a workspace. */
  backupNow(reason?: 'manual' | 'before_restore' | 'before_replace'): Promise<BackupInfo>;
  restore(id: string): Promise<{ restored: BackupInfo; safetyBackup: BackupInfo }>;
  recoverFromBackup(id: string): Promise<{ restored: BackupInfo; movedAsideTo: string | null }>;
  startFresh(): Promise<{ movedAsideTo: string | null }>;
  retry(): Promise<RecoveryStatus>;
  checkNow(): IntegrityReport;
  openFolder(): Promise<boolean>;
}
