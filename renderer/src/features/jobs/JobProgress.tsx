import { Button, Flex, Progress, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFinalJobState, type Job } from '../../../../shared/domain/jobs';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { jobFraction, useJob } from './useJob';

interface Props {
  jobId: string;
  /** Called once when the job has ended (succeeded, failed or cancelled). */
  onFinished(job: Job): void;
  /** What the units are ("rows", "accounts") is the caller's; the bar shows done / total. */
  label?: string;
}

/**
 * A running job's progress bar with a cancel button. Cancelling asks the worker to stop; it rolls its
 * transaction back and then reports `cancelled`, so the bar stays until nothing has been stored.
 */
export function JobProgress({ jobId, onFinished, label }: Props) {
  const { t } = useTranslation('jobs');
  const f = useFormat();
  const job = useJob(jobId);
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const reported = useRef<string | null>(null);

  const data = job.data;
  useEffect(() => {
    if (data && isFinalJobState(data.state) && reported.current !== data.id) {
      reported.current = data.id;
      onFinished(data);
    }
  }, [data, onFinished]);

  const cancel = async () => {
    setCancelling(true);
    try {
      await call('jobs.cancel', { id: jobId });
    } catch (err) {
      setCancelling(false);
      setCancelError(describeError(err, t));
    }
  };

  const percent = data ? Math.round(jobFraction(data) * 100) : 0;
  return (
    <Flex
      vertical
      gap={12}
      align="center"
      data-testid="job-progress"
      data-job-state={data?.state ?? 'loading'}
    >
      {label && <Typography.Text>{label}</Typography.Text>}
      <Progress percent={percent} status="active" style={{ width: '100%' }} />
      <Typography.Text type="secondary" data-testid="job-progress-text">
        {data?.state === 'queued'
          ? t('queued')
          : cancelling
            ? t('cancelling')
            : data?.progressUnit === 'characters'
              ? t('progressCounting', { percent })
              : data?.total
                ? t('progress', { done: f.count(data.progress), total: f.count(data.total) })
                : t('progressUnknown', { done: f.count(data?.progress ?? 0) })}
      </Typography.Text>
      {job.error && <Typography.Text type="danger">{describeError(job.error, t)}</Typography.Text>}
      {cancelError && <Typography.Text type="danger">{cancelError}</Typography.Text>}
      <Button danger disabled={cancelling} onClick={() => void cancel()}>
        {t('cancel')}
      </Button>
    </Flex>
  );
}
