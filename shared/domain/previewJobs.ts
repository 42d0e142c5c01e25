/**
 * Import previews read the whole file: a big one (a year of daily metrics, 500k rows) takes tens of
 * seconds, so from this size on the app runs the preview as a job (worker thread, progress, cancel) and
 * the request path stays free. Smaller files are previewed by the synchronous method, which runs the
 * same code on the app's connection: starting a worker would cost more than the preview itself.
 */
export const PREVIEW_JOB_MIN_BYTES = 256 * 1024;

export const previewRunsAsJob = (fileBytes: number): boolean => fileBytes >= PREVIEW_JOB_MIN_BYTES;

/** Bytes of a file sent as base64 (padding aside): what the threshold is compared with. */
export const base64Bytes = (base64: string): number => Math.floor((base64.length * 3) / 4);
