import type { ForecastAllInput, JobError, JobProgressUnit, JobResult } from '../../../shared/domain/jobs';
import type { ImportPlan } from '../metrics/import/plan';
import type { LiveImportCommitInput } from '../../../shared/live/schemas';
import type { PreviewJobSpec } from './previewJobs';
import type { CsvLayout } from '../imports/rowSource';
import type { PreviewedRows } from '../metrics/import/previewedRows';

/** Everything a job needs, sent to its worker by value (the worker shares no memory with handlers). */
export type JobSpec =
  | {
      kind: 'metrics.import';
      workspaceId: string;
      sessionId: string;
      timeZone: string;
      fileName: string;
      bytes: Uint8Array;
      /** The CSV layout found at upload: the worker reads rows without a first pass of its own. */
      layout: CsvLayout | null;
      plan: ImportPlan;
      /** The rows the plan's preview kept (shared memory, not copied): written without a read of the file. */
      rows: PreviewedRows | null;
      skipInvalidRows: boolean;
      at: string;
    }
  | { kind: 'forecasts.runAll'; workspaceId: string; input: ForecastAllInput }
  | { kind: 'liveSessions.import'; workspaceId: string; input: LiveImportCommitInput }
  | PreviewJobSpec;

export interface WorkerInput {
  dbPath: string;
  dataDir: string;
  spec: JobSpec;
  /** Int32 flags shared with the runner: see control.ts. */
  control: SharedArrayBuffer;
}

/**
 * What a job hands back to the app beside its result: facts the app keeps for later jobs and never
 * shows (a CSV's layout, found by a preview job's counting pass, spares the import job that pass).
 */
export interface JobHandBack {
  csvLayout?: CsvLayout;
  /** A metrics preview's valid rows, for the commit (metrics/import/previewedRows.ts). */
  previewedRows?: PreviewedRows;
}

export type WorkerMessage =
  | { type: 'progress'; progress: number; total: number | null; unit: JobProgressUnit }
  | { type: 'succeeded'; result: JobResult; handBack: JobHandBack }
  | { type: 'failed'; error: JobError }
  | { type: 'cancelled' };

/** What a job body reports through and stops at. */
export interface JobHooks {
  /**
   * `unit` 'characters': a first pass over a file's text, counting what later passes report in units
   * (rows); 'units' by default.
   */
  onProgress(done: number, total: number | null, unit?: JobProgressUnit): void;
  /** Keeps something for the app beside the result (see JobHandBack); sent when the job succeeds. */
  handBack(detail: JobHandBack): void;
  /** Throws JobCancelled once cancel was asked; called between units of work inside the transaction. */
  checkpoint(): void;
  /**
   * Throws JobCancelled once cancel was asked, without waiting at the test hold (control.ts): for work
   * before a job's transaction that a test holding the job means to let through (the live-session read).
   */
  stopIfCancelled(): void;
}
