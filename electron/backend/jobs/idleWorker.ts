import type { Worker } from 'node:worker_threads';

/** An idle thread is let go after this long: its memory is worth keeping only while passes come often. */
const KEEP_IDLE_MS = 10 * 60 * 1000;

/**
 * One finished job thread kept for the next job of its kind (a reusable entry: workerThread.ts). Idle, it
 * does not keep the process alive; it is let go after KEEP_IDLE_MS, when it fails, and on stop.
 */
export class IdleWorker {
  private worker: Worker | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly log: (message: string, err: unknown) => void) {}

  keep(worker: Worker): void {
    if (this.worker) void this.stop();
    this.worker = worker;
    worker.unref();
    worker.once('exit', this.forget);
    worker.on('error', this.onError);
    this.timer = setTimeout(() => void this.stop(), KEEP_IDLE_MS);
    this.timer.unref();
  }

  /** The kept thread, if any, now the caller's (its listeners are the caller's to add). */
  take(): Worker | null {
    const worker = this.worker;
    if (!worker) return null;
    this.forget();
    worker.ref();
    return worker;
  }

  stop(): Promise<unknown> {
    const worker = this.take();
    return worker ? worker.terminate() : Promise.resolve();
  }

  private readonly forget = (): void => {
    this.worker?.off('exit', this.forget).off('error', this.onError);
    this.worker = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  };

  private readonly onError = (err: unknown): void => {
    this.log('[jobs] an idle worker failed', err);
    this.forget();
  };
}
