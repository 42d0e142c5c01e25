/**
 * How an import preview's analysis reports rows analysed and stops at cancel when it runs as a job
 * (JobHooks fit this shape). Outside a job there are no hooks and nothing is reported.
 */
export interface AnalysisHooks {
  onProgress(done: number, total: number | null): void;
  /** Throws once cancel was asked; the analysis stops there (a preview writes nothing). */
  checkpoint(): void;
}

/** Reports per analysis at most: a bar needs no more, and each report is a message between threads. */
export const ANALYSIS_REPORTS = 50;

/**
 * A step function for a loop over `total` rows: call it with the rows done after each row. It reports
 * and checks cancel every `total / ANALYSIS_REPORTS` rows (at least every row), never before the first
 * row nor at the last: the caller reports the start and the completion of the whole analysis.
 */
export function rowProgress(hooks: AnalysisHooks | undefined, total: number): (done: number) => void {
  if (!hooks) return () => undefined;
  const every = Math.max(1, Math.ceil(total / ANALYSIS_REPORTS));
  return (done) => {
    if (done === 0 || done % every !== 0 || done >= total) return;
    hooks.onProgress(done, total);
    hooks.checkpoint();
  };
}
