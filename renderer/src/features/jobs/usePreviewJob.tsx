import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Job } from '../../../../shared/domain/jobs';
import type { MetricsImportPreview } from '../../../../shared/domain/metrics';
import type { ImportPreview } from '../../../../shared/content/importSchemas';
import type { CreatorImportPreview } from '../../../../shared/domain/creatorImport';
import type { LiveImportPreview } from '../../../../shared/live/schemas';
import { call } from '../../lib/api';
import { JobProgress } from './JobProgress';
import { jobErrorToApiError } from './useJob';

/** Each preview job's result, as the synchronous preview method returns it. */
interface PreviewByKind {
  'metrics.preview': MetricsImportPreview;
  'content.preview': ImportPreview;
  'creators.preview': CreatorImportPreview;
  'liveSessions.preview': LiveImportPreview;
}
type PreviewKind = keyof PreviewByKind;
export type PreviewOf<K extends PreviewKind> = PreviewByKind[K];

interface Waiting<K extends PreviewKind> {
  resolve(preview: PreviewOf<K> | null): void;
  reject(err: unknown): void;
}

/**
 * An import preview run as a job, awaited like the synchronous call: `run` starts it and resolves with
 * the preview, with null when the user cancelled, or rejects with the job's error (translated like a
 * failed call's). While it runs, `progress` is the bar with its 取消 button for the modal to show.
 */
export function usePreviewJob<K extends PreviewKind>(kind: K, label: string) {
  const [jobId, setJobId] = useState<string | null>(null);
  const waiting = useRef<Waiting<K> | null>(null);
  // The running job's id, for the handlers and the unmount clean-up (state is a render behind).
  const running = useRef<string | null>(null);

  const onFinished = useCallback(
    (job: Job) => {
      // A superseded or abandoned job's end is nobody's business any more.
      if (job.id !== running.current) return;
      const w = waiting.current;
      waiting.current = null;
      running.current = null;
      setJobId(null);
      if (!w) return;
      if (job.state === 'succeeded' && job.result?.kind === kind) {
        w.resolve((job.result as unknown as { preview: PreviewOf<K> }).preview);
      } else if (job.state === 'cancelled') w.resolve(null);
      else if (job.error) w.reject(jobErrorToApiError(job.error));
      else w.reject(new Error(`The preview job ended ${job.state} without a result`));
    },
    [kind],
  );

  /**
   * Drops the running preview: it is cancelled and whoever awaited it is left waiting for good (its
   * answer is no longer wanted, so neither a preview nor a "cancelled" message should follow).
   */
  const abandon = useCallback(() => {
    if (running.current) void call('jobs.cancel', { id: running.current }).catch(() => undefined);
    running.current = null;
    waiting.current = null;
    setJobId(null);
  }, []);

  /** A new preview supersedes one still running (the user changed the mapping meanwhile). */
  const run = useCallback(
    async (start: () => Promise<{ jobId: string }>) => {
      abandon();
      const started = await start();
      running.current = started.jobId;
      return new Promise<PreviewOf<K> | null>((resolve, reject) => {
        waiting.current = { resolve: (preview) => resolve(preview), reject };
        setJobId(started.jobId);
      });
    },
    [abandon],
  );

  // Closing the modal unmounts it: a preview nobody will see is stopped.
  useEffect(
    () => () => {
      if (running.current) void call('jobs.cancel', { id: running.current }).catch(() => undefined);
    },
    [],
  );

  const progress: ReactNode = jobId ? (
    <div data-testid="preview-job">
      <JobProgress key={jobId} jobId={jobId} onFinished={onFinished} label={label} />
    </div>
  ) : null;
  return { run, progress, running: jobId !== null, abandon };
}
