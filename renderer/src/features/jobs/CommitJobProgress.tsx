import { App as AntApp } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job, JobResult } from '../../../../shared/domain/jobs';
import { describeError } from '../../lib/errors';
import { JobProgress } from './JobProgress';
import { jobErrorToApiError } from './useJob';

type ResultOf<K extends JobResult['kind']> = Extract<JobResult, { kind: K }>;

interface Props<K extends JobResult['kind']> {
  jobId: string;
  /** The job's kind: only its result counts as success. */
  kind: K;
  /** What the bar counts (rows, sessions); none for a bare bar. */
  label?: string;
  onSucceeded(result: ResultOf<K>): void;
  /** Cancelled or failed: nothing was stored (an import goes back to its preview); the toast is ours. */
  onStopped(): void;
}

/**
 * A job that writes in one transaction (an import's commit, forecast all), ended the same way everywhere:
 * its progress bar with 取消; when it ends, its result, or nothing stored with "cancelled" or the failure
 * in the UI language.
 */
export function CommitJobProgress<K extends JobResult['kind']>({
  jobId,
  kind,
  label,
  onSucceeded,
  onStopped,
}: Props<K>) {
  const { t } = useTranslation(['jobs', 'common']);
  const { message } = AntApp.useApp();
  const finished = useCallback(
    (job: Job) => {
      const result = job.result;
      if (job.state === 'succeeded' && result?.kind === kind) {
        onSucceeded(result as ResultOf<K>);
        return;
      }
      onStopped();
      if (job.state === 'cancelled') void message.info(t('jobs:cancelled'));
      else if (job.error) void message.error(describeError(jobErrorToApiError(job.error), t));
    },
    [kind, onSucceeded, onStopped, message, t],
  );
  return <JobProgress jobId={jobId} onFinished={finished} label={label} />;
}
