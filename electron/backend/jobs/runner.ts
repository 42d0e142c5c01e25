import type { Worker } from 'node:worker_threads';
import { isFinalJobState, type Job, type JobResult } from '../../../shared/domain/jobs';
import type { BackendContext } from '../context';
import { notFound } from '../errors';
import { newControl, requestCancel, setHold } from './control';
import { IdleWorker } from './idleWorker';
import type { JobHandBack, JobSpec, WorkerInput, WorkerMessage } from './types';
import { reusesThread, startJobWorker } from './workerThread';

/** Finished jobs are kept this long for a late poll, and at most this many. */
const KEEP_FINISHED_MS = 60 * 60 * 1000;
const KEEP_FINISHED = 50;

interface JobRecord {
  job: Job;
  spec: JobSpec | null;
  control: Int32Array;
  worker: Worker | null;
  /** Removes this job's listeners from its worker (a reused thread outlives the job). */
  detach: () => void;
  /** The worker takes the next job of its kind once this one reports its end. */
  reusable: boolean;
  onSucceeded?: ((result: JobResult, handBack: JobHandBack) => void) | undefined;
  readOnly: boolean;
}

export interface StartOptions {
  /** Units of work when known up front (rows, accounts): progress is shown against it. */
  total: number | null;
  onSucceeded?: (result: JobResult, handBack: JobHandBack) => void;
  /**
   * The job writes nothing (a preview): cancel stops its worker at once instead of waiting for the next
   * checkpoint, since there is no transaction to roll back.
   */
  readOnly?: boolean;
}

/**
 * Runs jobs one at a time, each in its own worker thread with its own connection: two jobs writing at
 * once would only wait on each other's lock. Handlers keep being answered meanwhile — reads always (WAL);
 * a write waits for the job's transaction (busy_timeout) and fails with `busy` past it.
 */
export class JobRunner {
  private readonly records = new Map<string, JobRecord>();
  private readonly queue: JobRecord[] = [];
  private running: JobRecord | null = null;
  private held = false;
  private stopped = false;
  private readonly idle: IdleWorker;

  constructor(
    private readonly ctx: BackendContext,
    private readonly log: (message: string, err: unknown) => void = (m, e) => console.error(m, e),
  ) {
    this.idle = new IdleWorker(log);
  }

  start(workspaceId: string, spec: JobSpec, options: StartOptions): Job {
    this.prune();
    const id = this.ctx.newId();
    const record: JobRecord = {
      job: {
        id,
        kind: spec.kind,
        workspaceId,
        state: 'queued',
        progress: 0,
        total: options.total,
        progressUnit: 'units',
        result: null,
        error: null,
        startedAt: this.ctx.now().toISOString(),
        finishedAt: null,
      },
      spec,
      control: newControl(),
      worker: null,
      detach: () => {},
      reusable: reusesThread(spec),
      onSucceeded: options.onSucceeded,
      readOnly: options.readOnly ?? false,
    };
    setHold(record.control, this.held);
    this.records.set(id, record);
    this.queue.push(record);
    this.next();
    return { ...record.job };
  }

  get(id: string): Job {
    const record = this.records.get(id);
    if (!record) throw notFound('Job', id);
    return { ...record.job };
  }

  /** Queued jobs end at once; a running one rolls back at its next checkpoint and then reports cancelled. */
  cancel(id: string): Job {
    const record = this.records.get(id);
    if (!record) throw notFound('Job', id);
    if (record.job.state === 'queued') {
      this.queue.splice(this.queue.indexOf(record), 1);
      this.finish(record, { state: 'cancelled' });
    } else if (record.job.state === 'running') {
      requestCancel(record.control);
      if (record.readOnly && record.worker) {
        const worker = record.worker;
        this.finish(record, { state: 'cancelled' });
        void worker.terminate();
      }
    }
    return { ...record.job };
  }

  /** Test hook: makes jobs wait at their next checkpoint until released (see control.ts). */
  hold(on: boolean): void {
    this.held = on;
    for (const record of this.records.values()) setHold(record.control, on);
  }

  /** On close: workers are stopped; SQLite discards their uncommitted transactions. */
  stop(): Promise<unknown> {
    this.stopped = true;
    this.queue.length = 0;
    const worker = this.running?.worker;
    return Promise.all([worker ? worker.terminate() : undefined, this.idle.stop()]);
  }

  private next(): void {
    if (this.running || this.stopped) return;
    const record = this.queue.shift();
    if (!record?.spec) return;
    this.running = record;
    record.job.state = 'running';
    const input: WorkerInput = {
      dbPath: this.ctx.db.name,
      dataDir: this.ctx.dataDir,
      spec: record.spec,
      control: record.control.buffer as SharedArrayBuffer,
    };
    let worker: Worker;
    try {
      const kept = record.reusable ? this.idle.take() : null;
      if (kept) kept.postMessage(input);
      worker = kept ?? startJobWorker(input);
    } catch (err) {
      this.log('[jobs] could not start a worker', err);
      this.finish(record, { state: 'failed', error: { code: 'internal', message: 'Internal error' } });
      return;
    }
    record.worker = worker;
    // The spec may hold a whole file; the worker has its own copy now.
    record.spec = null;
    const onMessage = (message: WorkerMessage) => this.onMessage(record, message);
    const onError = (err: unknown) => {
      this.log('[jobs] worker failed', err);
      this.finish(record, { state: 'failed', error: { code: 'internal', message: 'Internal error' } });
    };
    const onExit = () => {
      if (!isFinalJobState(record.job.state)) {
        this.finish(record, {
          state: 'failed',
          error: { code: 'internal', message: 'The job stopped before it finished' },
        });
      }
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    record.detach = () => worker.off('message', onMessage).off('error', onError).off('exit', onExit);
  }

  private onMessage(record: JobRecord, message: WorkerMessage): void {
    // A reusable thread is done with this job once it reports the job's end: kept before the job is
    // finished, so a job queued behind it starts in it.
    if (message.type !== 'progress' && record.reusable && record.worker) {
      const worker = record.worker;
      record.detach();
      record.worker = null;
      if (this.stopped) void worker.terminate();
      else this.idle.keep(worker);
    }
    // A cancelled read-only job's worker may still post before it is stopped: it is over already.
    if (isFinalJobState(record.job.state)) return;
    switch (message.type) {
      case 'progress':
        record.job.progress = message.progress;
        record.job.progressUnit = message.unit;
        // A change of unit changes what the total counts (bytes of the file, then its rows, once counted).
        if (message.total !== null || message.unit === 'characters') record.job.total = message.total;
        return;
      case 'succeeded':
        this.finish(record, { state: 'succeeded', result: message.result });
        try {
          record.onSucceeded?.(message.result, message.handBack);
        } catch (err) {
          this.log('[jobs] after-success step failed', err);
        }
        return;
      case 'failed':
        this.finish(record, { state: 'failed', error: message.error });
        return;
      case 'cancelled':
        this.finish(record, { state: 'cancelled' });
        return;
    }
  }

  private finish(
    record: JobRecord,
    outcome: Pick<Job, 'state'> & Partial<Pick<Job, 'result' | 'error'>>,
  ): void {
    if (isFinalJobState(record.job.state)) return;
    Object.assign(record.job, outcome, { finishedAt: this.ctx.now().toISOString() });
    record.spec = null;
    record.worker = null;
    if (this.running === record) {
      this.running = null;
      this.next();
    }
  }

  private prune(): void {
    const now = this.ctx.now().getTime();
    const finished = [...this.records.values()].filter((r) => r.job.finishedAt !== null);
    finished.forEach((r, index) => {
      const old = now - Date.parse(r.job.finishedAt!) > KEEP_FINISHED_MS;
      if (old || finished.length - index > KEEP_FINISHED) this.records.delete(r.job.id);
    });
  }
}

const runners = new WeakMap<BackendContext, JobRunner>();

/** The context's runner, made on first use. */
export function jobRunner(ctx: BackendContext): JobRunner {
  let runner = runners.get(ctx);
  if (!runner) {
    runner = new JobRunner(ctx);
    runners.set(ctx, runner);
  }
  return runner;
}

export function stopJobs(ctx: BackendContext): Promise<unknown> {
  return runners.get(ctx)?.stop() ?? Promise.resolve();
}
