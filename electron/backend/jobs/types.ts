import type { ForecastAllInput, JobError, JobResult } from '../../../shared/domain/jobs';
import type { ImportPlan } from '../metrics/import/plan';
import type { LiveImportCommitInput } from '../../../shared/live/schemas';
import type { PreviewJobSpec } from './previewJobs';
import type { CsvLayout } from '../imports/rowSource';

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

export type WorkerMessage =
  | { type: 'progress'; progress: number; total: number | null }
  | { type: 'succeeded'; result: JobResult }
  | { type: 'failed'; error: JobError }
  | { type: 'cancelled' };

/** What a job body reports through and stops at. */
export interface JobHooks {
  onProgress(done: number, total: number | null): void;
  /** Throws JobCancelled once cancel was asked; called between units of work inside the transaction. */
  checkpoint(): void;
}
