/**
 * The runner and a job's worker share one Int32Array: slot CANCEL is set by jobs.cancel, slot HOLD makes
 * the worker wait at its next checkpoint (tests use it to look at a job mid-transaction without racing
 * it). Shared memory, because a worker busy inside a transaction never returns to its event loop to read
 * messages.
 */
const CANCEL = 0;
const HOLD = 1;
export const CONTROL_SLOTS = 2;

export class JobCancelled extends Error {
  constructor() {
    super('The job was cancelled');
    this.name = 'JobCancelled';
  }
}

export function newControl(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(CONTROL_SLOTS * Int32Array.BYTES_PER_ELEMENT));
}

export function requestCancel(control: Int32Array): void {
  Atomics.store(control, CANCEL, 1);
  Atomics.notify(control, HOLD);
}

export function setHold(control: Int32Array, hold: boolean): void {
  Atomics.store(control, HOLD, hold ? 1 : 0);
  Atomics.notify(control, HOLD);
}

export const cancelRequested = (control: Int32Array): boolean => Atomics.load(control, CANCEL) === 1;

/** The worker's checkpoint: waits while held, then throws if cancel was asked. */
export function checkpoint(control: Int32Array): void {
  while (Atomics.load(control, HOLD) === 1 && !cancelRequested(control)) {
    Atomics.wait(control, HOLD, 1, 100);
  }
  if (cancelRequested(control)) throw new JobCancelled();
}
