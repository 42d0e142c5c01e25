import type { JobProgressUnit } from '../../../shared/domain/jobs';

/**
 * How an import preview reports its progress and stops at cancel when it runs as a job (JobHooks fit
 * this shape): first the file read as it streams ('characters': bytes of the file), then rows analysed
 * ('units'). Outside a job there are no hooks and nothing is reported.
 */
export interface AnalysisHooks {
  onProgress(done: number, total: number | null, unit?: JobProgressUnit): void;
  /** Throws once cancel was asked; the analysis stops there (a preview writes nothing). */
  checkpoint(): void;
}

/**
 * Reports per preview at most, the file's read and the rows' analysis together: a bar needs no more,
 * and each report is a message between threads. Each phase takes half.
 */
export const ANALYSIS_REPORTS = 50;
const PHASE_REPORTS = ANALYSIS_REPORTS / 2;

/**
 * A step function for a loop over `total` rows: call it with the rows done after each row. It reports
 * and checks cancel every `total / PHASE_REPORTS` rows (at least every row), never before the first
 * row nor at the last: the caller reports the start and the completion of the whole analysis.
 */
export function rowProgress(hooks: AnalysisHooks | undefined, total: number): (done: number) => void {
  if (!hooks) return () => undefined;
  const every = Math.max(1, Math.ceil(total / PHASE_REPORTS));
  return (done) => {
    if (done === 0 || done % every !== 0 || done >= total) return;
    hooks.onProgress(done, total);
    hooks.checkpoint();
  };
}

/**
 * The file read's report for `readTableFile` (it reports at most its own bounded number of times): the
 * bytes read, then a cancel check, so a cancel stops the parse as well as the analysis.
 */
export function readProgress(
  hooks: AnalysisHooks | undefined,
): ((read: number, size: number) => void) | undefined {
  if (!hooks) return undefined;
  return (read, size) => {
    hooks.onProgress(read, size, 'characters');
    hooks.checkpoint();
  };
}
