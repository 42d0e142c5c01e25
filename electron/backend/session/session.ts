import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { latestVersion } from '../db/migrations';
import { automaticBackupDue } from '../../../shared/backups/retention';
import type { BackupInfo, IntegrityReport, RecoveryStatus } from '../../../shared/api/backups';
import { backupDatabase, backupFilePath, checkBackupFile, listBackups } from '../db/backup';
import { integrityProblems } from '../db/check';
import { DatabaseProblemError } from '../db/errors';
import { closeDatabase, openDatabaseChecked } from '../db/open';
import { stopJobs } from '../jobs/runner';
import { saveRosters } from '../interest/roster';
import type { Db } from '../db/types';
import { createContext, type BackendContext } from '../context';
import { AppError, invalidState, notFound } from '../errors';
import { createRouter, type Router, type RouterOptions } from '../router';
import type { BackendControl } from './control';
import { moveAside, stageBackup, swapInStaged } from './files';
import { runIntegrityCheckInWorker } from './integrityWorker';
import { createRecoveryRouter } from './recoveryRouter';

export interface SessionOptions extends RouterOptions {
  dataDir: string;
  dbPath: string;
  appVersion: string;
  busyTimeoutMs?: number;
  /** Run the owed full integrity check in a worker after a clean start (off in tests). */
  backgroundCheck?: boolean;
  /** Desktop only: shows the data folder in the OS file manager. */
  openFolder?: (dir: string) => Promise<boolean>;
  now?: () => Date;
}

type State =
  | { mode: 'normal'; db: Db; context: BackendContext; router: Router }
  | { mode: 'recovery'; problem: DatabaseProblemError; router: Router }
  | { mode: 'switching' };

/**
 * The running backend: normally an open database and its router; when the database cannot be used,
 * recovery mode (only recovery methods answer). Restore and "start fresh" close and reopen the
 * database here, so the web host and Electron keep one stable router function across the switch.
 */
export class Session implements BackendControl {
  private state: State = { mode: 'switching' };
  private report: IntegrityReport | null = null;
  readonly backupsDir: string;

  constructor(private readonly options: SessionOptions) {
    this.backupsDir = join(options.dataDir, 'backups');
  }

  readonly router: Router = (method, input) => {
    if (this.state.mode === 'switching') {
      return Promise.resolve({
        ok: false,
        error: { code: 'busy', message: 'The database is being reopened', reason: 'common.busy' },
      });
    }
    return this.state.router(method, input);
  };

  get context(): BackendContext {
    if (this.state.mode !== 'normal') throw new Error(`The backend is in ${this.state.mode} mode`);
    return this.state.context;
  }

  get problem(): DatabaseProblemError | undefined {
    return this.state.mode === 'recovery' ? this.state.problem : undefined;
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  /** Opens the database; a problem with it leads to recovery mode when allowed, else is thrown. */
  async open(allowRecovery: boolean): Promise<void> {
    try {
      const existed = await this.openNormal();
      // A new, empty database has nothing to protect yet.
      if (existed) await this.dailyBackupIfDue();
    } catch (err) {
      if (!(err instanceof DatabaseProblemError) || !allowRecovery) throw err;
      this.enterRecovery(err);
    }
  }

  /** Returns whether the file already existed (a new file needs no daily backup). */
  private async openNormal(): Promise<boolean> {
    const existed = existsSync(this.options.dbPath);
    const opened = await openDatabaseChecked({
      path: this.options.dbPath,
      backupsDir: this.backupsDir,
      appVersion: this.options.appVersion,
      ...(this.options.busyTimeoutMs !== undefined ? { busyTimeoutMs: this.options.busyTimeoutMs } : {}),
      ...(this.options.now ? { now: this.options.now } : {}),
    });
    const context = createContext(opened.db, this.options.dataDir, {
      control: this,
      ...(this.options.now ? { now: this.options.now } : {}),
    });
    this.state = { mode: 'normal', db: opened.db, context, router: createRouter(context, this.options) };
    if (existed && opened.fullyChecked) {
      this.report = { ok: true, problems: [], checkedAt: this.now().toISOString(), trigger: 'startup' };
    }
    if (!opened.fullyChecked && this.options.backgroundCheck) this.scheduleBackgroundCheck();
    return existed;
  }

  private enterRecovery(problem: DatabaseProblemError): void {
    this.state = { mode: 'recovery', problem, router: createRecoveryRouter(this, this.options) };
  }

  private async dailyBackupIfDue(): Promise<void> {
    if (this.state.mode !== 'normal') return;
    if (!automaticBackupDue(listBackups(this.backupsDir), this.now())) return;
    await backupDatabase(this.state.db, this.backupsDir, {
      reason: 'daily',
      now: this.now(),
      appVersion: this.options.appVersion,
    });
  }

  private scheduleBackgroundCheck(): void {
    const path = this.options.dbPath;
    runIntegrityCheckInWorker(path)
      .then((problems) => {
        this.report = {
          ok: problems.length === 0,
          problems,
          checkedAt: this.now().toISOString(),
          trigger: 'background',
        };
        if (problems.length > 0) this.options.log?.('[session] background integrity check failed', problems);
      })
      .catch((err: unknown) => this.options.log?.('[session] background integrity check did not run', err));
  }

  status(): RecoveryStatus {
    const problem = this.problem;
    return {
      mode: problem ? 'recovery' : 'normal',
      problem: problem ? { kind: problem.kind, path: problem.path, detail: problem.detail } : null,
      dataDir: this.options.dataDir,
      backupsDir: this.backupsDir,
      backups: listBackups(this.backupsDir),
      canOpenFolder: this.options.openFolder !== undefined,
    };
  }

  listBackups(): BackupInfo[] {
    return listBackups(this.backupsDir);
  }

  lastCheck(): IntegrityReport | null {
    return this.report;
  }

  async backupNow(reason: 'manual' | 'before_restore' | 'before_replace' = 'manual'): Promise<BackupInfo> {
    if (this.state.mode !== 'normal') throw recoveryRequired();
    return backupDatabase(this.state.db, this.backupsDir, {
      reason,
      now: this.now(),
      appVersion: this.options.appVersion,
    });
  }

  checkNow(): IntegrityReport {
    if (this.state.mode !== 'normal') throw recoveryRequired();
    const problems = integrityProblems(this.state.db);
    this.report = {
      ok: problems.length === 0,
      problems,
      checkedAt: this.now().toISOString(),
      trigger: 'on_demand',
    };
    return this.report;
  }

  /** Backs up the current state, then reopens the app on the chosen backup. */
  async restore(id: string): Promise<{ restored: BackupInfo; safetyBackup: BackupInfo }> {
    if (this.state.mode !== 'normal') throw recoveryRequired();
    const { info, staging } = this.stage(id);
    let safetyBackup: BackupInfo;
    try {
      safetyBackup = await this.backupNow('before_restore');
    } catch (err) {
      // No safety copy, no restore: the current data stays as it is.
      rmSync(staging, { force: true });
      throw err;
    }
    const current = this.state;
    if (current.mode !== 'normal') throw recoveryRequired();
    this.state = { mode: 'switching' };
    // A background job writes through its own connection to this file: stop it (rolling back) first.
    await stopJobs(current.context);
    closeDatabase(current.db);
    swapInStaged(staging, this.options.dbPath);
    await this.reopen();
    return { restored: info, safetyBackup };
  }

  async recoverFromBackup(id: string): Promise<{ restored: BackupInfo; movedAsideTo: string | null }> {
    const problem = this.requireRecovery();
    const { info, staging } = this.stage(id);
    this.state = { mode: 'switching' };
    const movedAsideTo = moveAside(this.options.dbPath, problem.kind, this.now());
    swapInStaged(staging, this.options.dbPath);
    await this.reopen();
    return { restored: info, movedAsideTo };
  }

  async startFresh(): Promise<{ movedAsideTo: string | null }> {
    const problem = this.requireRecovery();
    this.state = { mode: 'switching' };
    const movedAsideTo = moveAside(this.options.dbPath, problem.kind, this.now());
    await this.reopen();
    return { movedAsideTo };
  }

  /** After the user fixed the cause outside the app (permissions, a newer app), try to open again. */
  async retry(): Promise<RecoveryStatus> {
    if (this.state.mode !== 'recovery') {
      throw invalidState('The database is fine; there is nothing to recover', 'recovery.notNeeded');
    }
    this.state = { mode: 'switching' };
    await this.reopen();
    return this.status();
  }

  async openFolder(): Promise<boolean> {
    if (!this.options.openFolder) {
      throw invalidState(
        'Opening the data folder is only available in the desktop app',
        'backups.desktopOnly',
      );
    }
    return this.options.openFolder(this.options.dataDir);
  }

  private requireRecovery(): DatabaseProblemError {
    if (this.state.mode !== 'recovery') {
      throw invalidState('The database is fine; there is nothing to recover', 'recovery.notNeeded');
    }
    if (this.state.problem.kind === 'read_only') {
      throw invalidState(
        'The data folder or file is read-only: give write access, then try again',
        'recovery.readOnly',
        { path: this.state.problem.path },
      );
    }
    return this.state.problem;
  }

  /** Finds and checks a backup and copies it to the staging name (so pruning cannot take it away). */
  private stage(id: string): { info: BackupInfo; staging: string } {
    const path = backupFilePath(this.backupsDir, id);
    const info = listBackups(this.backupsDir).find((b) => b.id === id);
    if (!path || !info) throw notFound('Backup', id);
    const check = checkBackupFile(path, latestVersion);
    if (!check.ok) {
      throw invalidState(`Backup ${id} cannot be restored: ${check.detail}`, 'backups.unusable', {
        id,
        detail: check.detail,
      });
    }
    return { info, staging: stageBackup(path, this.options.dbPath) };
  }

  private async reopen(): Promise<void> {
    try {
      await this.openNormal();
    } catch (err) {
      if (!(err instanceof DatabaseProblemError)) {
        this.enterRecovery(
          new DatabaseProblemError('damaged', this.options.dbPath, String(err), String(err)),
        );
        throw err;
      }
      this.enterRecovery(err);
    }
  }

  close(): void {
    if (this.state.mode === 'normal') {
      void stopJobs(this.state.context);
      this.saveForNextStart(this.state.db);
      closeDatabase(this.state.db);
    }
    this.state = { mode: 'switching' };
  }

  /**
   * Keeps what the next start would otherwise rebuild from every row: the match rosters (migration 0390;
   * the first ranking of a start read 20,000 creators). Only a cache: a failure costs the next start that
   * rebuild, so it is logged and the close goes on.
   */
  private saveForNextStart(db: Db): void {
    try {
      saveRosters(db, this.now().toISOString());
    } catch (err) {
      this.options.log?.('[session] match rosters not saved; the next start builds them again', err);
    }
  }
}

function recoveryRequired(): AppError {
  return invalidState('The database could not be opened; use the recovery screen', 'recovery.required');
}
